import { containsText, type SortSpec } from '../../platform/query/pagination.js';
import { nameContains } from '../../platform/query/search-name.js';
import type {
  InputMaybe,
  PartyActivityFilter,
  PartyActivityOrder,
  PartyAttendeeOrder,
  PartyEvaluationFilter,
  PartyEvaluationOrder,
  PartyMemberActivityFilter,
  PartyMemberActivityOrder,
  PartyMemberFilter,
  PartyMemberOrder,
  PartyOrganizationFilter,
  PartyOrganizationOrder,
} from './__generated__/resolvers-types.js';
import { dateRange, parsePeriod } from './period.js';
import { optionalDivisionCode } from './scope.js';

/**
 * Typed filter arguments to MongoDB filters. Only enum values, validated codes, ids compared by
 * equality (the connection sanitises filters) and escaped text reach a query: never an operator.
 * The division part is returned apart, because it is intersected with the viewer's jurisdiction.
 */
export interface ListFilter {
  divisionCode: string | null;
  match: Record<string, unknown>;
}

function defined(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined && value !== null));
}

export function organizationFilter(filter: InputMaybe<PartyOrganizationFilter> | undefined): ListFilter {
  return {
    divisionCode: optionalDivisionCode(filter?.divisionCode, 'filter.divisionCode'),
    match: defined({
      level: filter?.level,
      sector: filter?.sector,
      parentId: filter?.parentId,
      searchName: filter?.nameContains ? nameContains(filter.nameContains).searchName : undefined,
    }),
  };
}

export function memberFilter(filter: InputMaybe<PartyMemberFilter> | undefined): ListFilter {
  const joined = dateRange(parsePeriod(filter?.joinedFrom, filter?.joinedTo, 'filter.joinedTo'));
  return {
    divisionCode: optionalDivisionCode(filter?.divisionCode, 'filter.divisionCode'),
    match: defined({
      organizationId: filter?.organizationId,
      status: filter?.status,
      position: filter?.position,
      sex: filter?.sex,
      joinedOn: joined,
    }),
  };
}

export function activityFilter(filter: InputMaybe<PartyActivityFilter> | undefined): ListFilter {
  const starts = dateRange(parsePeriod(filter?.from, filter?.to, 'filter.to'));
  return {
    divisionCode: optionalDivisionCode(filter?.divisionCode, 'filter.divisionCode'),
    match: defined({
      organizationId: filter?.organizationId,
      kind: filter?.kind,
      startsAt: starts,
      title: filter?.titleContains ? containsText(filter.titleContains) : undefined,
    }),
  };
}

export function evaluationFilter(filter: InputMaybe<PartyEvaluationFilter> | undefined): ListFilter {
  return {
    divisionCode: optionalDivisionCode(filter?.divisionCode, 'filter.divisionCode'),
    match: defined({ organizationId: filter?.organizationId, kind: filter?.kind, grade: filter?.grade, year: filter?.year }),
  };
}

/** The activities a member attended are their attendance records, which carry the activity's start. */
export function attendanceFilter(filter: InputMaybe<PartyMemberActivityFilter> | undefined): Record<string, unknown> {
  return defined({ startsAt: dateRange(parsePeriod(filter?.from, filter?.to, 'filter.to')) });
}

const ORGANIZATION_SORT = { NAME: 'name', DIVISION_CODE: 'divisionCode', FOUNDED_ON: 'foundedOn' } as const;
const MEMBER_SORT = { JOINED_ON: 'joinedOn', BIRTH_DATE: 'birthDate' } as const;
const ACTIVITY_SORT = { STARTS_AT: 'startsAt', PARTICIPANT_COUNT: 'participantCount' } as const;
const EVALUATION_SORT = { YEAR: 'year', SCORE: 'score' } as const;
const MEMBER_ACTIVITY_SORT = { STARTS_AT: 'startsAt', VOLUNTEER_HOURS: 'volunteerHours' } as const;
const ATTENDEE_SORT = { ORGANIZATION: 'memberOrganizationId', VOLUNTEER_HOURS: 'volunteerHours' } as const;

export function organizationSort(order: InputMaybe<PartyOrganizationOrder> | undefined): SortSpec {
  return { field: ORGANIZATION_SORT[order?.field ?? 'DIVISION_CODE'], direction: order?.direction ?? 'ASC' };
}

export function memberSort(order: InputMaybe<PartyMemberOrder> | undefined): SortSpec {
  return { field: MEMBER_SORT[order?.field ?? 'JOINED_ON'], direction: order?.direction ?? 'ASC' };
}

export function activitySort(order: InputMaybe<PartyActivityOrder> | undefined): SortSpec {
  return { field: ACTIVITY_SORT[order?.field ?? 'STARTS_AT'], direction: order?.direction ?? 'ASC' };
}

export function evaluationSort(order: InputMaybe<PartyEvaluationOrder> | undefined): SortSpec {
  return { field: EVALUATION_SORT[order?.field ?? 'YEAR'], direction: order?.direction ?? 'ASC' };
}

export function memberActivitySort(order: InputMaybe<PartyMemberActivityOrder> | undefined): SortSpec {
  return { field: MEMBER_ACTIVITY_SORT[order?.field ?? 'STARTS_AT'], direction: order?.direction ?? 'ASC' };
}

export function attendeeSort(order: InputMaybe<PartyAttendeeOrder> | undefined): SortSpec {
  return { field: ATTENDEE_SORT[order?.field ?? 'ORGANIZATION'], direction: order?.direction ?? 'ASC' };
}
