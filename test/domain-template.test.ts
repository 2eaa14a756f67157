import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse, Kind, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '../platform/contract/subgraph-catalog.js';

/**
 * The four domains are built by one template (README, "The domain template"): the same files in
 * each, a resolver file per schema type and nothing else in `resolvers/`, every Query and
 * Mutation field in `resolvers/Query.ts` and `resolvers/Mutation.ts`, models only through `ctx.models`.
 */
const TEMPLATE = [
  'schema.graphql',
  'server.ts',
  'context.ts',
  'models.ts',
  'loaders.ts',
  'lists.ts',
  'figures.ts',
  'import.ts',
  'indicators.ts',
  'statistics.ts',
  'resolvers/index.ts',
  'resolvers/Query.ts',
  'resolvers/Mutation.ts',
  'writes',
  'seed/index.ts',
];

function sdlOf(folder: string) {
  return parse(readFileSync(`${folder}/schema.graphql`, 'utf8'));
}

function fieldsOf(folder: string, typeName: string): string[] {
  return sdlOf(folder)
    .definitions.filter(
      (definition): definition is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
        (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
        definition.name.value === typeName,
    )
    .flatMap((definition) => (definition.fields ?? []).map((field) => field.name.value))
    .sort();
}

/** Names of the root object's own keys in a resolver module: `export const Query: QueryResolvers = { … }`. */
async function rootKeys(folder: string, typeName: 'Query' | 'Mutation'): Promise<string[]> {
  const module = (await import(/* @vite-ignore */ pathToFileURL(`${folder}/resolvers/${typeName}.ts`).href)) as Record<
    string,
    Record<string, unknown>
  >;
  return Object.keys(module[typeName] ?? {}).sort();
}

describe('the domain template', () => {
  const folders = SUBGRAPHS.map((subgraph) => subgraph.schemaFile.replace(/\/schema\.graphql$/, ''));

  it('the catalog names four domain folders, each with every file of the template', () => {
    expect(folders).toHaveLength(4);
    for (const folder of folders)
      expect(
        TEMPLATE.filter((file) => !existsSync(`${folder}/${file}`)),
        folder,
      ).toEqual([]);
  });

  it('resolvers/ holds one file per type of the schema and nothing else', () => {
    for (const folder of folders) {
      const types = new Set(
        sdlOf(folder).definitions.flatMap((definition) =>
          'name' in definition && definition.name ? [definition.name.value] : [],
        ),
      );
      const files = readdirSync(`${folder}/resolvers`).filter((file) => file !== 'index.ts');
      expect(files.length, folder).toBeGreaterThan(3);
      expect(
        files.filter((file) => !types.has(file.replace(/\.ts$/, ''))),
        folder,
      ).toEqual([]);
    }
  });

  it('every Query field is resolved in resolvers/Query.ts and every Mutation field in resolvers/Mutation.ts', async () => {
    for (const folder of folders) {
      for (const root of ['Query', 'Mutation'] as const) {
        const fields = fieldsOf(folder, root);
        expect(fields.length, `${folder} ${root}`).toBeGreaterThan(0);
        expect(await rootKeys(folder, root), `${folder} ${root}`).toEqual(fields);
      }
    }
  });

  it('no domain module builds a model from the connection outside models.ts', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) return entry.name === '__generated__' || entry.name === 'seed' ? [] : sources(path);
        return path.endsWith('.ts') && !/\/(models|import)\.ts$/.test(path) && !path.includes('/models/') ? [path] : [];
      });
    const files = folders.flatMap(sources);
    expect(files.length).toBeGreaterThan(40);
    const offenders = files.filter((file) =>
      /\bcreate[A-Za-z]*Models?\(\s*ctx\.connection|Model\(\s*ctx\.connection|\.model\(/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
