import { randomUUID } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import { withRecordKeys } from '../../platform/access/disclosure-control.js';
import { divisionPaths, withDivisionAncestry } from '../../platform/query/division-fields.js';
import { divisionAncestry } from '../../platform/world/division-code.js';
import { withIdempotency, type Idempotent } from '../../platform/writes/idempotency.js';
import { versionedPaths, type VersionedRecord } from '../../platform/writes/write-model.js';
import { withSearchName } from '../../platform/query/search-name.js';
import { modelOn } from '../../platform/server/models.js';

/**
 * The party-building domain's collections (database `party_building`). Every record stores its
 * division with the denormalised ancestry, so "everything in street X" is an indexed equality.
 */

export type PartyOrganizationLevel = 'WORKING_COMMITTEE' | 'COMMITTEE' | 'GENERAL_BRANCH' | 'BRANCH';
export type PartyOrganizationSector = 'ORGAN' | 'COMMUNITY' | 'RURAL' | 'NON_PUBLIC';
export type PartyMemberSex = 'MALE' | 'FEMALE';
export type PartyMemberStatus = 'FULL' | 'PROBATIONARY';
export type PartyMemberPosition = 'SECRETARY' | 'DEPUTY_SECRETARY' | 'COMMITTEE_MEMBER' | 'MEMBER';
export type PartyActivityKind =
  | 'STUDY_SESSION'
  | 'LECTURE'
  | 'TRAINING'
  | 'VOLUNTEER_SERVICE'
  | 'THEMED_PRACTICE'
  | 'SCIENCE_POPULARIZATION'
  | 'COMPETITION';
export type PartyEvaluationKind = 'STRIVE_FOR_EXCELLENCE' | 'ANNUAL_ASSESSMENT';
export type PartyEvaluationGrade = 'EXCELLENT' | 'GOOD' | 'PASS' | 'FAIL';

type DivisionRecord = {
  divisionCode: string;
  districtCode: string;
  streetCode: string | null;
  communityCode: string | null;
  gridCode: string | null;
};

/** A shared division entity as this subgraph knows it: only its code. */
export type DivisionRef = {
  code: string;
};

/** Another subgraph's entity referenced by id (Enterprise, Resident). */
export type EntityRef = {
  id: string;
};

export type PartyOrganizationRecord = DivisionRecord & {
  _id: string;
  name: string;
  level: PartyOrganizationLevel;
  sector: PartyOrganizationSector;
  parentId: string | null;
  /** Ids of the organization and all its ancestors, so subtree counts are one indexed `$in`. */
  path: string[];
  secretaryName: string | null;
  foundedOn: Date;
  /** Economy's enterprise id, for 两新 organizations only; at most one organization per enterprise. */
  enterpriseId: string | null;
  source: string | null;
};

/** Moved between organizations by `transferPartyMember` (writes/members.ts): versioned, with its history. */
export type PartyMemberRecord = DivisionRecord &
  VersionedRecord & {
    _id: string;
    name: string;
    sex: PartyMemberSex;
    birthDate: Date;
    joinedOn: Date;
    status: PartyMemberStatus;
    position: PartyMemberPosition;
    phone: string | null;
    organizationId: string;
    /** The organization's `path`: a member counts towards every ancestor organization. */
    organizationPath: string[];
    /** Civil affairs' resident id; unique where present (a resident is at most one member). */
    residentId: string | null;
    /** Community the member lives in (where their resident record is). */
    residenceCommunityCode: string | null;
  };

export type PartyActivityOutputRecord = {
  key: string;
  label: string;
  value: number;
  unit: string;
};

/** Recorded and given attendance through writes/activities.ts: versioned, with its history. */
export type PartyActivityRecord = DivisionRecord &
  VersionedRecord &
  Idempotent & {
    _id: string;
    /** The disclosure-control record key (disclosure-control.ts); absent only before migration 002. */
    recordKey?: number;
    kind: PartyActivityKind;
    title: string;
    startsAt: Date;
    endsAt: Date;
    organizationId: string;
    participantCount: number;
    /** participantCount × volunteer hours per participant. */
    volunteerHours: number;
    /** Hours each participant served; absent on seeded records, where it is volunteerHours / participantCount. */
    volunteerHoursEach?: number | null;
    outputs: PartyActivityOutputRecord[];
    source: string | null;
  };

/** One member at one activity; its division is the activity's, so roll-ups need no join. */
export type PartyAttendanceRecord = DivisionRecord & {
  _id: string;
  activityId: string;
  memberId: string;
  /** The attending member's organization (e.g. the 47 organs at 北关区's training). */
  memberOrganizationId: string;
  startsAt: Date;
  volunteerHours: number;
};

/**
 * The attendance row of `member` at `activity` (writes/activities.ts and the seed build them
 * alike): the activity's division and start, and the organization the member attended from,
 * kept when the member later moves.
 */
export function attendanceRecord(
  _id: string,
  activity: PartyActivityRecord,
  member: PartyMemberRecord,
  volunteerHours: number,
): PartyAttendanceRecord {
  return {
    _id,
    activityId: activity._id,
    memberId: member._id,
    memberOrganizationId: member.organizationId,
    startsAt: activity.startsAt,
    volunteerHours,
    divisionCode: activity.divisionCode,
    ...divisionAncestry(activity.divisionCode),
  };
}

export type PartyEvaluationRecord = DivisionRecord & {
  _id: string;
  organizationId: string;
  kind: PartyEvaluationKind;
  year: number;
  score: number;
  grade: PartyEvaluationGrade;
};

/** A work-plan target for an indicator of a division in a year (e.g. 大港 2016: 100 学雷锋 activities). */
export type PartyBuildingTargetRecord = {
  _id: string;
  divisionCode: string;
  year: number;
  indicator: string;
  value: number;
  unit: string;
  source: string;
};

const id = { type: String, default: () => randomUUID() };
const options = { versionKey: false as const };

const organizationSchema = withDivisionAncestry(
  new Schema<PartyOrganizationRecord>(
    {
      _id: id,
      ...divisionPaths,
      name: { type: String, required: true },
      level: { type: String, required: true, enum: ['WORKING_COMMITTEE', 'COMMITTEE', 'GENERAL_BRANCH', 'BRANCH'] },
      sector: { type: String, required: true, enum: ['ORGAN', 'COMMUNITY', 'RURAL', 'NON_PUBLIC'] },
      parentId: { type: String, default: null, index: true },
      path: { type: [String], required: true, index: true },
      secretaryName: { type: String, default: null },
      foundedOn: { type: Date, required: true },
      enterpriseId: { type: String, default: null },
      source: { type: String, default: null },
    },
    { ...options, collection: 'party_organizations' },
  ),
);
organizationSchema.index(
  { enterpriseId: 1 },
  { unique: true, partialFilterExpression: { enterpriseId: { $type: 'string' } } },
);
withSearchName(organizationSchema);

const memberSchema = withDivisionAncestry(
  new Schema<PartyMemberRecord>(
    {
      _id: id,
      ...divisionPaths,
      name: { type: String, required: true },
      sex: { type: String, required: true, enum: ['MALE', 'FEMALE'] },
      birthDate: { type: Date, required: true },
      joinedOn: { type: Date, required: true },
      status: { type: String, required: true, enum: ['FULL', 'PROBATIONARY'] },
      position: { type: String, required: true, enum: ['SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER', 'MEMBER'] },
      phone: { type: String, default: null },
      organizationId: { type: String, required: true, index: true },
      organizationPath: { type: [String], required: true, index: true },
      residentId: { type: String, default: null },
      residenceCommunityCode: { type: String, default: null },
      ...versionedPaths,
    },
    { ...options, collection: 'party_members' },
  ),
);
withRecordKeys(memberSchema, 'party_members');
memberSchema.index({ residentId: 1 }, { unique: true, partialFilterExpression: { residentId: { $type: 'string' } } });

const outputSchema = new Schema<PartyActivityOutputRecord>(
  {
    key: { type: String, required: true },
    label: { type: String, required: true },
    value: { type: Number, required: true },
    unit: { type: String, required: true },
  },
  { _id: false },
);

const activitySchema = withDivisionAncestry(
  new Schema<PartyActivityRecord>(
    {
      _id: id,
      ...divisionPaths,
      kind: {
        type: String,
        required: true,
        enum: [
          'STUDY_SESSION',
          'LECTURE',
          'TRAINING',
          'VOLUNTEER_SERVICE',
          'THEMED_PRACTICE',
          'SCIENCE_POPULARIZATION',
          'COMPETITION',
        ],
      },
      title: { type: String, required: true },
      startsAt: { type: Date, required: true, index: true },
      endsAt: { type: Date, required: true },
      organizationId: { type: String, required: true, index: true },
      participantCount: { type: Number, required: true, min: 0 },
      volunteerHours: { type: Number, required: true, min: 0 },
      volunteerHoursEach: { type: Number, default: null, min: 0 },
      outputs: { type: [outputSchema], default: [] },
      source: { type: String, default: null },
      ...versionedPaths,
    },
    { ...options, collection: 'party_activities' },
  ),
);
withIdempotency(activitySchema);
withRecordKeys(activitySchema, 'party_activities');

const attendanceSchema = withDivisionAncestry(
  new Schema<PartyAttendanceRecord>(
    {
      _id: id,
      ...divisionPaths,
      activityId: { type: String, required: true, index: true },
      memberId: { type: String, required: true, index: true },
      memberOrganizationId: { type: String, required: true },
      startsAt: { type: Date, required: true },
      volunteerHours: { type: Number, required: true, min: 0 },
    },
    { ...options, collection: 'party_attendances' },
  ),
);
attendanceSchema.index({ activityId: 1, memberId: 1 }, { unique: true });
withRecordKeys(attendanceSchema, 'party_attendances');

const evaluationSchema = withDivisionAncestry(
  new Schema<PartyEvaluationRecord>(
    {
      _id: id,
      ...divisionPaths,
      organizationId: { type: String, required: true, index: true },
      kind: { type: String, required: true, enum: ['STRIVE_FOR_EXCELLENCE', 'ANNUAL_ASSESSMENT'] },
      year: { type: Number, required: true },
      score: { type: Number, required: true, min: 0, max: 100 },
      grade: { type: String, required: true, enum: ['EXCELLENT', 'GOOD', 'PASS', 'FAIL'] },
    },
    { ...options, collection: 'party_evaluations' },
  ),
);

const targetSchema = new Schema<PartyBuildingTargetRecord>(
  {
    _id: id,
    divisionCode: { type: String, required: true },
    year: { type: Number, required: true },
    indicator: { type: String, required: true },
    value: { type: Number, required: true },
    unit: { type: String, required: true },
    source: { type: String, required: true },
  },
  { ...options, collection: 'party_building_targets' },
);
targetSchema.index({ divisionCode: 1, year: 1, indicator: 1 }, { unique: true });

export interface PartyBuildingModels {
  organization: Model<PartyOrganizationRecord>;
  member: Model<PartyMemberRecord>;
  activity: Model<PartyActivityRecord>;
  attendance: Model<PartyAttendanceRecord>;
  evaluation: Model<PartyEvaluationRecord>;
  target: Model<PartyBuildingTargetRecord>;
}

export function createPartyBuildingModels(connection: Connection): PartyBuildingModels {
  return {
    organization: modelOn(connection, 'PartyOrganization', organizationSchema),
    member: modelOn(connection, 'PartyMember', memberSchema),
    activity: modelOn(connection, 'PartyActivity', activitySchema),
    attendance: modelOn(connection, 'PartyAttendance', attendanceSchema),
    evaluation: modelOn(connection, 'PartyEvaluation', evaluationSchema),
    target: modelOn(connection, 'PartyBuildingTarget', targetSchema),
  };
}
