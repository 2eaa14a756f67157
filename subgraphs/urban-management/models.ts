import { randomUUID } from 'node:crypto';
import { Schema, type Connection } from 'mongoose';
import { divisionPaths, withDivisionAncestry } from '../../platform/query/division-fields.js';
import { withIdempotency, type Idempotent } from '../../platform/writes/idempotency.js';
import { versionedPaths, type Versioned } from '../../platform/writes/write-model.js';
import { withSearchName } from '../../platform/query/search-name.js';
import type { RequestAccess } from '../../platform/access/request-access.js';
import { divisionLevelOf } from '../../platform/world/division-code.js';
import type {
  FacilityStatus,
  FacilityType,
  IncidentCategory,
  IncidentSource,
  IncidentStatus,
  InspectionTopic,
  RectificationKind,
  RectificationStatus,
  SafetyDesignationKind,
} from './__generated__/resolvers-types.js';
import { petitionSchema } from './models/petitions.js';
import { modelOn } from '../../platform/server/models.js';

export * from './models/petitions.js';

/**
 * The urban-management database: grid incidents, facilities, rectification projects,
 * inspection campaigns, safety designations and statistics, work-plan targets, and petitions
 * (their schema and time limits are in models/petitions.ts). Every record stores its division's
 * ancestry (see division-fields.ts), so roll-ups are indexed equalities.
 */

/** Shared entities owned elsewhere resolve to their key only; the owner fills in the rest. */
export type DivisionRef = {
  code: string;
};
export type EnterpriseRef = {
  id: string;
};

export function divisionRef(code: string | null | undefined): DivisionRef | null {
  return code ? { code } : null;
}

/** A shared division entity resolves to its key when the viewer may see it. */
export function divisionReference(
  ctx: { access: RequestAccess },
  code: string,
  level: 'DISTRICT' | 'STREET' | 'COMMUNITY' | 'GRID',
): DivisionRef | null {
  return divisionLevelOf(code) === level && ctx.access.canSeeDivision(code) ? { code } : null;
}

type DivisionStamped = {
  _id: string;
  divisionCode: string;
  districtCode: string;
  streetCode: string | null;
  communityCode: string | null;
  gridCode: string | null;
};

export const INCIDENT_CATEGORIES = [
  'CITY_APPEARANCE',
  'ILLEGAL_CONSTRUCTION',
  'GARBAGE',
  'ROAD_OCCUPATION',
  'COOKING_FUMES',
  'LOOSE_COAL',
  'NOISE',
  'BARE_GROUND',
  'PUBLIC_FACILITY',
  'ILLEGAL_ADVERTISING',
] as const satisfies readonly IncidentCategory[];
export const INCIDENT_SOURCES = [
  'RESIDENT_REPORT',
  'GRID_PATROL',
  'CAMERA',
  'HOTLINE',
] as const satisfies readonly IncidentSource[];
export const INCIDENT_STATUSES = [
  'REPORTED',
  'ACCEPTED',
  'ASSIGNED',
  'RESOLVED',
  'CLOSED',
  'REOPENED',
] as const satisfies readonly IncidentStatus[];
/** Statuses in which an incident still needs work. */
export const OPEN_STATUSES: readonly IncidentStatus[] = ['REPORTED', 'ACCEPTED', 'ASSIGNED', 'REOPENED'];

/** Handling time limit per category (hours from report): the incident's deadline. */
export const CATEGORY_TIME_LIMIT_HOURS: Record<IncidentCategory, number> = {
  CITY_APPEARANCE: 48,
  ILLEGAL_CONSTRUCTION: 168,
  GARBAGE: 24,
  ROAD_OCCUPATION: 24,
  COOKING_FUMES: 72,
  LOOSE_COAL: 48,
  NOISE: 24,
  BARE_GROUND: 72,
  PUBLIC_FACILITY: 72,
  ILLEGAL_ADVERTISING: 48,
};

export const FACILITY_TYPES = [
  'CAMERA',
  'ACCESS_GATE',
  'PATROL_ROOM',
  'AIR_MONITORING_POINT',
  'PUBLIC_TOILET',
  'GARBAGE_TRANSFER_STATION',
  'COMMUNITY_OFFICE',
] as const satisfies readonly FacilityType[];
const FACILITY_STATUSES = [
  'IN_SERVICE',
  'UNDER_CONSTRUCTION',
  'OUT_OF_SERVICE',
] as const satisfies readonly FacilityStatus[];
export const RECTIFICATION_KINDS = [
  'ROAD',
  'ROAD_WIDENING',
  'BUILDING_FACADE',
  'RESIDENTIAL_AREA',
  'OLD_RESIDENTIAL_RENOVATION',
  'CIVILIZED_MODEL_ESTATE',
  'GREENING',
  'BARE_GROUND_COVER',
  'ILLEGAL_CONSTRUCTION_DEMOLITION',
] as const satisfies readonly RectificationKind[];
const RECTIFICATION_STATUSES = [
  'PLANNED',
  'IN_PROGRESS',
  'COMPLETED',
] as const satisfies readonly RectificationStatus[];
const INSPECTION_TOPICS = ['LOOSE_COAL', 'COOKING_FUMES', 'DUST'] as const satisfies readonly InspectionTopic[];
const SAFETY_DESIGNATION_KINDS = [
  'SAFE_COMMUNITY',
  'CULT_FREE_COMMUNITY',
  'SAFE_STREET',
] as const satisfies readonly SafetyDesignationKind[];

/** The minimum floor area (㎡) of a standard community office (一厅六室两站, 桐柏路街道 2007). */
export const STANDARD_OFFICE_AREA = 400;

export type IncidentRecord = DivisionStamped & {
  title: string;
  description: string | null;
  address: string | null;
  category: IncidentCategory;
  source: IncidentSource;
  status: IncidentStatus;
  reportedAt: Date;
  acceptedAt: Date | null;
  assignedAt: Date | null;
  deadline: Date;
  resolvedAt: Date | null;
  closedAt: Date | null;
  reporterName: string | null;
  reporterPhone: string | null;
  enterpriseId: string | null;
  department?: string | null;
  resolution?: string | null;
} & Versioned &
  Idempotent;

export type FacilityRecord = DivisionStamped & {
  name: string;
  type: FacilityType;
  status: FacilityStatus;
  installedAt: Date;
  areaSquareMeters: number | null;
  standardized: boolean;
  source: string | null;
};

export type RectificationProjectRecord = DivisionStamped & {
  name: string;
  kind: RectificationKind;
  status: RectificationStatus;
  programme: string | null;
  year: number;
  startedAt: Date;
  completedAt: Date | null;
  buildingCount: number;
  areaSquareMeters: number | null;
  source: string | null;
};

export type InspectionCampaignRecord = DivisionStamped & {
  name: string;
  topic: InspectionTopic;
  startDate: Date;
  endDate: Date | null;
  villageCodes: string[];
  marketsInspected: number;
  inspectionTeams: number;
  staffDeployed: number;
  householdsChecked: number;
  shopsAndEnterprisesChecked: number;
  source: string | null;
};

export type SafetyDesignationRecord = DivisionStamped & {
  kind: SafetyDesignationKind;
  year: number;
  awardedBy: string;
  source: string | null;
};

/** Yearly safety figures of a division that are not individual records (e.g. cases prevented). */
export type SafetyStatisticRecord = DivisionStamped & {
  year: number;
  casesPrevented: number;
  source: string | null;
};

/** A work plan's target for one indicator of one division and year (e.g. 南开区 2012). */
export type TargetRecord = DivisionStamped & {
  year: number;
  indicator: string;
  value: number;
  unit: string;
  source: string | null;
};

const id = { type: String, default: () => randomUUID() };
const options = { versionKey: false as const, timestamps: false };

function divisionSchema<T>(collection: string, paths: Record<string, unknown>): Schema<T> {
  return withDivisionAncestry(new Schema<T>({ _id: id, ...divisionPaths, ...paths }, { ...options, collection }));
}

const incidentSchema = divisionSchema<IncidentRecord>('incidents', {
  title: { type: String, required: true },
  description: { type: String, default: null },
  address: { type: String, default: null },
  category: { type: String, enum: INCIDENT_CATEGORIES, required: true },
  source: { type: String, enum: INCIDENT_SOURCES, required: true },
  status: { type: String, enum: INCIDENT_STATUSES, required: true },
  reportedAt: { type: Date, required: true },
  acceptedAt: { type: Date, default: null },
  assignedAt: { type: Date, default: null },
  deadline: { type: Date, required: true },
  resolvedAt: { type: Date, default: null },
  closedAt: { type: Date, default: null },
  reporterName: { type: String, default: null },
  reporterPhone: { type: String, default: null },
  enterpriseId: { type: String, default: null, index: true },
  department: { type: String, default: null },
  resolution: { type: String, default: null },
  ...versionedPaths,
});
withIdempotency(incidentSchema);
incidentSchema.index({ communityCode: 1, reportedAt: -1 });
incidentSchema.index({ streetCode: 1, status: 1 });
incidentSchema.index({ reportedAt: -1 });

const facilitySchema = divisionSchema<FacilityRecord>('facilities', {
  name: { type: String, required: true },
  type: { type: String, enum: FACILITY_TYPES, required: true },
  status: { type: String, enum: FACILITY_STATUSES, required: true },
  installedAt: { type: Date, required: true },
  areaSquareMeters: { type: Number, default: null },
  standardized: { type: Boolean, default: false },
  source: { type: String, default: null },
});
facilitySchema.index({ streetCode: 1, type: 1 });
withSearchName(facilitySchema);

const rectificationProjectSchema = divisionSchema<RectificationProjectRecord>('rectification_projects', {
  name: { type: String, required: true },
  kind: { type: String, enum: RECTIFICATION_KINDS, required: true },
  status: { type: String, enum: RECTIFICATION_STATUSES, required: true },
  programme: { type: String, default: null },
  year: { type: Number, required: true },
  startedAt: { type: Date, required: true },
  completedAt: { type: Date, default: null },
  buildingCount: { type: Number, default: 0 },
  areaSquareMeters: { type: Number, default: null },
  source: { type: String, default: null },
});
rectificationProjectSchema.index({ streetCode: 1, kind: 1, year: 1 });
withSearchName(rectificationProjectSchema);

const inspectionCampaignSchema = divisionSchema<InspectionCampaignRecord>('inspection_campaigns', {
  name: { type: String, required: true },
  topic: { type: String, enum: INSPECTION_TOPICS, required: true },
  startDate: { type: Date, required: true },
  endDate: { type: Date, default: null },
  villageCodes: { type: [String], default: [] },
  marketsInspected: { type: Number, default: 0 },
  inspectionTeams: { type: Number, default: 0 },
  staffDeployed: { type: Number, default: 0 },
  householdsChecked: { type: Number, default: 0 },
  shopsAndEnterprisesChecked: { type: Number, default: 0 },
  source: { type: String, default: null },
});

const safetyDesignationSchema = divisionSchema<SafetyDesignationRecord>('safety_designations', {
  kind: { type: String, enum: SAFETY_DESIGNATION_KINDS, required: true },
  year: { type: Number, required: true },
  awardedBy: { type: String, required: true },
  source: { type: String, default: null },
});

const safetyStatisticSchema = divisionSchema<SafetyStatisticRecord>('safety_statistics', {
  year: { type: Number, required: true },
  casesPrevented: { type: Number, required: true },
  source: { type: String, default: null },
});

const targetSchema = divisionSchema<TargetRecord>('targets', {
  year: { type: Number, required: true },
  indicator: { type: String, required: true },
  value: { type: Number, required: true },
  unit: { type: String, required: true },
  source: { type: String, default: null },
});
targetSchema.index({ divisionCode: 1, year: 1, indicator: 1 }, { unique: true });

export function createUrbanManagementModels(connection: Connection) {
  return {
    Incident: modelOn(connection, 'Incident', incidentSchema),
    Facility: modelOn(connection, 'Facility', facilitySchema),
    RectificationProject: modelOn(connection, 'RectificationProject', rectificationProjectSchema),
    InspectionCampaign: modelOn(connection, 'InspectionCampaign', inspectionCampaignSchema),
    SafetyDesignation: modelOn(connection, 'SafetyDesignation', safetyDesignationSchema),
    SafetyStatistic: modelOn(connection, 'SafetyStatistic', safetyStatisticSchema),
    Target: modelOn(connection, 'Target', targetSchema),
    Petition: modelOn(connection, 'Petition', petitionSchema),
  };
}

export type UrbanManagementModels = ReturnType<typeof createUrbanManagementModels>;
