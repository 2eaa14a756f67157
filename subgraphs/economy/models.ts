import { randomUUID } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import { divisionPaths, withDivisionAncestry } from '../../platform/query/division-fields.js';
import { withIdempotency, type Idempotent } from '../../platform/writes/idempotency.js';
import { versionedPaths, type VersionedRecord } from '../../platform/writes/write-model.js';
import { withSearchName } from '../../platform/query/search-name.js';
import { modelOn } from '../../platform/server/models.js';

/**
 * The economy domain's collections (database `economy`). Money is integer 分 (fen) so sums are
 * exact; every record that belongs to a division stores its ancestry (see division-fields.ts).
 */
export const INDUSTRIES = [
  'PETROCHEMICAL',
  'TEXTILE_APPAREL',
  'HIGH_END_EQUIPMENT',
  'ELECTRONICS_IT',
  'TECHNOLOGY_SERVICES',
  'FINANCE',
  'REAL_ESTATE',
  'COMMERCE',
  'BUSINESS_SERVICES',
  'CULTURE_TOURISM',
  'LOGISTICS',
] as const;
export type Industry = (typeof INDUSTRIES)[number];
export const PROJECT_STAGES = ['LEAD', 'NEGOTIATING', 'SIGNED', 'STARTED', 'COMPLETED', 'ABANDONED'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];
export const KEY_PROJECT_CATEGORIES = ['URBAN_CONSTRUCTION', 'SERVICE_INDUSTRY', 'TECH_INNOVATION'] as const;
export type KeyProjectCategory = (typeof KEY_PROJECT_CATEGORIES)[number];
export const TRIP_LEADER_LEVELS = ['TOP_LEADER', 'COUNTY_LEADER', 'DEPARTMENT', 'STREET'] as const;
export type TripLeaderLevel = (typeof TRIP_LEADER_LEVELS)[number];
const SERVICE_VISIT_KINDS = ['CONTACT_CARD_VISIT', 'PROBLEM_SOLVING_VISIT', 'TRAINING'] as const;
export type ServiceVisitKind = (typeof SERVICE_VISIT_KINDS)[number];
export const PROBLEM_STATUSES = ['REPORTED', 'IN_PROGRESS', 'RESOLVED'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

/** A division entity another subgraph owns; economy only knows its code. */
export interface DivisionRef {
  code: string;
}

type DivisionStamp = {
  divisionCode: string;
  districtCode: string;
  streetCode: string | null;
  communityCode: string | null;
  gridCode: string | null;
};

export type EnterpriseRecord = DivisionStamp & {
  _id: string;
  creditCode: string;
  name: string;
  industry: Industry;
  taxCooperating: boolean;
  techSme: boolean;
  littleGiant: boolean;
  nonPublic: boolean;
  address: string;
  buildingId: string | null;
  establishedAt: Date;
  legalRepresentativePhone: string | null;
};

/** Mutable through the pipeline mutations (writes/investment-projects.ts): versioned, with its history. */
export type InvestmentProjectRecord = DivisionStamp &
  VersionedRecord &
  Idempotent & {
    _id: string;
    name: string;
    industry: Industry;
    amountFen: number;
    stage: ProjectStage;
    signedAt: Date | null;
    /** signedAt, or the epoch for unsigned projects: keyset pagination needs a never-null sort field. */
    signedSortKey: Date;
    /** Construction start and completion; absent on seeded records, which carry no such dates. */
    startedAt?: Date | null;
    completedAt?: Date | null;
    investorName: string | null;
    enterpriseId: string | null;
    keyProjectCategory: KeyProjectCategory | null;
    keyProjectYear: number | null;
  };

export type InvestmentTripRecord = DivisionStamp & {
  _id: string;
  leaderLevel: TripLeaderLevel;
  leader: string;
  destination: string;
  visitedOrganizations: string[];
  startedAt: Date;
  endedAt: Date;
  projectsNegotiated: number;
};

export type TaxRecordRecord = DivisionStamp & {
  _id: string;
  enterpriseId: string;
  year: number;
  month: number;
  /** 00:00 Asia/Shanghai on the first day of the month. */
  period: Date;
  amountFen: number;
};

/** A visit's problem is a ticket worked through writes/service-visits.ts: versioned, with its history. */
export type ServiceVisitRecord = DivisionStamp &
  VersionedRecord &
  Idempotent & {
    _id: string;
    kind: ServiceVisitKind;
    activity: string;
    serviceGroup: string;
    enterpriseId: string;
    visitedAt: Date;
    problem: string | null;
    problemStatus: ProblemStatus | null;
    /** What was done about the problem, once resolved through the API. */
    resolution?: string | null;
    resolvedAt?: Date | null;
  };

export type BuildingRecord = DivisionStamp & {
  _id: string;
  name: string;
  annualTaxFen: number;
  billionYuan: boolean;
  billionYuanSince: number | null;
};

/** A work-plan target (e.g. 南开区 2012) for one division, year and indicator key. */
export type TargetRecord = {
  _id: string;
  divisionCode: string;
  year: number;
  key: string;
  description: string;
  value: number;
  unit: string;
  source: string;
};

const id = { type: String, default: () => randomUUID() };
const options = { versionKey: false } as const;
const nullableString = { type: String, default: null };

const enterpriseSchema = withDivisionAncestry(
  new Schema<EnterpriseRecord>(
    {
      _id: id,
      creditCode: { type: String, required: true, unique: true },
      name: { type: String, required: true },
      industry: { type: String, enum: INDUSTRIES, required: true },
      taxCooperating: { type: Boolean, required: true },
      techSme: { type: Boolean, required: true },
      littleGiant: { type: Boolean, required: true },
      nonPublic: { type: Boolean, required: true },
      address: { type: String, required: true },
      buildingId: nullableString,
      establishedAt: { type: Date, required: true },
      legalRepresentativePhone: nullableString,
      ...divisionPaths,
    },
    { ...options, collection: 'enterprises' },
  ),
);
enterpriseSchema.index({ name: 1, _id: 1 });
withSearchName(enterpriseSchema);

const projectSchema = withDivisionAncestry(
  new Schema<InvestmentProjectRecord>(
    {
      _id: id,
      name: { type: String, required: true },
      industry: { type: String, enum: INDUSTRIES, required: true },
      amountFen: { type: Number, required: true, min: 0 },
      stage: { type: String, enum: PROJECT_STAGES, required: true },
      signedAt: { type: Date, default: null },
      signedSortKey: { type: Date, required: true },
      startedAt: { type: Date, default: null },
      completedAt: { type: Date, default: null },
      investorName: nullableString,
      enterpriseId: { type: String, default: null, index: true },
      keyProjectCategory: { type: String, enum: [...KEY_PROJECT_CATEGORIES, null], default: null },
      keyProjectYear: { type: Number, default: null },
      ...divisionPaths,
      ...versionedPaths,
    },
    { ...options, collection: 'investment_projects' },
  ),
);
projectSchema.index({ signedSortKey: 1, _id: 1 });
withIdempotency(projectSchema);
withSearchName(projectSchema);

const tripSchema = withDivisionAncestry(
  new Schema<InvestmentTripRecord>(
    {
      _id: id,
      leaderLevel: { type: String, enum: TRIP_LEADER_LEVELS, required: true },
      leader: { type: String, required: true },
      destination: { type: String, required: true },
      visitedOrganizations: { type: [String], default: [] },
      startedAt: { type: Date, required: true },
      endedAt: { type: Date, required: true },
      projectsNegotiated: { type: Number, required: true, min: 0 },
      ...divisionPaths,
    },
    { ...options, collection: 'investment_trips' },
  ),
);
tripSchema.index({ startedAt: 1, _id: 1 });

const taxRecordSchema = withDivisionAncestry(
  new Schema<TaxRecordRecord>(
    {
      _id: id,
      enterpriseId: { type: String, required: true },
      year: { type: Number, required: true },
      month: { type: Number, required: true, min: 1, max: 12 },
      period: { type: Date, required: true },
      amountFen: { type: Number, required: true },
      ...divisionPaths,
    },
    { ...options, collection: 'tax_records' },
  ),
);
taxRecordSchema.index({ enterpriseId: 1, year: 1 });
taxRecordSchema.index({ period: 1, _id: 1 });

const serviceVisitSchema = withDivisionAncestry(
  new Schema<ServiceVisitRecord>(
    {
      _id: id,
      kind: { type: String, enum: SERVICE_VISIT_KINDS, required: true },
      activity: { type: String, required: true },
      serviceGroup: { type: String, required: true },
      enterpriseId: { type: String, required: true, index: true },
      visitedAt: { type: Date, required: true },
      problem: nullableString,
      problemStatus: { type: String, enum: [...PROBLEM_STATUSES, null], default: null },
      resolution: nullableString,
      resolvedAt: { type: Date, default: null },
      ...divisionPaths,
      ...versionedPaths,
    },
    { ...options, collection: 'service_visits' },
  ),
);
serviceVisitSchema.index({ visitedAt: 1, _id: 1 });
withIdempotency(serviceVisitSchema);

const buildingSchema = withDivisionAncestry(
  new Schema<BuildingRecord>(
    {
      _id: id,
      name: { type: String, required: true },
      annualTaxFen: { type: Number, required: true },
      billionYuan: { type: Boolean, required: true },
      billionYuanSince: { type: Number, default: null },
      ...divisionPaths,
    },
    { ...options, collection: 'buildings' },
  ),
);
withSearchName(buildingSchema);

const targetSchema = new Schema<TargetRecord>(
  {
    _id: id,
    divisionCode: { type: String, required: true },
    year: { type: Number, required: true },
    key: { type: String, required: true },
    description: { type: String, required: true },
    value: { type: Number, required: true },
    unit: { type: String, required: true },
    source: { type: String, required: true },
  },
  { ...options, collection: 'targets' },
);
targetSchema.index({ divisionCode: 1, year: 1, key: 1 }, { unique: true });

export interface EconomyModels {
  Enterprise: Model<EnterpriseRecord>;
  InvestmentProject: Model<InvestmentProjectRecord>;
  InvestmentTrip: Model<InvestmentTripRecord>;
  TaxRecord: Model<TaxRecordRecord>;
  ServiceVisit: Model<ServiceVisitRecord>;
  Building: Model<BuildingRecord>;
  Target: Model<TargetRecord>;
}

export function createEconomyModels(connection: Connection): EconomyModels {
  return {
    Enterprise: modelOn(connection, 'Enterprise', enterpriseSchema),
    InvestmentProject: modelOn(connection, 'InvestmentProject', projectSchema),
    InvestmentTrip: modelOn(connection, 'InvestmentTrip', tripSchema),
    TaxRecord: modelOn(connection, 'TaxRecord', taxRecordSchema),
    ServiceVisit: modelOn(connection, 'ServiceVisit', serviceVisitSchema),
    Building: modelOn(connection, 'Building', buildingSchema),
    Target: modelOn(connection, 'Target', targetSchema),
  };
}
