import { randomUUID } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import { byDivisionVisibility, scopeToJurisdiction } from '../../platform/access/data-scope.js';
import { withRecordKeys } from '../../platform/access/disclosure-control.js';
import { divisionPaths, withDivisionAncestry } from '../../platform/query/division-fields.js';
import { withIdempotency, type Idempotent } from '../../platform/writes/idempotency.js';
import { versionedPaths, type Versioned } from '../../platform/writes/write-model.js';
import { withSearchName } from '../../platform/query/search-name.js';
import { noticeReadSchema, noticeSchema, type NoticeReadRecord, type NoticeRecord } from './models/notices.js';

export {
  NOTICE_CATEGORIES,
  NOTICE_STATUSES,
  noticeReadId,
  searchTitleOf,
  type NoticeCategory,
  type NoticeReadRecord,
  type NoticeRecord,
  type NoticeStatus,
} from './models/notices.js';
import { modelOn } from '../../platform/server/models.js';

/**
 * The civil-affairs (民政) database: the division tree every subgraph keys on, residents,
 * assistance cases with their payments, service records (elderly, housing, employment,
 * insurance), job-fair participations, day-care centres, work-plan targets, and notices with their
 * read counters (schemas in models/notices.ts).
 * Money is integer 分 (fen); every record that belongs to a division stores its ancestry.
 */
const stringId = { type: String, default: () => randomUUID() };

export const DIVISION_LEVELS = ['DISTRICT', 'STREET', 'COMMUNITY', 'GRID'] as const;
export const DIVISION_KINDS = ['DISTRICT', 'STREET', 'TOWN', 'COMMUNITY', 'VILLAGE', 'GRID'] as const;
export const ASSISTANCE_PROGRAMS = [
  'DIBAO',
  'EXTREME_POVERTY',
  'TEMPORARY',
  'ORPHAN',
  'DE_FACTO_UNSUPPORTED_CHILD',
  'DISABILITY_LIVING_SUBSIDY',
  'SEVERE_DISABILITY_CARE_SUBSIDY',
  'HIGH_AGE_ALLOWANCE',
] as const;
export type AssistanceProgram = (typeof ASSISTANCE_PROGRAMS)[number];
export const DIBAO_TIERS = ['A_PLUS', 'A', 'B', 'C'] as const;
export type DibaoTier = (typeof DIBAO_TIERS)[number];
export const PAYMENT_SCHEDULES = ['MONTHLY', 'QUARTERLY', 'YEARLY', 'ONE_OFF'] as const;
/** Seeded cases are ACTIVE or CLOSED; applications made through the API pass through the others. */
export const ASSISTANCE_CASE_STATUSES = [
  'APPLIED',
  'COMMUNITY_REVIEWED',
  'ACTIVE',
  'SUSPENDED',
  'CLOSED',
  'REJECTED',
] as const;
export type AssistanceCaseStatus = (typeof ASSISTANCE_CASE_STATUSES)[number];
export const SERVICE_KINDS = [
  'ELDERLY_CERTIFICATE',
  'SENIOR_CARD',
  'HOUSING_SUBSIDY',
  'PRICE_LIMITED_HOUSING_APPROVAL',
  'DISABLED_JOB_PLACEMENT',
  'FLEXIBLE_EMPLOYMENT_4050',
  'SKILLS_TRAINING',
  'NEW_JOB',
  'MEDICAL_INSURANCE_REGISTRATION',
  'URBAN_RURAL_MEDICAL_INSURANCE',
  'SOCIAL_SECURITY_CARD',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** The division tree; `_id` is the code. Ancestry fields include the division itself. */
export type DivisionRecord = {
  _id: string;
  code: string;
  name: string;
  level: (typeof DIVISION_LEVELS)[number];
  kind: (typeof DIVISION_KINDS)[number];
  parentCode: string | null;
  districtCode: string;
  streetCode: string | null;
  communityCode: string | null;
  gridCode: string | null;
};

const divisionSchema = new Schema<DivisionRecord>(
  {
    _id: { type: String, required: true },
    code: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    level: { type: String, enum: DIVISION_LEVELS, required: true },
    kind: { type: String, enum: DIVISION_KINDS, required: true },
    parentCode: { type: String, default: null, index: true },
    districtCode: { type: String, required: true, index: true },
    streetCode: { type: String, default: null, index: true },
    communityCode: { type: String, default: null, index: true },
    gridCode: { type: String, default: null },
  },
  { collection: 'divisions', versionKey: false },
);
scopeToJurisdiction(divisionSchema, byDivisionVisibility);
withSearchName(divisionSchema);

type DivisionPathsRecord = {
  divisionCode: string;
  districtCode: string;
  streetCode: string | null;
  communityCode: string | null;
  gridCode: string | null;
};

export type ResidentRecord = DivisionPathsRecord & {
  _id: string;
  name: string;
  sex: 'MALE' | 'FEMALE';
  birthDate: Date;
  idNumber: string;
  phone: string | null;
  householdNumber: string;
  relationToHead: 'HEAD' | 'SPOUSE' | 'CHILD' | 'PARENT' | 'OTHER';
};

const residentSchema = withDivisionAncestry(
  new Schema<ResidentRecord>(
    {
      _id: stringId,
      ...divisionPaths,
      name: { type: String, required: true },
      sex: { type: String, enum: ['MALE', 'FEMALE'], required: true },
      birthDate: { type: Date, required: true },
      idNumber: { type: String, required: true, unique: true },
      phone: { type: String, default: null },
      householdNumber: { type: String, required: true },
      relationToHead: { type: String, enum: ['HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'OTHER'], required: true },
    },
    { collection: 'residents', versionKey: false },
  ),
);

export type AssistanceCaseRecord = DivisionPathsRecord & {
  _id: string;
  program: AssistanceProgram;
  tier: DibaoTier | null;
  urbanRural: 'URBAN' | 'RURAL';
  paymentSchedule: (typeof PAYMENT_SCHEDULES)[number];
  recipientId: string | null;
  recipientName: string;
  persons: number;
  status: AssistanceCaseStatus;
  /** Null until the street approves the application: only started cases count in indicators. */
  startedAt: Date | null;
  endedAt: Date | null;
  appliedAt?: Date | null;
} & Versioned &
  Idempotent;

const assistanceCaseSchema = withDivisionAncestry(
  new Schema<AssistanceCaseRecord>(
    {
      _id: stringId,
      ...divisionPaths,
      program: { type: String, enum: ASSISTANCE_PROGRAMS, required: true },
      tier: { type: String, enum: [...DIBAO_TIERS, null], default: null },
      urbanRural: { type: String, enum: ['URBAN', 'RURAL'], required: true },
      paymentSchedule: { type: String, enum: PAYMENT_SCHEDULES, required: true },
      recipientId: { type: String, default: null, index: true },
      recipientName: { type: String, required: true },
      persons: { type: Number, required: true, min: 1 },
      status: { type: String, enum: ASSISTANCE_CASE_STATUSES, required: true },
      startedAt: { type: Date, default: null },
      endedAt: { type: Date, default: null },
      appliedAt: { type: Date, default: null },
      ...versionedPaths,
    },
    { collection: 'assistance_cases', versionKey: false },
  ),
);
withIdempotency(assistanceCaseSchema);
withRecordKeys(assistanceCaseSchema, 'assistance_cases');
assistanceCaseSchema.index({ program: 1, startedAt: 1 });

/** One payment to one case. Program, area and the case's start are copied so period roll-ups need no join. */
export type BenefitPaymentRecord = DivisionPathsRecord & {
  _id: string;
  caseId: string;
  program: AssistanceProgram;
  urbanRural: 'URBAN' | 'RURAL';
  caseStartedAt: Date;
  /** First month covered, YYYY-MM (Asia/Shanghai). */
  period: string;
  months: number;
  paidAt: Date;
  amountFen: number;
} & Idempotent;

const benefitPaymentSchema = withDivisionAncestry(
  new Schema<BenefitPaymentRecord>(
    {
      _id: stringId,
      ...divisionPaths,
      caseId: { type: String, required: true, index: true },
      program: { type: String, enum: ASSISTANCE_PROGRAMS, required: true },
      urbanRural: { type: String, enum: ['URBAN', 'RURAL'], required: true },
      caseStartedAt: { type: Date, required: true },
      period: { type: String, required: true, match: /^\d{4}-\d{2}$/ },
      months: { type: Number, required: true, min: 1 },
      paidAt: { type: Date, required: true, index: true },
      amountFen: { type: Number, required: true, validate: Number.isInteger },
    },
    { collection: 'benefit_payments', versionKey: false },
  ),
);
withIdempotency(benefitPaymentSchema);
withRecordKeys(benefitPaymentSchema, 'benefit_payments');
/** One payment per case and month: a second registration of the same month is refused. */
benefitPaymentSchema.index({ caseId: 1, period: 1 }, { unique: true });

/** One service act: a certificate issued, a subsidy approved, a person trained or registered. */
export type ServiceRecord = DivisionPathsRecord & {
  _id: string;
  kind: ServiceKind;
  date: Date;
  residentId: string | null;
  /** Training course (茶艺班, 叉车班, 育婴班) for SKILLS_TRAINING. */
  course: string | null;
};

const serviceRecordSchema = withDivisionAncestry(
  new Schema<ServiceRecord>(
    {
      _id: stringId,
      ...divisionPaths,
      kind: { type: String, enum: SERVICE_KINDS, required: true },
      date: { type: Date, required: true, index: true },
      residentId: { type: String, default: null },
      course: { type: String, default: null },
    },
    { collection: 'service_records', versionKey: false },
  ),
);
withRecordKeys(serviceRecordSchema, 'service_records');

/** An enterprise at a job fair; `enterpriseId` is economy's key when the enterprise is registered in our world. */
export type JobFairParticipationRecord = DivisionPathsRecord & {
  _id: string;
  fairName: string;
  date: Date;
  enterpriseId: string | null;
  enterpriseName: string;
  hiringIntentions: number;
};

const jobFairParticipationSchema = withDivisionAncestry(
  new Schema<JobFairParticipationRecord>(
    {
      _id: stringId,
      ...divisionPaths,
      fairName: { type: String, required: true },
      date: { type: Date, required: true, index: true },
      enterpriseId: { type: String, default: null, index: true },
      enterpriseName: { type: String, required: true },
      hiringIntentions: { type: Number, required: true, min: 0 },
    },
    { collection: 'job_fair_participations', versionKey: false },
  ),
);

export type DayCareCentreRecord = DivisionPathsRecord & {
  _id: string;
  name: string;
  openedAt: Date;
  beds: number;
};

const dayCareCentreSchema = withDivisionAncestry(
  new Schema<DayCareCentreRecord>(
    {
      _id: stringId,
      ...divisionPaths,
      name: { type: String, required: true },
      openedAt: { type: Date, required: true },
      beds: { type: Number, required: true, min: 0 },
    },
    { collection: 'day_care_centres', versionKey: false },
  ),
);

/** A work-plan target (南开区 2012, 大港街道 2016) stored next to the actuals it is compared with. */
export type TargetRecord = {
  _id: string;
  divisionCode: string;
  year: number;
  indicator: string;
  value: number;
  unit: string;
  comparison: 'AT_LEAST' | 'AT_MOST';
  source: string;
};

const targetSchema = new Schema<TargetRecord>(
  {
    _id: stringId,
    divisionCode: { type: String, required: true },
    year: { type: Number, required: true },
    indicator: { type: String, required: true },
    value: { type: Number, required: true },
    unit: { type: String, required: true },
    comparison: { type: String, enum: ['AT_LEAST', 'AT_MOST'], required: true },
    source: { type: String, required: true },
  },
  { collection: 'targets', versionKey: false },
);
targetSchema.index({ divisionCode: 1, year: 1, indicator: 1 }, { unique: true });

/** Reference to an entity another subgraph owns, resolved to its key only. */
export interface EnterpriseRef {
  id: string;
}

export interface CivilAffairsModels {
  Division: Model<DivisionRecord>;
  Resident: Model<ResidentRecord>;
  AssistanceCase: Model<AssistanceCaseRecord>;
  BenefitPayment: Model<BenefitPaymentRecord>;
  ServiceRecord: Model<ServiceRecord>;
  JobFairParticipation: Model<JobFairParticipationRecord>;
  DayCareCentre: Model<DayCareCentreRecord>;
  Target: Model<TargetRecord>;
  Notice: Model<NoticeRecord>;
  NoticeRead: Model<NoticeReadRecord>;
}

export function createCivilAffairsModels(connection: Connection): CivilAffairsModels {
  return {
    Division: modelOn(connection, 'Division', divisionSchema),
    Resident: modelOn(connection, 'Resident', residentSchema),
    AssistanceCase: modelOn(connection, 'AssistanceCase', assistanceCaseSchema),
    BenefitPayment: modelOn(connection, 'BenefitPayment', benefitPaymentSchema),
    ServiceRecord: modelOn(connection, 'ServiceRecord', serviceRecordSchema),
    JobFairParticipation: modelOn(connection, 'JobFairParticipation', jobFairParticipationSchema),
    DayCareCentre: modelOn(connection, 'DayCareCentre', dayCareCentreSchema),
    Target: modelOn(connection, 'Target', targetSchema),
    Notice: modelOn(connection, 'Notice', noticeSchema),
    NoticeRead: modelOn(connection, 'NoticeRead', noticeReadSchema),
  };
}
