import { readdirSync, readFileSync } from 'node:fs';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, isObjectType, isInterfaceType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * The schema change policy for consumers (CHANGELOG.md): the supergraph is compared with the last
 * released one; every breaking change is announced under the next version's Breaking heading by
 * its coordinate, a removed field was deprecated in the release before (or the entry says
 * "security"), and the package version follows semver.
 */
type Version = [number, number, number];

function parseVersion(text: string): Version {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (!match) throw new Error(`not a version: ${text}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

const released = readdirSync('schema/released')
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => ({ file, version: parseVersion(file.replace(/\.graphql$/, '')) }))
  .sort((a, b) => compare(a.version, b.version));
const last = released[released.length - 1];
const packageVersion = parseVersion(JSON.parse(readFileSync('package.json', 'utf8')).version);
const changelog = readFileSync('CHANGELOG.md', 'utf8');
const load = (path: string): GraphQLSchema => buildSchema(readFileSync(path, 'utf8'), { assumeValidSDL: true });

/** The text of the changelog's section for `version` (up to the next `## `). */
function sectionOf(version: Version): string {
  const heading = new RegExp(`^## ${version.join('\\.')}\\b.*$`, 'm');
  const start = changelog.search(heading);
  if (start < 0) return '';
  const rest = changelog.slice(start + 1);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Was `Type.field` deprecated in the released schema? */
function wasDeprecated(schema: GraphQLSchema, coordinate: string): boolean {
  const [typeName, fieldName] = coordinate.split('.');
  const type = schema.getType(typeName);
  if (!type || !(isObjectType(type) || isInterfaceType(type))) return false;
  return Boolean(type.getFields()[fieldName]?.deprecationReason);
}

describe('schema change policy', () => {
  it('every breaking change against the last release is announced in CHANGELOG.md, and removals were deprecated first', async () => {
    expect(last, 'a released supergraph in schema/released').toBeDefined();
    const before = load(`schema/released/${last.file}`);
    const changes: Change[] = await diff(before, load('schema/supergraph.graphql'));
    const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
    const breakingSection = (
      sectionOf(packageVersion)
        .split(/^### /m)
        .find((part) => part.startsWith('Breaking')) ?? ''
    ).split('\n- ');
    const unannounced = breaking.filter(
      (change) => !breakingSection.some((entry) => entry.includes(`\`${change.path}\``)),
    );
    expect(
      unannounced.map((change) => `${change.path}: ${change.message}`),
      `announce under "## ${packageVersion.join('.')}" / "### Breaking"`,
    ).toEqual([]);
    const removedUndeprecated = breaking.filter(
      (change) => change.type === 'FIELD_REMOVED' && change.path && !wasDeprecated(before, change.path),
    );
    const unexcused = removedUndeprecated.filter(
      (change) => !breakingSection.some((entry) => entry.includes(`\`${change.path}\``) && /security/i.test(entry)),
    );
    expect(
      unexcused.map((change) => change.path),
      'removed without a deprecation period (and not for security)',
    ).toEqual([]);
    console.log(`schema changes since ${last.file}: ${changes.length}, breaking ${breaking.length}`);
  });

  it('the package version is past the last release, by a major (minor while 0.x) step when something broke', async () => {
    expect(compare(packageVersion, last.version)).toBeGreaterThanOrEqual(0);
    const changes = await diff(load(`schema/released/${last.file}`), load('schema/supergraph.graphql'));
    const broke = changes.some((change) => change.criticality.level === CriticalityLevel.Breaking);
    if (broke) {
      const bumped =
        last.version[0] === 0
          ? packageVersion[0] > 0 || packageVersion[1] > last.version[1]
          : packageVersion[0] > last.version[0];
      expect(
        bumped,
        `breaking changes since ${last.version.join('.')} need a ${last.version[0] === 0 ? 'minor' : 'major'} bump (package.json ${packageVersion.join('.')})`,
      ).toBe(true);
    }
    if (changes.length > 0)
      expect(compare(packageVersion, last.version), 'a changed schema is a new version').toBeGreaterThan(0);
    expect(sectionOf(packageVersion), `CHANGELOG.md has a "## ${packageVersion.join('.')}" section`).not.toBe('');
  });
});
