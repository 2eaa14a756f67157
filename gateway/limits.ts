import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getNamedType,
  GraphQLError,
  GraphQLInt,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  valueFromAST,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { badUserInput, queryLimitExceeded } from '../platform/contract/errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../platform/query/pagination.js';
import { frameOf, STATISTICS_FIELD_COST, statisticsRows, type StatisticsFrame } from './statistics-cost.js';

/**
 * Query limits, enforced at the gateway before any subgraph is called. Depth, aliases and
 * directives are GraphQL Armor's validation rules; tokens are graphql-js's own parser limit
 * (Armor's Apollo token plugin throws from `parsingDidStart`, which Apollo answers with a 500).
 * The cost limit is ours: Armor's cost rule has no list multipliers, and a page size given as a
 * variable is only known once the operation is resolved, so it runs in `didResolveOperation`.
 */
export interface QueryLimits {
  /** Nesting of selection sets (MAX_DEPTH). */
  maxDepth: number;
  /** Aliased fields in the operation, fragments included (MAX_ALIASES). */
  maxAliases: number;
  /** Lexical tokens in the document (MAX_TOKENS); the body size limit is in http-server.ts. */
  maxTokens: number;
  /** Directive uses in the operation (MAX_DIRECTIVES). */
  maxDirectives: number;
  /** Estimated fields resolved, each selection multiplied by its parent's page size (MAX_COST). */
  maxCost: number;
  /** The largest `first` any field accepts (the subgraphs' page maximum). */
  maxPageSize: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2000,
  maxDirectives: 50,
  maxCost: 50_000,
  maxPageSize: MAX_PAGE_SIZE,
};

type LimitOptions = Required<
  Pick<ApolloServerOptions<BaseContext>, 'plugins' | 'validationRules' | 'parseOptions' | 'formatError'>
>;

/** Reports an Armor rejection as our error, naming the limit and its value. */
function reportAs(limit: keyof QueryLimits, maximum: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(queryLimitExceeded(limit, maximum, error.message.replace(/^Syntax Error: /, '')));
  };
}

// graphql-js 16.15 words it "more that"; accept the corrected wording too.
const TOKEN_LIMIT_MESSAGE = /Document contains more tha[nt] (\d+) tokens/;

/** Apollo Server options that enforce `limits`; suggestions ("Did you mean …") are masked unless allowed. */
export function queryLimitOptions(limits: QueryLimits, options: { fieldSuggestions: boolean }): LimitOptions {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, propagateOnRejection: false, onReject: [reportAs('maxDepth', limits.maxDepth)] },
    maxAliases: {
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [reportAs('maxAliases', limits.maxAliases)],
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reportAs('maxDirectives', limits.maxDirectives)],
    },
    blockFieldSuggestion: { enabled: !options.fieldSuggestions },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
  }).protect();
  return {
    // Armor's declarations name @apollo/server's CommonJS types; the plugin objects are the same shape.
    plugins: [...(armor.plugins as ApolloServerPlugin[]), costLimitPlugin(limits)],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    // Apollo gives every validation error the code GRAPHQL_VALIDATION_FAILED and every parse error
    // GRAPHQL_PARSE_FAILED; a limit keeps one code (BAD_USER_INPUT) wherever it was detected.
    formatError: (formatted) => {
      const tokens = TOKEN_LIMIT_MESSAGE.exec(formatted.message);
      if (tokens) {
        const { message, extensions } = queryLimitExceeded(
          'maxTokens',
          Number(tokens[1]),
          'the document has more tokens than that',
        );
        // The parse error already set HTTP 400; `http` is Apollo's instruction, not a client field.
        return { message, extensions: { ...extensions, http: undefined } };
      }
      // Only the gateway's own query limits; a subgraph's database time limit (maxTimeMS) keeps its UNAVAILABLE.
      if (typeof formatted.extensions?.limit === 'string' && formatted.extensions.limit in limits)
        return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
      return formatted;
    },
  };
}

/**
 * Apollo Server keeps one parsed document per distinct query text, so the cost of a document is
 * remembered per page-size variables: a dashboard repeating its operations pays the walk once.
 */
const rememberedCosts = new WeakMap<DocumentNode, Map<string, number>>();
const REMEMBERED_VARIABLE_SETS = 64;

function rememberedCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  maxPageSize: number,
): number {
  const key = `${operation.name?.value ?? ''}\u0000${JSON.stringify(variables)}`;
  let costs = rememberedCosts.get(document);
  const known = costs?.get(key);
  if (known !== undefined) return known;
  // Throws (a page over the maximum) before anything is remembered.
  const cost = operationCost(schema, document, operation, variables, maxPageSize);
  if (!costs) rememberedCosts.set(document, (costs = new Map()));
  if (costs.size >= REMEMBERED_VARIABLE_SETS) costs.clear();
  costs.set(key, cost);
  return cost;
}

function costLimitPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = rememberedCost(schema, document, operation, request.variables ?? {}, limits.maxPageSize);
          if (cost > limits.maxCost)
            throw queryLimitExceeded(
              'maxCost',
              limits.maxCost,
              `the operation's estimated cost is ${cost}; ask for smaller pages (first) or fewer nested lists`,
            );
        },
      };
    },
  };
}

/**
 * Every field costs 1, and a field with a `first` argument multiplies the cost of its selection
 * by its page size: the literal or variable value, else the argument's default, else
 * DEFAULT_PAGE_SIZE on a `…Connection` field. Skipped (`@skip`/`@include`) selections still count:
 * the estimate is an upper bound. Throws BAD_USER_INPUT naming `first` when a page exceeds
 * `maxPageSize`, literal or variable.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  maxPageSize: number,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variableDefaults = new Map(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      definition.defaultValue ? valueFromAST(definition.defaultValue, GraphQLInt) : undefined,
    ]),
  );
  // Statistics arguments (groupBy lists, periods) read through variables, their defaults included.
  const statisticsVariables: Record<string, unknown> = {
    ...Object.fromEntries(
      (operation.variableDefinitions ?? []).map((definition) => [
        definition.variable.name.value,
        definition.defaultValue ? valueFromASTUntyped(definition.defaultValue) : undefined,
      ]),
    ),
    ...variables,
  };
  // A fragment's cost depends only on the statistics frame it is spread in, so spreading one many times is one walk per frame.
  const fragmentCosts = new Map<string, number>();

  function pageSize(node: FieldNode, field: GraphQLField<unknown, unknown>): number {
    const argument = node.arguments?.find((candidate) => candidate.name.value === 'first');
    let value: unknown;
    if (argument?.value.kind === Kind.VARIABLE) {
      const name = argument.value.name.value;
      value = variables[name] ?? variableDefaults.get(name);
    } else if (argument) {
      value = valueFromAST(argument.value, GraphQLInt);
    }
    value ??= field.args.find((candidate) => candidate.name === 'first')?.defaultValue;
    if (typeof value !== 'number') return getNamedType(field.type).name.endsWith('Connection') ? DEFAULT_PAGE_SIZE : 1;
    if (value > maxPageSize)
      throw badUserInput('first', `at most ${maxPageSize} items per page (got ${value})`, {
        limit: 'maxPageSize',
        maximum: maxPageSize,
        http: { status: 400 },
      });
    return Math.max(value, 0);
  }

  function fieldDefinition(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
    if (name === SchemaMetaFieldDef.name && parent === schema.getQueryType()) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name && parent === schema.getQueryType()) return TypeMetaFieldDef;
    return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  }

  /** `frame`: the division and period statistics below are asked for (see statistics-cost.ts). */
  function selectionCost(
    selectionSet: SelectionSetNode | undefined,
    parent: GraphQLCompositeType,
    frame: StatisticsFrame,
  ): number {
    let cost = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const field = fieldDefinition(parent, selection.name.value);
        const type = field && getNamedType(field.type);
        cost += 1;
        if (!field || !type || !isCompositeType(type)) continue;
        const below = frameOf(selection, frame, statisticsVariables);
        const rows = statisticsRows(selection, field, below, statisticsVariables);
        if (rows !== null) cost += STATISTICS_FIELD_COST + rows * selectionCost(selection.selectionSet, type, below);
        else cost += pageSize(selection, field) * selectionCost(selection.selectionSet, type, below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) cost += selectionCost(selection.selectionSet, type, frame);
      } else {
        cost += fragmentCost(selection.name.value, frame);
      }
    }
    return cost;
  }

  function fragmentCost(name: string, frame: StatisticsFrame): number {
    const key = `${name}\u0000${JSON.stringify(frame)}`;
    const known = fragmentCosts.get(key);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    const cost = fragment && type && isCompositeType(type) ? selectionCost(fragment.selectionSet, type, frame) : 0;
    fragmentCosts.set(key, cost);
    return cost;
  }

  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  return root ? selectionCost(operation.selectionSet, root, {}) : 0;
}
