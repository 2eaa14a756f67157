import { divisionAncestry } from '../../../platform/world/division-code.js';
import { makeMobile } from '../../../platform/world/identifiers.js';
import { GUARANTEED_RESIDENTS_PER_COMMUNITY, residentId } from '../../../platform/world/keys.js';
import type { PartyMemberPosition, PartyMemberRecord, PartyOrganizationRecord } from '../models.js';
import { personName } from './names.js';
import { day, LAST_GENERATED_MONTH, type PartyWorld } from './world.js';

/** Every third guaranteed resident may be linked to a member, so most residents are not members. */
const RESIDENT_STRIDE = 3;

/** A guaranteed resident of `communityCode` not yet linked to a member, or null when none is left. */
function takeResident(world: PartyWorld, communityCode: string): string | null {
  let slots = world.residentSlots.get(communityCode);
  if (!slots) {
    slots = [];
    for (let i = 0; i < GUARANTEED_RESIDENTS_PER_COMMUNITY; i += RESIDENT_STRIDE) slots.push(i);
    world.residentSlots.set(communityCode, slots);
  }
  const index = slots.shift();
  return index === undefined ? null : residentId(communityCode, index);
}

/** Member `n` of an organization, living in one of `residences`, in the document year `year`. */
export function memberRecord(
  world: PartyWorld,
  organization: PartyOrganizationRecord,
  n: number,
  position: PartyMemberPosition,
  year: number,
  residences: string[],
  name?: string,
): PartyMemberRecord {
  const random = world.random;
  const sex = random.chance(0.52) ? 'MALE' : 'FEMALE';
  const age = position === 'MEMBER' ? random.int(23, 82) : random.int(35, 58);
  const birthYear = year - age;
  const joinYear = Math.min(year, birthYear + random.int(18, Math.min(age - 1, 45)));
  const residence = random.pick(residences);
  return {
    _id: `${organization._id.replace(/^porg/, 'pmem')}-${String(n).padStart(4, '0')}`,
    name: name ?? personName(random, sex),
    sex,
    birthDate: day(birthYear, random.int(1, 12), random.int(1, 28), '00:00'),
    joinedOn: day(joinYear, random.int(1, joinYear === year ? LAST_GENERATED_MONTH : 12), random.int(1, 28), '00:00'),
    status: joinYear >= year ? 'PROBATIONARY' : 'FULL',
    position,
    phone: makeMobile(random),
    organizationId: organization._id,
    organizationPath: organization.path,
    residentId: takeResident(world, residence),
    residenceCommunityCode: residence,
    divisionCode: organization.divisionCode,
    ...divisionAncestry(organization.divisionCode),
  };
}
