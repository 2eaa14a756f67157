import { Schema } from 'mongoose';
import { withRecordKeys } from '../../../platform/access/disclosure-control.js';
import { divisionPaths, withDivisionAncestry } from '../../../platform/query/division-fields.js';
import { withIdempotency, type Idempotent } from '../../../platform/writes/idempotency.js';
import { versionedPaths, type Versioned } from '../../../platform/writes/write-model.js';

/**
 * Petitions (信访), handled in the grid-governance system of urban management: 南开区's
 * electronic petition platform tracks first letters and visits (初信初访) to resolution and
 * escalates repeated petitions on one matter into long-standing cases (积案).
 *
 * Time limits follow the 信访工作条例: accept or refuse within 15 days of intake, handle within
 * 60 days of acceptance, extendable once by up to 30 days.
 */
export const PETITION_CHANNELS = ['LETTER', 'VISIT', 'ONLINE', 'HOTLINE', 'LEADER_RECEPTION_DAY'] as const;
export type PetitionChannel = (typeof PETITION_CHANNELS)[number];
export const PETITION_CATEGORIES = [
  'HOUSING_AND_DEMOLITION',
  'SOCIAL_ASSISTANCE',
  'LABOUR_AND_WAGES',
  'URBAN_MANAGEMENT',
  'ENVIRONMENT',
  'ENTERPRISE_DISPUTE',
  'OTHER',
] as const;
export type PetitionCategory = (typeof PETITION_CATEGORIES)[number];
export const PETITION_STATUSES = ['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'REPLIED', 'CLOSED', 'REOPENED'] as const;
export type PetitionStatus = (typeof PETITION_STATUSES)[number];
/** Statuses in which the handling deadline runs. */
export const HANDLING_STATUSES: readonly PetitionStatus[] = ['ACCEPTED', 'ASSIGNED', 'REOPENED'];
/** A string state (not a boolean) so the write model's guarded transition can take it. */
const DEADLINE_EXTENSIONS = ['NONE', 'EXTENDED'] as const;
export type DeadlineExtension = (typeof DEADLINE_EXTENSIONS)[number];
/** A petition's place in a long-standing case (积案) of its matter. */
const LONG_STANDING_STATUSES = ['NONE', 'LONG_STANDING', 'RESOLVED'] as const;
export type LongStandingStatus = (typeof LONG_STANDING_STATUSES)[number];

const DAY_MS = 86_400_000;
export const ACCEPTANCE_DAYS = 15;
export const HANDLING_DAYS = 60;
export const EXTENSION_DAYS = 30;
/**
 * A matter with this many earlier petitions becomes a long-standing case when one more arrives:
 * the fourth petition on the same matter escalates it (and all its petitions) to 积案.
 */
export const LONG_STANDING_THRESHOLD = 3;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export type PetitionRecord = {
  /** The subject division (the petition's jurisdiction) and its ancestry. */
  divisionCode: string;
  districtCode: string;
  streetCode: string | null;
  communityCode: string | null;
  gridCode: string | null;
  title: string;
  content: string | null;
  channel: PetitionChannel;
  category: PetitionCategory;
  status: PetitionStatus;
  /** Resident (civil affairs) who petitioned, when registered; name and phone as given (personal data). */
  petitionerId: string | null;
  petitionerName: string;
  petitionerPhone: string | null;
  /** Petitions on the same matter share the key (e.g. the address and subject of a dispute). */
  matterKey: string;
  repeat: boolean;
  longStandingStatus: LongStandingStatus;
  receivedAt: Date;
  acceptanceDeadline: Date;
  acceptedAt: Date | null;
  handlingDeadline: Date | null;
  /** `EXTENDED` once the handling deadline was moved (allowed once). */
  deadlineExtension: DeadlineExtension;
  assignedAt: Date | null;
  department: string | null;
  repliedAt: Date | null;
  reply: string | null;
  closedAt: Date | null;
  satisfaction: number | null;
  enterpriseId: string | null;
  assistanceCaseId: string | null;
  incidentId: string | null;
} & Versioned &
  Idempotent;

/** Registered as `Petition` by createUrbanManagementModels (models.ts). */
export const petitionSchema = withDivisionAncestry(
  new Schema<PetitionRecord>(
    {
      _id: { type: String, required: true },
      ...divisionPaths,
      title: { type: String, required: true },
      content: { type: String, default: null },
      channel: { type: String, enum: PETITION_CHANNELS, required: true },
      category: { type: String, enum: PETITION_CATEGORIES, required: true },
      status: { type: String, enum: PETITION_STATUSES, required: true },
      petitionerId: { type: String, default: null },
      petitionerName: { type: String, required: true },
      petitionerPhone: { type: String, default: null },
      matterKey: { type: String, required: true, index: true },
      repeat: { type: Boolean, default: false },
      longStandingStatus: { type: String, enum: LONG_STANDING_STATUSES, default: 'NONE' },
      receivedAt: { type: Date, required: true },
      acceptanceDeadline: { type: Date, required: true },
      acceptedAt: { type: Date, default: null },
      handlingDeadline: { type: Date, default: null },
      deadlineExtension: { type: String, enum: DEADLINE_EXTENSIONS, default: 'NONE' },
      assignedAt: { type: Date, default: null },
      department: { type: String, default: null },
      repliedAt: { type: Date, default: null },
      reply: { type: String, default: null },
      closedAt: { type: Date, default: null },
      satisfaction: { type: Number, default: null, min: 1, max: 5 },
      enterpriseId: { type: String, default: null, index: true },
      assistanceCaseId: { type: String, default: null },
      incidentId: { type: String, default: null },
      ...versionedPaths,
    },
    { collection: 'petitions', versionKey: false },
  ),
);
withIdempotency(petitionSchema);
withRecordKeys(petitionSchema, 'petitions');
petitionSchema.index({ streetCode: 1, receivedAt: -1 });
petitionSchema.index({ receivedAt: -1 });
