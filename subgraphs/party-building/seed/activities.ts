import { divisionAncestry } from '../../../platform/world/division-code.js';
import {
  attendanceRecord,
  type PartyActivityKind,
  type PartyActivityOutputRecord,
  type PartyActivityRecord,
  type PartyMemberRecord,
  type PartyOrganizationRecord,
} from '../models.js';
import { STUDY_TITLES, THEMED_TITLES, VOLUNTEER_TITLES } from './names.js';
import { addHours, day, LAST_GENERATED_MONTH, type PartyWorld } from './world.js';

interface ActivitySpec {
  kind: PartyActivityKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  organization: PartyOrganizationRecord;
  divisionCode: string;
  attendees: PartyMemberRecord[];
  /** Participants who are not recorded party members (residents, volunteers). */
  otherParticipants?: number;
  /** Documented total of participants, when the document gives one. */
  participantCount?: number;
  /** Volunteer hours per participant (VOLUNTEER_SERVICE only). */
  hoursEach?: number;
  outputs?: PartyActivityOutputRecord[];
  source?: string;
}

/** An activity with the attendance of its member attendees. */
export function addActivity(world: PartyWorld, spec: ActivitySpec): PartyActivityRecord {
  const index = world.activities.length;
  const volunteer = spec.kind === 'VOLUNTEER_SERVICE';
  const hoursEach = volunteer ? (spec.hoursEach ?? 2) : 0;
  const participantCount = spec.participantCount ?? spec.attendees.length + (spec.otherParticipants ?? 0);
  const activity: PartyActivityRecord = {
    _id: `pact-${String(index).padStart(6, '0')}`,
    kind: spec.kind,
    title: spec.title,
    startsAt: spec.startsAt,
    endsAt: spec.endsAt,
    organizationId: spec.organization._id,
    participantCount,
    volunteerHours: participantCount * hoursEach,
    outputs: spec.outputs ?? [],
    source: spec.source ?? null,
    divisionCode: spec.divisionCode,
    ...divisionAncestry(spec.divisionCode),
  };
  world.activities.push(activity);
  for (const member of spec.attendees) {
    world.attendances.push(
      attendanceRecord(`patt-${String(world.attendanceCount++).padStart(7, '0')}`, activity, member, hoursEach),
    );
  }
  return activity;
}

/** The routine of a year: study sessions, volunteer service and a themed practice. */
export function addRoutineActivities(
  world: PartyWorld,
  organization: PartyOrganizationRecord,
  year: number,
  plan: { study: number; volunteer: number; themed: number },
): void {
  const random = world.random;
  const month = () => random.int(1, LAST_GENERATED_MONTH);
  for (let i = 0; i < world.scaled(plan.study); i++) {
    const startsAt = day(year, month(), random.int(1, 28), '14:30');
    addActivity(world, {
      kind: 'STUDY_SESSION',
      title: random.pick(STUDY_TITLES),
      startsAt,
      endsAt: addHours(startsAt, 2),
      organization,
      divisionCode: organization.divisionCode,
      attendees: world.someMembersOf(organization, 0.5),
    });
  }
  for (let i = 0; i < world.scaled(plan.volunteer); i++) {
    const startsAt = day(year, month(), random.int(1, 28), '08:30');
    addActivity(world, {
      kind: 'VOLUNTEER_SERVICE',
      title: random.pick(VOLUNTEER_TITLES),
      startsAt,
      endsAt: addHours(startsAt, 3),
      organization,
      divisionCode: organization.divisionCode,
      attendees: world.someMembersOf(organization, 0.3),
      otherParticipants: random.int(0, 30),
      hoursEach: random.int(2, 3),
    });
  }
  for (let i = 0; i < (plan.themed ? world.scaled(plan.themed) : 0); i++) {
    const startsAt = day(year, month(), random.int(1, 28), '09:00');
    addActivity(world, {
      kind: 'THEMED_PRACTICE',
      title: random.pick(THEMED_TITLES),
      startsAt,
      endsAt: addHours(startsAt, 3),
      organization,
      divisionCode: organization.divisionCode,
      attendees: world.someMembersOf(organization, 0.6),
    });
  }
}
