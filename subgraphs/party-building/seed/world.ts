import { shanghaiMidnight } from '../../../platform/query/calendar.js';
import type { SeededRandom } from '../../../platform/world/random.js';
import type {
  PartyActivityRecord,
  PartyAttendanceRecord,
  PartyBuildingTargetRecord,
  PartyEvaluationRecord,
  PartyMemberPosition,
  PartyMemberRecord,
  PartyOrganizationRecord,
} from '../models.js';

/** The year each district's document describes; generated activities fall in it. */
export const DOCUMENT_YEAR: Record<string, number> = { '120104': 2010, '410102': 2007, '410503': 2020, '120116': 2016 };
/** 北关区's document covers January to November 2020; December is the documented 宣讲. */
export const LAST_GENERATED_MONTH = 11;

/** The local time `time` ('HH:MM') of a calendar day in Asia/Shanghai. */
export function day(year: number, month: number, dayOfMonth: number, time = '09:00'): Date {
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(shanghaiMidnight(year, month, dayOfMonth).getTime() + (hours * 60 + minutes) * 60_000);
}

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * 3_600_000);
}

/**
 * The records generated so far, in insertion order, with the organizations' members by
 * organization. The entity modules (organizations.ts, members.ts, activities.ts,
 * evaluations.ts) add to it, drawing from its random stream in a fixed order.
 */
export class PartyWorld {
  readonly organizations: PartyOrganizationRecord[] = [];
  readonly members: PartyMemberRecord[] = [];
  readonly activities: PartyActivityRecord[] = [];
  readonly attendances: PartyAttendanceRecord[] = [];
  readonly evaluations: PartyEvaluationRecord[] = [];
  readonly targets: PartyBuildingTargetRecord[] = [];
  readonly membersOf = new Map<string, PartyMemberRecord[]>();
  /** Per community, the guaranteed residents not yet linked to a member (members.ts). */
  readonly residentSlots = new Map<string, number[]>();
  attendanceCount = 0;

  constructor(
    readonly random: SeededRandom,
    readonly scale: number,
  ) {}

  scaled(count: number): number {
    return Math.max(1, Math.round(count * this.scale));
  }

  /**
   * A deterministic share of an organization's members (the share at scale 1). Memberships and
   * activities both grow with the scale, so the share shrinks with it: attendance grows
   * linearly with the scale, not with its square.
   */
  someMembersOf(organization: PartyOrganizationRecord, share: number): PartyMemberRecord[] {
    return (this.membersOf.get(organization._id) ?? []).filter(() => this.random.chance(share / this.scale));
  }

  officersOf(organization: PartyOrganizationRecord, positions: PartyMemberPosition[]): PartyMemberRecord[] {
    return (this.membersOf.get(organization._id) ?? []).filter((member) => positions.includes(member.position));
  }
}
