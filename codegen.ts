import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types for each subgraph (federation-aware, mapped to the mongoose lean record types
 * so resolvers need no casts), and the typed client for other services. `npm run codegen`
 * regenerates everything; a test fails when the committed output drifts.
 */
type Mappers = Record<string, string>;

const sharedResolverConfig = {
  federation: true,
  useIndexSignature: true,
  enumsAsTypes: true,
  emitLegacyCommonJSImports: false,
  useTypeImports: true,
  scalars: { DateTime: { input: 'Date', output: 'Date | string' } },
};

function subgraphTarget(folder: string, contextType: string, mappers: Mappers) {
  return {
    [`subgraphs/${folder}/__generated__/resolvers-types.ts`]: {
      schema: [`subgraphs/${folder}/schema.graphql`, 'platform/contract/personal-data.graphql'],
      plugins: ['typescript', 'typescript-resolvers'],
      config: { ...sharedResolverConfig, contextType: `../context.js#${contextType}`, mappers },
    },
  };
}

// Mapper paths are relative to the generated file: `../models.js#Record` is subgraphs/<name>/models.ts.

const economyMappers: Mappers = {
  Enterprise: '../models.js#EnterpriseRecord',
  InvestmentProject: '../models.js#InvestmentProjectRecord',
  InvestmentTrip: '../models.js#InvestmentTripRecord',
  TaxRecord: '../models.js#TaxRecordRecord',
  ServiceVisit: '../models.js#ServiceVisitRecord',
  Building: '../models.js#BuildingRecord',
  EconomyTarget: '../models.js#TargetRecord',
  EconomyIndicators: '../indicators.js#IndicatorScope',
  EconomyStatistics: '../../../platform/query/statistics.js#StatisticsRequest',
  HistoryEntry: '../../../platform/writes/write-model.js#HistoryEntryRecord',
  District: '../models.js#DivisionRef',
  Street: '../models.js#DivisionRef',
  Community: '../models.js#DivisionRef',
};

const civilAffairsMappers: Mappers = {
  Division: '../models.js#DivisionRecord',
  District: '../models.js#DivisionRecord',
  Street: '../models.js#DivisionRecord',
  Community: '../models.js#DivisionRecord',
  Grid: '../models.js#DivisionRecord',
  Resident: '../models.js#ResidentRecord',
  AssistanceCase: '../models.js#AssistanceCaseRecord',
  BenefitPayment: '../models.js#BenefitPaymentRecord',
  Notice: '../models.js#NoticeRecord',
  CivilAffairsStatistics: '../../../platform/query/statistics.js#StatisticsRequest',
  HistoryEntry: '../../../platform/writes/write-model.js#HistoryEntryRecord',
  Enterprise: '../models.js#EnterpriseRef',
};

const partyBuildingMappers: Mappers = {
  PartyOrganization: '../models.js#PartyOrganizationRecord',
  PartyMember: '../models.js#PartyMemberRecord',
  PartyActivity: '../models.js#PartyActivityRecord',
  PartyEvaluation: '../models.js#PartyEvaluationRecord',
  PartyBuildingIndicators: '../indicators.js#PartyBuildingIndicatorValues',
  PartyBuildingStatistics: '../../../platform/query/statistics.js#StatisticsRequest',
  HistoryEntry: '../../../platform/writes/write-model.js#HistoryEntryRecord',
  District: '../models.js#DivisionRef',
  Street: '../models.js#DivisionRef',
  Community: '../models.js#DivisionRef',
  Enterprise: '../models.js#EntityRef',
  Resident: '../models.js#EntityRef',
};

const urbanManagementMappers: Mappers = {
  District: '../models.js#DivisionRef',
  Street: '../models.js#DivisionRef',
  Community: '../models.js#DivisionRef',
  Grid: '../models.js#DivisionRef',
  Enterprise: '../models.js#EnterpriseRef',
  Incident: '../models.js#IncidentRecord',
  Facility: '../models.js#FacilityRecord',
  RectificationProject: '../models.js#RectificationProjectRecord',
  Petition: '../models.js#PetitionRecord',
  InspectionCampaign: '../models.js#InspectionCampaignRecord',
  SafetyDesignation: '../models.js#SafetyDesignationRecord',
  UrbanManagementStatistics: '../../../platform/query/statistics.js#StatisticsRequest',
  HistoryEntry: '../../../platform/writes/write-model.js#HistoryEntryRecord',
};

const targets = {
  economy: subgraphTarget('economy', 'EconomyContext', economyMappers),
  'civil-affairs': subgraphTarget('civil-affairs', 'CivilAffairsContext', civilAffairsMappers),
  'party-building': subgraphTarget('party-building', 'PartyBuildingContext', partyBuildingMappers),
  'urban-management': subgraphTarget('urban-management', 'UrbanManagementContext', urbanManagementMappers),
};

/**
 * The typed client for other services: the operations GraphiQL preloads and the client's own
 * (gateway/client/operations: service queries, every write workflow), typed against the
 * supergraph with the client preset (TypedDocumentNode). An operation that does not validate
 * against the supergraph fails codegen with its file, line and reason.
 */
const clientTarget = {
  'gateway/client/__generated__/': {
    schema: 'schema/supergraph.graphql',
    // The analysts' questions (GraphiQL preloads them) and the client's own service queries and write workflows.
    documents: ['schema/operations/*.graphql', 'gateway/client/operations/*.graphql'],
    preset: 'client' as const,
    // persisted-documents.json: sha256 id → document, the gateway's trusted documents (PERSISTED_DOCUMENTS).
    presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' as const } },
    config: {
      enumsAsTypes: true,
      useTypeImports: true,
      scalars: { DateTime: 'string' },
      emitLegacyCommonJSImports: false,
    },
  },
};

/**
 * Apollo Client helpers for frontend teams: the typed `StrictTypedTypePolicies` of
 * typescript-apollo-client-helpers, and the values (key fields from each entity's @key, possible
 * types, connection fields) from a small plugin of ours; gateway/client/apollo.ts combines them.
 */
const apolloTargets = {
  'gateway/client/__generated__/apollo-helpers.ts': {
    schema: 'schema/supergraph.graphql',
    plugins: ['typescript-apollo-client-helpers'],
    config: { useTypeImports: true },
  },
  'gateway/client/__generated__/apollo-client-facts.ts': {
    schema: 'schema/supergraph.graphql',
    plugins: ['./codegen/apollo-client-facts.cjs'],
  },
};

// CODEGEN_ONLY=economy regenerates one target while another subgraph's schema is being edited.
const only = process.env.CODEGEN_ONLY as keyof typeof targets | 'client' | undefined;
const selected =
  only === 'client'
    ? [clientTarget, apolloTargets]
    : only
      ? [targets[only]]
      : [...Object.values(targets), clientTarget, apolloTargets];

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.assign({}, ...selected),
};

export default config;
