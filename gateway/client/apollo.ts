import { Kind, type DocumentNode, type FieldNode, type SelectionSetNode } from 'graphql';
import type { FieldPolicy, TypePolicies } from '@apollo/client/cache';
import {
  CONNECTION_FIELDS,
  FIELD_TYPES,
  KEY_FIELDS,
  POSSIBLE_TYPES,
  ROOT_TYPES,
} from './__generated__/apollo-client-facts.js';

/**
 * Apollo Client helpers, from the schema (`@street-governance/client/apollo`):
 *
 *     const client = new ApolloClient({
 *       link: new HttpLink({ uri, headers }),
 *       cache: new InMemoryCache({ typePolicies, possibleTypes }),
 *       documentTransform: new DocumentTransform(addKeyFields),
 *     });
 *
 * `typePolicies` normalises every entity by its federation key (divisions by `code`, the others
 * by `id`) and merges the pages of every cursor connection; `addKeyFields` adds the key fields to
 * every selection of an entity, so a query that leaves out `code` still normalises.
 * `StrictTypedTypePolicies` types your own additions.
 */
export type { StrictTypedTypePolicies } from './__generated__/apollo-helpers.js';

/** Implementations of each interface (`Division` → District, Street, Community, Grid). */
export const possibleTypes: Record<string, string[]> = Object.fromEntries(
  Object.entries(POSSIBLE_TYPES).map(([name, types]) => [name, [...types]]),
);

interface ConnectionPage {
  edges?: readonly unknown[];
  [key: string]: unknown;
}

/** The list a connection field's arguments name, paging arguments aside. */
function listKey(args: Record<string, unknown> | null): string {
  const { first: _first, after: _after, ...rest } = args ?? {};
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
          )
        : value;
  return JSON.stringify(sorted(rest));
}

/**
 * Pages of one list (the same arguments but `first` and `after`) kept as one: a page without
 * `after` starts the list again, a page after a cursor is appended.
 */
export function connectionFieldPolicy(): FieldPolicy<ConnectionPage> {
  return {
    keyArgs: (args) => listKey(args),
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      return { ...incoming, edges: [...(existing.edges ?? []), ...(incoming.edges ?? [])] };
    },
  };
}

function buildTypePolicies(): TypePolicies {
  const policies: TypePolicies = {};
  for (const [typeName, keyFields] of Object.entries(KEY_FIELDS)) policies[typeName] = { keyFields: [...keyFields] };
  for (const [typeName, fields] of Object.entries(CONNECTION_FIELDS)) {
    policies[typeName] = {
      ...policies[typeName],
      fields: Object.fromEntries(fields.map((field) => [field, connectionFieldPolicy()])),
    };
  }
  return policies;
}

export const typePolicies: TypePolicies = buildTypePolicies();

function keyField(name: string): FieldNode {
  return { kind: Kind.FIELD, name: { kind: Kind.NAME, value: name } };
}

/** The selection set with the key fields of `typeName` (and of every entity below it) added where missing. */
function withKeys(selectionSet: SelectionSetNode, typeName: string): SelectionSetNode {
  const selections = selectionSet.selections.map((selection) => {
    if (selection.kind === Kind.FIELD && selection.selectionSet) {
      const child = FIELD_TYPES[typeName]?.[selection.name.value];
      return child ? { ...selection, selectionSet: withKeys(selection.selectionSet, child) } : selection;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return {
        ...selection,
        selectionSet: withKeys(selection.selectionSet, selection.typeCondition?.name.value ?? typeName),
      };
    return selection;
  });
  const selected = new Set(
    selections.flatMap((selection) =>
      selection.kind === Kind.FIELD && !selection.alias ? [selection.name.value] : [],
    ),
  );
  const missing = (KEY_FIELDS[typeName] ?? []).filter((field) => !selected.has(field));
  return { ...selectionSet, selections: [...selections, ...missing.map(keyField)] };
}

/** Adds the key fields to every entity selection (operations and fragments): a DocumentTransform for Apollo Client. */
export function addKeyFields(document: DocumentNode): DocumentNode {
  return {
    ...document,
    definitions: document.definitions.map((definition) => {
      if (definition.kind === Kind.OPERATION_DEFINITION) {
        const root =
          definition.operation === 'mutation'
            ? ROOT_TYPES.mutation
            : definition.operation === 'query'
              ? ROOT_TYPES.query
              : null;
        return root ? { ...definition, selectionSet: withKeys(definition.selectionSet, root) } : definition;
      }
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        return { ...definition, selectionSet: withKeys(definition.selectionSet, definition.typeCondition.name.value) };
      return definition;
    }),
  };
}
