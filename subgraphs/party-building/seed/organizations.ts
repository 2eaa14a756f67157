import { divisionAncestry } from '../../../platform/world/division-code.js';
import { childrenOf, type DivisionSeed } from '../../../platform/world/divisions.js';
import { enterpriseId, GUARANTEED_ENTERPRISES_PER_COMMUNITY } from '../../../platform/world/keys.js';
import type { SeededRandom } from '../../../platform/world/random.js';
import { DOCUMENTED } from '../figures.js';
import type {
  PartyMemberPosition,
  PartyMemberRecord,
  PartyOrganizationLevel,
  PartyOrganizationRecord,
  PartyOrganizationSector,
} from '../models.js';
import { addRoutineActivities } from './activities.js';
import { addEvaluation } from './evaluations.js';
import { memberRecord } from './members.js';
import { organizationName } from './names.js';
import { day, DOCUMENT_YEAR, type PartyWorld } from './world.js';

/**
 * The generated organizations: for every district a 区直属机关工委 with its organs, for every
 * street a 党工委 (a town: 党委) with its 机关 branch, one party organization per community or
 * village and 两新 organizations in the guaranteed enterprises, each with its members, its
 * routine of activities and (communities and villages) its annual assessment.
 */

interface OrganizationSpec {
  id: string;
  name: string;
  level: PartyOrganizationLevel;
  sector: PartyOrganizationSector;
  divisionCode: string;
  parent: PartyOrganizationRecord | null;
  foundedOn: Date;
  memberCount: number;
  /** Communities the members live in (their resident records are drawn from these). */
  residences: string[];
  enterpriseId?: string;
  source?: string;
  /** Documented names of office holders. */
  secretaryName?: string;
  deputySecretaryName?: string;
}

/** An organization with its members: the secretary first (whose name the organization stores), then deputy, committee and members. */
function addOrganization(world: PartyWorld, spec: OrganizationSpec): PartyOrganizationRecord {
  const organization: PartyOrganizationRecord = {
    _id: spec.id,
    name: spec.name,
    level: spec.level,
    sector: spec.sector,
    parentId: spec.parent?._id ?? null,
    path: [...(spec.parent?.path ?? []), spec.id],
    secretaryName: null,
    foundedOn: spec.foundedOn,
    enterpriseId: spec.enterpriseId ?? null,
    source: spec.source ?? null,
    divisionCode: spec.divisionCode,
    ...divisionAncestry(spec.divisionCode),
  };
  const year = DOCUMENT_YEAR[spec.divisionCode.slice(0, 6)];
  const committee = spec.level === 'BRANCH' ? 1 : 3;
  const members: PartyMemberRecord[] = [];
  for (let n = 0; n < Math.max(spec.memberCount, committee + 2); n++) {
    const position: PartyMemberPosition =
      n === 0 ? 'SECRETARY' : n === 1 ? 'DEPUTY_SECRETARY' : n <= committee + 1 ? 'COMMITTEE_MEMBER' : 'MEMBER';
    const documentedName = n === 0 ? spec.secretaryName : n === 1 ? spec.deputySecretaryName : undefined;
    members.push(memberRecord(world, organization, n, position, year, spec.residences, documentedName));
  }
  organization.secretaryName = members[0].name;
  world.organizations.push(organization);
  world.members.push(...members);
  world.membersOf.set(organization._id, members);
  return organization;
}

function foundedBetween(random: SeededRandom, from: number, to: number): Date {
  return day(random.int(from, to), random.int(1, 12), random.int(1, 28), '00:00');
}

export interface StreetOrganizations {
  committee: PartyOrganizationRecord;
  organ: PartyOrganizationRecord;
  community: Map<string, PartyOrganizationRecord>;
  nonPublic: PartyOrganizationRecord[];
}

/** Whether the 两新 organization of enterprise `i` of a community exists: documents 000 and 004 describe full coverage. */
function hasNonPublicOrganization(street: DivisionSeed, index: number, random: SeededRandom): boolean {
  if (street.name === '广开街道') return true;
  if (street.name === '大港街道') return index === 0;
  return index === 0 && random.chance(0.5);
}

export function buildStreet(world: PartyWorld, street: DivisionSeed, random: SeededRandom): StreetOrganizations {
  const year = DOCUMENT_YEAR[street.code.slice(0, 6)];
  const town = street.kind === 'TOWN';
  const communities = childrenOf(street.code);
  const codes = communities.map((c) => c.code);
  const committee = addOrganization(world, {
    id: `porg-${street.code}-committee`,
    name: `中共${street.name}${town ? '委员会' : '工作委员会'}`,
    level: town ? 'COMMITTEE' : 'WORKING_COMMITTEE',
    sector: 'ORGAN',
    divisionCode: street.code,
    parent: null,
    foundedOn: foundedBetween(random, 1955, 1990),
    memberCount: 7,
    residences: codes,
    secretaryName: street.name === '大港街道' ? DOCUMENTED.dagangSecretary : undefined,
  });
  const organ = addOrganization(world, {
    id: `porg-${street.code}-organ`,
    name: `${street.name.replace(/(街道|镇)$/, '')}${town ? '镇' : '街道'}机关党支部`,
    level: 'BRANCH',
    sector: 'ORGAN',
    divisionCode: street.code,
    parent: committee,
    foundedOn: foundedBetween(random, 1960, 1995),
    memberCount: world.scaled(random.int(12, 25)),
    residences: codes,
  });
  const result: StreetOrganizations = { committee, organ, community: new Map(), nonPublic: [] };
  for (const community of communities) {
    const village = community.kind === 'VILLAGE';
    const level: PartyOrganizationLevel =
      street.name === '大港街道' ? 'COMMITTEE' : !village && random.chance(0.3) ? 'GENERAL_BRANCH' : 'BRANCH';
    result.community.set(
      community.code,
      addOrganization(world, {
        id: `porg-${community.code}`,
        name: organizationName(village ? community.name : community.name, level),
        level,
        sector: village ? 'RURAL' : 'COMMUNITY',
        divisionCode: community.code,
        parent: committee,
        foundedOn: foundedBetween(random, 1960, year - 2),
        memberCount: world.scaled(village ? random.int(15, 40) : random.int(20, 55)),
        residences: [community.code],
        source: community.source,
      }),
    );
    if (village) continue;
    for (let i = 0; i < GUARANTEED_ENTERPRISES_PER_COMMUNITY; i++) {
      if (!hasNonPublicOrganization(street, i, random)) continue;
      result.nonPublic.push(
        addOrganization(world, {
          id: `porg-${community.code}-np${i}`,
          name: `${community.name}${i === 0 ? '' : '第二'}非公企业党支部`,
          level: 'BRANCH',
          sector: 'NON_PUBLIC',
          divisionCode: community.code,
          parent: committee,
          enterpriseId: enterpriseId(community.code, i),
          foundedOn: foundedBetween(random, 2000, year - 1),
          memberCount: world.scaled(random.int(3, 10)),
          residences: codes,
        }),
      );
    }
  }
  for (const organization of [committee, organ, ...result.community.values(), ...result.nonPublic]) {
    const nonPublic = organization.sector === 'NON_PUBLIC';
    addRoutineActivities(world, organization, year, {
      study: nonPublic ? 2 : 4,
      volunteer: organization.level === 'WORKING_COMMITTEE' ? 0 : nonPublic ? 1 : 4,
      themed: nonPublic ? 0 : 1,
    });
    if (organization.sector === 'COMMUNITY' || organization.sector === 'RURAL')
      addEvaluation(world, organization, 'ANNUAL_ASSESSMENT', year);
  }
  return result;
}

export function districtOrgansCommittee(
  world: PartyWorld,
  district: DivisionSeed,
  random: SeededRandom,
  residences: string[],
  deputySecretaryName?: string,
): PartyOrganizationRecord {
  const committee = addOrganization(world, {
    id: `porg-${district.code}-organs`,
    name: `中共${district.name}直属机关工作委员会`,
    level: 'WORKING_COMMITTEE',
    sector: 'ORGAN',
    divisionCode: district.code,
    parent: null,
    foundedOn: foundedBetween(random, 1980, 1995),
    memberCount: 7,
    residences,
    deputySecretaryName,
    source: district.code === '410503' ? '003' : undefined,
  });
  addRoutineActivities(world, committee, DOCUMENT_YEAR[district.code], { study: 4, volunteer: 0, themed: 0 });
  return committee;
}

export function districtOrgan(
  world: PartyWorld,
  district: DivisionSeed,
  committee: PartyOrganizationRecord,
  random: SeededRandom,
  residences: string[],
  unit: string,
  level: PartyOrganizationLevel,
  index: number,
): PartyOrganizationRecord {
  const size =
    level === 'COMMITTEE' ? random.int(40, 80) : level === 'GENERAL_BRANCH' ? random.int(20, 40) : random.int(6, 18);
  const organ = addOrganization(world, {
    id: `porg-${district.code}-organ-${String(index + 1).padStart(2, '0')}`,
    name: organizationName(unit, level),
    level,
    sector: 'ORGAN',
    divisionCode: district.code,
    parent: committee,
    foundedOn: foundedBetween(random, 1978, 2005),
    memberCount: world.scaled(size),
    residences,
    source: district.code === '410503' ? '003' : undefined,
  });
  addRoutineActivities(world, organ, DOCUMENT_YEAR[district.code], { study: 4, volunteer: 1, themed: 0 });
  return organ;
}
