import {
  defaultFieldResolver,
  getNamedType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { RequestContext } from './request-access.js';
import { seesStatisticsOnly } from './disclosure-control.js';
import { forbidden } from '../contract/errors.js';

/**
 * Person-level records (个人层级记录): residents, assistance cases and their payments, party
 * members, petitions, and the reporter of an incident. Analysts and services see statistics of
 * persons only (perturbed, see disclosure-control.ts), never a person's record, so for them every
 * field that answers such records, or a page of them with its totalCount, is FORBIDDEN, and so is
 * every entity lookup of one (`_entities`). Applied once to each subgraph's executable schema by
 * `createSubgraphServer`: a new field returning one of these types is covered by construction.
 *
 * Mutations are left to the write rules (analysts and services may not write at all).
 */
export const PERSON_LEVEL_TYPES: ReadonlySet<string> = new Set([
  'Resident',
  'AssistanceCase',
  'BenefitPayment',
  'PartyMember',
  'Petition',
]);

/** Fields of other records that are about a person: `Type.field`. */
export const PERSON_LEVEL_FIELDS: ReadonlySet<string> = new Set(['Incident.reporterName', 'Incident.reporterPhone']);

const WORDS: Record<string, string> = {
  Resident: 'residents',
  AssistanceCase: 'assistance cases',
  BenefitPayment: 'benefit payments',
  PartyMember: 'party members',
  Petition: 'petitions',
};

/** The person-level type a field's values are: the type itself, or the node type of a connection of it. */
function personLevelTypeOf(type: GraphQLNamedType): string | null {
  if (PERSON_LEVEL_TYPES.has(type.name)) return type.name;
  if (!isObjectType(type)) return null;
  const edges = type.getFields().edges;
  if (!edges) return null;
  const edge = getNamedType(edges.type);
  const node = isObjectType(edge) ? edge.getFields().node : undefined;
  const nodeType = node ? getNamedType(node.type) : null;
  return nodeType && PERSON_LEVEL_TYPES.has(nodeType.name) ? nodeType.name : null;
}

function refusal(coordinate: string, what: string) {
  return forbidden(
    `${coordinate} is person-level data (${what}); analysts and services read statistics of persons only, not their records`,
    { field: coordinate },
  );
}

function guardField(type: GraphQLObjectType, field: GraphQLField<unknown, RequestContext>, what: string): void {
  const coordinate = `${type.name}.${field.name}`;
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, context, info) => {
    if (seesStatisticsOnly(context.viewer.role)) throw refusal(coordinate, what);
    return resolve(source, args, context, info);
  };
}

type ReferenceResolver = (reference: unknown, context: RequestContext, info: unknown) => unknown;

/** Makes every person-level field and entity lookup of `schema` FORBIDDEN for analysts and services. */
export function markPersonLevel(schema: GraphQLSchema): GraphQLSchema {
  const mutationType = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === mutationType) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, RequestContext>[]) {
      const personType = personLevelTypeOf(getNamedType(field.type));
      if (personType) guardField(type, field, WORDS[personType]);
      else if (PERSON_LEVEL_FIELDS.has(`${type.name}.${field.name}`))
        guardField(
          type,
          field,
          `the ${type.name.toLowerCase()}'s ${field.name.replace(/^reporter/, 'reporter ').toLowerCase()}`,
        );
    }
    if (PERSON_LEVEL_TYPES.has(type.name)) {
      const subgraph = (type.extensions as { apollo?: { subgraph?: { resolveReference?: ReferenceResolver } } }).apollo
        ?.subgraph;
      if (!subgraph?.resolveReference) continue;
      const resolveReference = subgraph.resolveReference;
      const coordinate = `_entities(${type.name})`;
      // Async, so a refusal errors that one representation, not the whole _entities list.
      subgraph.resolveReference = async (reference, context, info) => {
        if (seesStatisticsOnly(context.viewer.role)) throw refusal(coordinate, WORDS[type.name]);
        return resolveReference(reference, context, info);
      };
    }
  }
  return schema;
}
