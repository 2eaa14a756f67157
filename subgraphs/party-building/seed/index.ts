import type { Connection, Model } from 'mongoose';
import { divisionAncestry } from '../../../platform/world/division-code.js';
import { childrenOf, divisionByName, DISTRICT_SPECS, type DivisionSeed } from '../../../platform/world/divisions.js';
import { makeMobile } from '../../../platform/world/identifiers.js';
import { enterpriseId, GUARANTEED_ENTERPRISES_PER_COMMUNITY, GUARANTEED_RESIDENTS_PER_COMMUNITY, residentId } from '../../../platform/world/keys.js';
import { SeededRandom } from '../../../platform/world/random.js';
import {
  createPartyBuildingModels,
  type PartyActivityKind,
  type PartyActivityOutputRecord,
  type PartyActivityRecord,
  type PartyAttendanceRecord,
  type PartyBuildingTargetRecord,
  type PartyEvaluationKind,
  type PartyEvaluationRecord,
  type PartyMemberPosition,
  type PartyMemberRecord,
  type PartyOrganizationLevel,
  type PartyOrganizationRecord,
  type PartyOrganizationSector,
} from '../models.js';
import { DOCUMENTED } from '../figures.js';
import { withSearchNames } from '../../../platform/query/search-name.js';
import {
  BEIGUAN_ORGAN_UNITS,
  GENERATED_ORGAN_COUNT,
  organizationName,
  personName,
  STUDY_TITLES,
  THEMED_TITLES,
  VOLUNTEER_TITLES,
} from './names.js';

/**
 * The party-building world: for every district a 区直属机关工委 with its organs, for every street
 * a 党工委 (a town: 党委) with its 机关 branch, one party organization per community or village,
 * 两新 organizations in the guaranteed enterprises, members, activities with attendance and
 * evaluations. Documented records (documents 000, 001, 003, 004) are placed exactly; generated
 * ones fall in each district's document year and never change a documented figure (documented
 * figures are counts of kinds or organizations that generation does not produce).
 */
export interface SeedReport {
  domain: 'party-building';
  counts: Record<'organizations' | 'members' | 'activities' | 'attendances' | 'evaluations' | 'targets', number>;
  elapsedMs: number;
}

/** The year each district's document describes; generated activities fall in it. */
const DOCUMENT_YEAR: Record<string, number> = { '120104': 2010, '410102': 2007, '410503': 2020, '120116': 2016 };
/** 北关区's document covers January to November 2020; December is the documented 宣讲. */
const LAST_GENERATED_MONTH = 11;
/** Every third guaranteed resident may be linked to a member, so most residents are not members. */
const RESIDENT_STRIDE = 3;

export function shanghai(date: string, time = '09:00'): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

function day(year: number, month: number, dayOfMonth: number, time = '09:00'): Date {
  return shanghai(`${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`, time);
}

function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * 3_600_000);
}

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

class PartyWorld {
  readonly organizations: PartyOrganizationRecord[] = [];
  readonly members: PartyMemberRecord[] = [];
  readonly activities: PartyActivityRecord[] = [];
  readonly attendances: PartyAttendanceRecord[] = [];
  readonly evaluations: PartyEvaluationRecord[] = [];
  readonly targets: PartyBuildingTargetRecord[] = [];
  readonly membersOf = new Map<string, PartyMemberRecord[]>();
  private readonly residentSlots = new Map<string, number[]>();
  private attendanceCount = 0;

  constructor(
    private readonly random: SeededRandom,
    readonly scale: number,
  ) {}

  scaled(count: number): number {
    return Math.max(1, Math.round(count * this.scale));
  }

  /** A guaranteed resident of `communityCode` not yet linked to a member, or null when none is left. */
  private takeResident(communityCode: string): string | null {
    let slots = this.residentSlots.get(communityCode);
    if (!slots) {
      slots = [];
      for (let i = 0; i < GUARANTEED_RESIDENTS_PER_COMMUNITY; i += RESIDENT_STRIDE) slots.push(i);
      this.residentSlots.set(communityCode, slots);
    }
    const index = slots.shift();
    return index === undefined ? null : residentId(communityCode, index);
  }

  addOrganization(spec: OrganizationSpec): PartyOrganizationRecord {
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
      const position: PartyMemberPosition = n === 0 ? 'SECRETARY' : n === 1 ? 'DEPUTY_SECRETARY' : n <= committee + 1 ? 'COMMITTEE_MEMBER' : 'MEMBER';
      const documentedName = n === 0 ? spec.secretaryName : n === 1 ? spec.deputySecretaryName : undefined;
      members.push(this.member(organization, n, position, year, spec.residences, documentedName));
    }
    organization.secretaryName = members[0].name;
    this.organizations.push(organization);
    this.members.push(...members);
    this.membersOf.set(organization._id, members);
    return organization;
  }

  private member(organization: PartyOrganizationRecord, n: number, position: PartyMemberPosition, year: number, residences: string[], name?: string): PartyMemberRecord {
    const random = this.random;
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
      residentId: this.takeResident(residence),
      residenceCommunityCode: residence,
      divisionCode: organization.divisionCode,
      ...divisionAncestry(organization.divisionCode),
    };
  }

  addActivity(spec: ActivitySpec): PartyActivityRecord {
    const index = this.activities.length;
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
    this.activities.push(activity);
    for (const member of spec.attendees) {
      this.attendances.push({
        _id: `patt-${String(this.attendanceCount++).padStart(7, '0')}`,
        activityId: activity._id,
        memberId: member._id,
        memberOrganizationId: member.organizationId,
        startsAt: activity.startsAt,
        volunteerHours: hoursEach,
        divisionCode: activity.divisionCode,
        ...divisionAncestry(activity.divisionCode),
      });
    }
    return activity;
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

  addEvaluation(organization: PartyOrganizationRecord, kind: PartyEvaluationKind, year: number): void {
    const score = this.random.int(680, 990) / 10;
    const grade = score >= 90 ? 'EXCELLENT' : score >= 80 ? 'GOOD' : score >= 60 ? 'PASS' : 'FAIL';
    this.evaluations.push({
      _id: `peval-${organization._id.replace(/^porg-/, '')}-${year}-${kind}`,
      organizationId: organization._id,
      kind,
      year,
      score,
      grade,
      divisionCode: organization.divisionCode,
      ...divisionAncestry(organization.divisionCode),
    });
  }

  /** The routine of a year: study sessions, volunteer service and a themed practice. */
  addRoutineActivities(organization: PartyOrganizationRecord, year: number, plan: { study: number; volunteer: number; themed: number }): void {
    const random = this.random;
    const month = () => random.int(1, LAST_GENERATED_MONTH);
    for (let i = 0; i < this.scaled(plan.study); i++) {
      const startsAt = day(year, month(), random.int(1, 28), '14:30');
      this.addActivity({ kind: 'STUDY_SESSION', title: random.pick(STUDY_TITLES), startsAt, endsAt: addHours(startsAt, 2), organization, divisionCode: organization.divisionCode, attendees: this.someMembersOf(organization, 0.5) });
    }
    for (let i = 0; i < this.scaled(plan.volunteer); i++) {
      const startsAt = day(year, month(), random.int(1, 28), '08:30');
      this.addActivity({
        kind: 'VOLUNTEER_SERVICE',
        title: random.pick(VOLUNTEER_TITLES),
        startsAt,
        endsAt: addHours(startsAt, 3),
        organization,
        divisionCode: organization.divisionCode,
        attendees: this.someMembersOf(organization, 0.3),
        otherParticipants: random.int(0, 30),
        hoursEach: random.int(2, 3),
      });
    }
    for (let i = 0; i < (plan.themed ? this.scaled(plan.themed) : 0); i++) {
      const startsAt = day(year, month(), random.int(1, 28), '09:00');
      this.addActivity({ kind: 'THEMED_PRACTICE', title: random.pick(THEMED_TITLES), startsAt, endsAt: addHours(startsAt, 3), organization, divisionCode: organization.divisionCode, attendees: this.someMembersOf(organization, 0.6) });
    }
  }
}

function foundedBetween(random: SeededRandom, from: number, to: number): Date {
  return day(random.int(from, to), random.int(1, 12), random.int(1, 28), '00:00');
}

interface StreetOrganizations {
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

function buildStreet(world: PartyWorld, street: DivisionSeed, random: SeededRandom): StreetOrganizations {
  const year = DOCUMENT_YEAR[street.code.slice(0, 6)];
  const town = street.kind === 'TOWN';
  const communities = childrenOf(street.code);
  const codes = communities.map((c) => c.code);
  const committee = world.addOrganization({
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
  const organ = world.addOrganization({
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
    const level: PartyOrganizationLevel = street.name === '大港街道' ? 'COMMITTEE' : !village && random.chance(0.3) ? 'GENERAL_BRANCH' : 'BRANCH';
    result.community.set(
      community.code,
      world.addOrganization({
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
        world.addOrganization({
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
    world.addRoutineActivities(organization, year, { study: nonPublic ? 2 : 4, volunteer: organization.level === 'WORKING_COMMITTEE' ? 0 : nonPublic ? 1 : 4, themed: nonPublic ? 0 : 1 });
    if (organization.sector === 'COMMUNITY' || organization.sector === 'RURAL') world.addEvaluation(organization, 'ANNUAL_ASSESSMENT', year);
  }
  return result;
}

/** 北关区 (003): 区直属机关工委 with its 47 organs, and the December 2020 宣讲 of the 五中全会. */
function seedBeiguanOrgans(world: PartyWorld, district: DivisionSeed, random: SeededRandom, residences: string[]): void {
  const committee = districtOrgansCommittee(world, district, random, residences, DOCUMENTED.beiguanDeputySecretary);
  const organs = BEIGUAN_ORGAN_UNITS.map(([unit, level], i) => districtOrgan(world, district, committee, random, residences, unit, level, i));
  const leaders = organs.flatMap((organ) => world.officersOf(organ, ['SECRETARY', 'DEPUTY_SECRETARY']));
  const training = shanghai('2020-12-09', '14:30');
  world.addActivity({
    kind: 'TRAINING',
    title: '学习贯彻党的十九届五中全会精神集中宣讲动员暨培训会议',
    startsAt: training,
    endsAt: addHours(training, 2.5),
    organization: committee,
    divisionCode: district.code,
    attendees: leaders,
    source: '003',
  });
  world.addActivity({
    kind: 'LECTURE',
    title: '区直属机关宣讲团：学习贯彻党的十九届五中全会精神集中宣讲',
    startsAt: shanghai('2020-12-09', '15:00'),
    endsAt: shanghai('2020-12-31', '18:00'),
    organization: committee,
    divisionCode: district.code,
    attendees: leaders,
    source: '003',
  });
  world.addActivity({
    kind: 'LECTURE',
    title: '百姓宣讲团：学习贯彻党的十九届五中全会精神分众化宣讲',
    startsAt: shanghai('2020-12-09', '15:00'),
    endsAt: shanghai('2021-02-28', '18:00'),
    organization: committee,
    divisionCode: district.code,
    attendees: organs.flatMap((organ) => world.officersOf(organ, ['MEMBER']).slice(0, 1)),
    source: '003',
  });
}

function districtOrgansCommittee(world: PartyWorld, district: DivisionSeed, random: SeededRandom, residences: string[], deputySecretaryName?: string): PartyOrganizationRecord {
  const committee = world.addOrganization({
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
  world.addRoutineActivities(committee, DOCUMENT_YEAR[district.code], { study: 4, volunteer: 0, themed: 0 });
  return committee;
}

function districtOrgan(
  world: PartyWorld,
  district: DivisionSeed,
  committee: PartyOrganizationRecord,
  random: SeededRandom,
  residences: string[],
  unit: string,
  level: PartyOrganizationLevel,
  index: number,
): PartyOrganizationRecord {
  const size = level === 'COMMITTEE' ? random.int(40, 80) : level === 'GENERAL_BRANCH' ? random.int(20, 40) : random.int(6, 18);
  const organ = world.addOrganization({
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
  world.addRoutineActivities(organ, DOCUMENT_YEAR[district.code], { study: 4, volunteer: 1, themed: 0 });
  return organ;
}

/** 广开街 (000), 2010: 创先争优 in 机关, 社区 and 两新 organizations, monthly 中心组学习, the monthly clean-up day. */
function seedGuangkai(world: PartyWorld, street: StreetOrganizations, random: SeededRandom): void {
  const all = [street.organ, ...street.community.values(), ...street.nonPublic];
  const mobilisation = shanghai('2010-05-10', '09:00');
  world.addActivity({
    kind: 'STUDY_SESSION',
    title: '在全街基层党组织和党员中深入开展创先争优活动动员大会',
    startsAt: mobilisation,
    endsAt: addHours(mobilisation, 2),
    organization: street.committee,
    divisionCode: street.committee.divisionCode,
    attendees: [...world.officersOf(street.committee, ['SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER']), ...all.flatMap((o) => world.officersOf(o, ['SECRETARY']))],
    source: '000',
  });
  for (let month = 1; month <= 12; month++) {
    const startsAt = day(2010, month, 8, '14:30');
    world.addActivity({ kind: 'STUDY_SESSION', title: '党工委中心组理论学习', startsAt, endsAt: addHours(startsAt, 2), organization: street.committee, divisionCode: street.committee.divisionCode, attendees: world.someMembersOf(street.committee, 0.9), source: '000' });
  }
  // 每月最后一个周六定为“卫生环境大清理日” (from March 2010, when the 300-day rectification began).
  for (let month = 3; month <= 12; month++) {
    const lastSaturday = lastWeekdayOfMonth(2010, month, 6);
    for (const organization of street.community.values()) {
      const startsAt = day(2010, month, lastSaturday, '08:30');
      world.addActivity({
        kind: 'VOLUNTEER_SERVICE',
        title: '卫生环境大清理日',
        startsAt,
        endsAt: addHours(startsAt, 3),
        organization,
        divisionCode: organization.divisionCode,
        attendees: world.someMembersOf(organization, 0.5),
        otherParticipants: random.int(20, 60),
        hoursEach: 3,
        source: '000',
      });
    }
  }
  for (const organization of all) world.addEvaluation(organization, 'STRIVE_FOR_EXCELLENCE', 2010);
}

/** The day of the month of the last `weekday` (0 = Sunday) in a month. */
function lastWeekdayOfMonth(year: number, month: number, weekday: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7);
}

/** 桐柏路街道 (001), 2007: 风和日丽's weekly 科普 and monthly competitions, 西站西's chat team, 开元's volunteers. */
function seedTongbailu(world: PartyWorld, street: StreetOrganizations, random: SeededRandom): void {
  const organizationOf = (name: string) => street.community.get(divisionByName(name).code)!;
  const fengheRili = organizationOf('风和日丽社区');
  const SCIENCE_TITLES = ['社区科普大学讲座', '科普宣传队进楼院', '书法协会活动', '布艺制作活动'];
  for (let date = new Date(Date.UTC(2007, 0, 6)); date.getUTCFullYear() === 2007; date = new Date(date.getTime() + 7 * 86_400_000)) {
    const startsAt = day(2007, date.getUTCMonth() + 1, date.getUTCDate(), '09:00');
    world.addActivity({ kind: 'SCIENCE_POPULARIZATION', title: random.pick(SCIENCE_TITLES), startsAt, endsAt: addHours(startsAt, 2), organization: fengheRili, divisionCode: fengheRili.divisionCode, attendees: world.someMembersOf(fengheRili, 0.3), otherParticipants: random.int(10, 40), source: '001' });
  }
  for (let month = 1; month <= 12; month++) {
    const startsAt = day(2007, month, lastWeekdayOfMonth(2007, month, 0), '09:00');
    world.addActivity({ kind: 'COMPETITION', title: `风和日丽社区${month}月党员科普文化比赛`, startsAt, endsAt: addHours(startsAt, 3), organization: fengheRili, divisionCode: fengheRili.divisionCode, attendees: world.someMembersOf(fengheRili, 0.4), otherParticipants: random.int(20, 60), source: '001' });
  }
  const xizhanxi = organizationOf('西站西社区');
  const kaiyuan = organizationOf('开元社区');
  for (let month = 1; month <= 12; month++) {
    const visit = day(2007, month, 10, '15:00');
    world.addActivity({ kind: 'THEMED_PRACTICE', title: '党员聊天小分队入户拉家常、宣传政策、调解纠纷', startsAt: visit, endsAt: addHours(visit, 2), organization: xizhanxi, divisionCode: xizhanxi.divisionCode, attendees: world.someMembersOf(xizhanxi, 0.25), source: '001' });
    const service = day(2007, month, 20, '09:00');
    world.addActivity({ kind: 'VOLUNTEER_SERVICE', title: '党员志愿者队伍“亲情服务”', startsAt: service, endsAt: addHours(service, 3), organization: kaiyuan, divisionCode: kaiyuan.divisionCode, attendees: world.someMembersOf(kaiyuan, 0.4), hoursEach: 3, source: '001' });
  }
  const study = shanghai('2007-03-15', '14:30');
  world.addActivity({ kind: 'STUDY_SESSION', title: '“讲党性、重品行、做表率”活动动员会', startsAt: study, endsAt: addHours(study, 2), organization: street.committee, divisionCode: street.committee.divisionCode, attendees: [...(world.membersOf.get(street.committee._id) ?? []), ...(world.membersOf.get(street.organ._id) ?? [])], source: '001' });
}

/** 大港街道 (004), 2016: the 1,000-volunteer tree planting at 福苑里, 先锋工程 and 非公党建. */
function seedDagang(world: PartyWorld, street: StreetOrganizations, random: SeededRandom): void {
  const fuyuanli = street.community.get(divisionByName('福苑里社區').code)!;
  const planting = shanghai(DOCUMENTED.treePlanting.date, '08:30');
  world.addActivity({
    kind: 'VOLUNTEER_SERVICE',
    title: '千名志愿者社区植树劳动',
    startsAt: planting,
    endsAt: addHours(planting, DOCUMENTED.treePlanting.hoursEach),
    organization: street.committee,
    divisionCode: fuyuanli.divisionCode,
    attendees: [...(world.membersOf.get(street.committee._id) ?? []), ...(world.membersOf.get(street.organ._id) ?? []), ...(world.membersOf.get(fuyuanli._id) ?? [])],
    participantCount: DOCUMENTED.treePlanting.volunteers,
    hoursEach: DOCUMENTED.treePlanting.hoursEach,
    outputs: [{ key: 'treesPlanted', label: '栽种树苗', value: DOCUMENTED.treePlanting.trees, unit: '棵' }],
    source: '004',
  });
  const secretaries = [street.organ, ...street.community.values(), ...street.nonPublic].flatMap((o) => world.officersOf(o, ['SECRETARY']));
  const pioneer = shanghai('2016-04-14', '09:00');
  world.addActivity({ kind: 'TRAINING', title: '“先锋工程”基层党组织书记培训', startsAt: pioneer, endsAt: addHours(pioneer, 3), organization: street.committee, divisionCode: street.committee.divisionCode, attendees: secretaries, source: '004' });
  const nonPublicSecretaries = street.nonPublic.flatMap((o) => world.officersOf(o, ['SECRETARY']));
  const training = shanghai('2016-06-16', '09:00');
  world.addActivity({ kind: 'TRAINING', title: '非公企业党组织书记培训', startsAt: training, endsAt: addHours(training, 3), organization: street.committee, divisionCode: street.committee.divisionCode, attendees: nonPublicSecretaries, source: '004' });
  for (const month of [3, 6, 9, 12]) {
    const startsAt = day(2016, month, 25, '14:30');
    world.addActivity({ kind: 'STUDY_SESSION', title: '非公党建联席会议（一听二看三走访四查找）', startsAt, endsAt: addHours(startsAt, 2), organization: street.committee, divisionCode: street.committee.divisionCode, attendees: nonPublicSecretaries, source: '004' });
  }
  for (const organization of street.nonPublic) {
    const startsAt = day(2016, 5, random.int(1, 28), '14:00');
    world.addActivity({ kind: 'THEMED_PRACTICE', title: '“岗位先锋”互比互学、创先争优', startsAt, endsAt: addHours(startsAt, 2), organization, divisionCode: organization.divisionCode, attendees: world.someMembersOf(organization, 0.9), source: '004' });
  }
  for (const organization of street.community.values()) {
    for (let i = 0; i < world.scaled(8); i++) {
      const startsAt = day(2016, random.int(1, 11), random.int(1, 28), '09:00');
      world.addActivity({
        kind: 'VOLUNTEER_SERVICE',
        title: i % 2 === 0 ? '“學雷鋒見行動”志愿服务' : '“身邊人、身邊事”道德講堂',
        startsAt,
        endsAt: addHours(startsAt, 2),
        organization,
        divisionCode: organization.divisionCode,
        attendees: world.someMembersOf(organization, 0.3),
        otherParticipants: random.int(5, 30),
        hoursEach: 2,
      });
    }
  }
  world.targets.push({
    _id: `ptarget-${street.committee.divisionCode}-2016-volunteerActivities`,
    divisionCode: street.committee.divisionCode,
    year: 2016,
    indicator: 'volunteerActivities',
    value: DOCUMENTED.dagangVolunteerActivityTarget,
    unit: '次',
    source: '004',
  });
}

async function refill<T>(model: Model<T>, docs: T[]): Promise<void> {
  await model.deleteMany({}).exec();
  await model.createIndexes();
  const named = withSearchNames(model, docs);
  for (let i = 0; i < named.length; i += 5_000) await model.insertMany(named.slice(i, i + 5_000), { lean: true });
}

export async function seedPartyBuilding(connection: Connection, options: { scale: number; seed: number }): Promise<SeedReport> {
  const started = Date.now();
  const root = new SeededRandom(options.seed).fork('party-building');
  const world = new PartyWorld(root.fork('world'), options.scale);
  for (const spec of DISTRICT_SPECS) {
    const district = divisionByName(spec.name);
    const random = root.fork(district.code);
    const residences = childrenOf(district.code).flatMap((street) => childrenOf(street.code).map((c) => c.code));
    if (district.code === '410503') seedBeiguanOrgans(world, district, random, residences);
    else {
      const committee = districtOrgansCommittee(world, district, random, residences);
      BEIGUAN_ORGAN_UNITS.slice(0, GENERATED_ORGAN_COUNT).forEach(([unit, level], i) => districtOrgan(world, district, committee, random, residences, unit, level, i));
    }
    for (const street of childrenOf(district.code)) {
      const organizations = buildStreet(world, street, random.fork(street.code));
      if (street.name === '广开街道') seedGuangkai(world, organizations, random.fork('000'));
      if (street.name === '桐柏路街道') seedTongbailu(world, organizations, random.fork('001'));
      if (street.name === '大港街道') seedDagang(world, organizations, random.fork('004'));
    }
  }
  const models = createPartyBuildingModels(connection);
  await refill(models.organization, world.organizations);
  await refill(models.member, world.members);
  await refill(models.activity, world.activities);
  await refill(models.attendance, world.attendances);
  await refill(models.evaluation, world.evaluations);
  await refill(models.target, world.targets);
  return {
    domain: 'party-building',
    counts: {
      organizations: world.organizations.length,
      members: world.members.length,
      activities: world.activities.length,
      attendances: world.attendances.length,
      evaluations: world.evaluations.length,
      targets: world.targets.length,
    },
    elapsedMs: Date.now() - started,
  };
}
