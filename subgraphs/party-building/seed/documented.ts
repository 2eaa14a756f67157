import { divisionByName, type DivisionSeed } from '../../../platform/world/divisions.js';
import type { SeededRandom } from '../../../platform/world/random.js';
import { DOCUMENTED } from '../figures.js';
import type { PartyActivityKind, PartyMemberRecord } from '../models.js';
import { addActivity } from './activities.js';
import { addEvaluation } from './evaluations.js';
import { BEIGUAN_ORGAN_UNITS } from './names.js';
import { districtOrgan, districtOrgansCommittee, type StreetOrganizations } from './organizations.js';
import { addHours, day, type PartyWorld } from './world.js';

/**
 * The records written from the source documents (000, 001, 003, 004), placed exactly: they
 * never change a documented figure, since generation produces none of the counted kinds.
 */

/** 北关区 (003): 区直属机关工委 with its 47 organs, and the December 2020 宣讲 of the 五中全会. */
export function seedBeiguanOrgans(
  world: PartyWorld,
  district: DivisionSeed,
  random: SeededRandom,
  residences: string[],
): void {
  const committee = districtOrgansCommittee(world, district, random, residences, DOCUMENTED.beiguanDeputySecretary);
  const organs = BEIGUAN_ORGAN_UNITS.map(([unit, level], i) =>
    districtOrgan(world, district, committee, random, residences, unit, level, i),
  );
  const leaders = organs.flatMap((organ) => world.officersOf(organ, ['SECRETARY', 'DEPUTY_SECRETARY']));
  // The committee's 宣讲 of the 五中全会, in the district, for the organs' officers.
  const committeeActivity = (
    kind: PartyActivityKind,
    title: string,
    startsAt: Date,
    endsAt: Date,
    attendees: PartyMemberRecord[],
  ) =>
    addActivity(world, {
      kind,
      title,
      startsAt,
      endsAt,
      organization: committee,
      divisionCode: district.code,
      attendees,
      source: '003',
    });
  const training = day(2020, 12, 9, '14:30');
  committeeActivity(
    'TRAINING',
    '学习贯彻党的十九届五中全会精神集中宣讲动员暨培训会议',
    training,
    addHours(training, 2.5),
    leaders,
  );
  committeeActivity(
    'LECTURE',
    '区直属机关宣讲团：学习贯彻党的十九届五中全会精神集中宣讲',
    day(2020, 12, 9, '15:00'),
    day(2020, 12, 31, '18:00'),
    leaders,
  );
  const members = organs.flatMap((organ) => world.officersOf(organ, ['MEMBER']).slice(0, 1));
  committeeActivity(
    'LECTURE',
    '百姓宣讲团：学习贯彻党的十九届五中全会精神分众化宣讲',
    day(2020, 12, 9, '15:00'),
    day(2021, 2, 28, '18:00'),
    members,
  );
}

/** 广开街 (000), 2010: 创先争优 in 机关, 社区 and 两新 organizations, monthly 中心组学习, the monthly clean-up day. */
export function seedGuangkai(world: PartyWorld, street: StreetOrganizations, random: SeededRandom): void {
  const all = [street.organ, ...street.community.values(), ...street.nonPublic];
  const mobilisation = day(2010, 5, 10, '09:00');
  addActivity(world, {
    kind: 'STUDY_SESSION',
    title: '在全街基层党组织和党员中深入开展创先争优活动动员大会',
    startsAt: mobilisation,
    endsAt: addHours(mobilisation, 2),
    organization: street.committee,
    divisionCode: street.committee.divisionCode,
    attendees: [
      ...world.officersOf(street.committee, ['SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER']),
      ...all.flatMap((o) => world.officersOf(o, ['SECRETARY'])),
    ],
    source: '000',
  });
  for (let month = 1; month <= 12; month++) {
    const startsAt = day(2010, month, 8, '14:30');
    addActivity(world, {
      kind: 'STUDY_SESSION',
      title: '党工委中心组理论学习',
      startsAt,
      endsAt: addHours(startsAt, 2),
      organization: street.committee,
      divisionCode: street.committee.divisionCode,
      attendees: world.someMembersOf(street.committee, 0.9),
      source: '000',
    });
  }
  // 每月最后一个周六定为“卫生环境大清理日” (from March 2010, when the 300-day rectification began).
  for (let month = 3; month <= 12; month++) {
    const lastSaturday = lastWeekdayOfMonth(2010, month, 6);
    for (const organization of street.community.values()) {
      const startsAt = day(2010, month, lastSaturday, '08:30');
      addActivity(world, {
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
  for (const organization of all) addEvaluation(world, organization, 'STRIVE_FOR_EXCELLENCE', 2010);
}

/** The day of the month of the last `weekday` (0 = Sunday) in a month. */
function lastWeekdayOfMonth(year: number, month: number, weekday: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7);
}

/** 桐柏路街道 (001), 2007: 风和日丽's weekly 科普 and monthly competitions, 西站西's chat team, 开元's volunteers. */
export function seedTongbailu(world: PartyWorld, street: StreetOrganizations, random: SeededRandom): void {
  const organizationOf = (name: string) => street.community.get(divisionByName(name).code)!;
  const fengheRili = organizationOf('风和日丽社区');
  const SCIENCE_TITLES = ['社区科普大学讲座', '科普宣传队进楼院', '书法协会活动', '布艺制作活动'];
  for (
    let date = new Date(Date.UTC(2007, 0, 6));
    date.getUTCFullYear() === 2007;
    date = new Date(date.getTime() + 7 * 86_400_000)
  ) {
    const startsAt = day(2007, date.getUTCMonth() + 1, date.getUTCDate(), '09:00');
    addActivity(world, {
      kind: 'SCIENCE_POPULARIZATION',
      title: random.pick(SCIENCE_TITLES),
      startsAt,
      endsAt: addHours(startsAt, 2),
      organization: fengheRili,
      divisionCode: fengheRili.divisionCode,
      attendees: world.someMembersOf(fengheRili, 0.3),
      otherParticipants: random.int(10, 40),
      source: '001',
    });
  }
  for (let month = 1; month <= 12; month++) {
    const startsAt = day(2007, month, lastWeekdayOfMonth(2007, month, 0), '09:00');
    addActivity(world, {
      kind: 'COMPETITION',
      title: `风和日丽社区${month}月党员科普文化比赛`,
      startsAt,
      endsAt: addHours(startsAt, 3),
      organization: fengheRili,
      divisionCode: fengheRili.divisionCode,
      attendees: world.someMembersOf(fengheRili, 0.4),
      otherParticipants: random.int(20, 60),
      source: '001',
    });
  }
  const xizhanxi = organizationOf('西站西社区');
  const kaiyuan = organizationOf('开元社区');
  for (let month = 1; month <= 12; month++) {
    const visit = day(2007, month, 10, '15:00');
    addActivity(world, {
      kind: 'THEMED_PRACTICE',
      title: '党员聊天小分队入户拉家常、宣传政策、调解纠纷',
      startsAt: visit,
      endsAt: addHours(visit, 2),
      organization: xizhanxi,
      divisionCode: xizhanxi.divisionCode,
      attendees: world.someMembersOf(xizhanxi, 0.25),
      source: '001',
    });
    const service = day(2007, month, 20, '09:00');
    addActivity(world, {
      kind: 'VOLUNTEER_SERVICE',
      title: '党员志愿者队伍“亲情服务”',
      startsAt: service,
      endsAt: addHours(service, 3),
      organization: kaiyuan,
      divisionCode: kaiyuan.divisionCode,
      attendees: world.someMembersOf(kaiyuan, 0.4),
      hoursEach: 3,
      source: '001',
    });
  }
  const study = day(2007, 3, 15, '14:30');
  addActivity(world, {
    kind: 'STUDY_SESSION',
    title: '“讲党性、重品行、做表率”活动动员会',
    startsAt: study,
    endsAt: addHours(study, 2),
    organization: street.committee,
    divisionCode: street.committee.divisionCode,
    attendees: [...(world.membersOf.get(street.committee._id) ?? []), ...(world.membersOf.get(street.organ._id) ?? [])],
    source: '001',
  });
}

/** 大港街道 (004), 2016: the 1,000-volunteer tree planting at 福苑里, 先锋工程 and 非公党建. */
export function seedDagang(world: PartyWorld, street: StreetOrganizations, random: SeededRandom): void {
  const fuyuanli = street.community.get(divisionByName('福苑里社區').code)!;
  const [plantingYear, plantingMonth, plantingDay] = DOCUMENTED.treePlanting.date.split('-').map(Number);
  const planting = day(plantingYear, plantingMonth, plantingDay, '08:30');
  addActivity(world, {
    kind: 'VOLUNTEER_SERVICE',
    title: '千名志愿者社区植树劳动',
    startsAt: planting,
    endsAt: addHours(planting, DOCUMENTED.treePlanting.hoursEach),
    organization: street.committee,
    divisionCode: fuyuanli.divisionCode,
    attendees: [
      ...(world.membersOf.get(street.committee._id) ?? []),
      ...(world.membersOf.get(street.organ._id) ?? []),
      ...(world.membersOf.get(fuyuanli._id) ?? []),
    ],
    participantCount: DOCUMENTED.treePlanting.volunteers,
    hoursEach: DOCUMENTED.treePlanting.hoursEach,
    outputs: [{ key: 'treesPlanted', label: '栽种树苗', value: DOCUMENTED.treePlanting.trees, unit: '棵' }],
    source: '004',
  });
  const secretaries = [street.organ, ...street.community.values(), ...street.nonPublic].flatMap((o) =>
    world.officersOf(o, ['SECRETARY']),
  );
  const pioneer = day(2016, 4, 14, '09:00');
  addActivity(world, {
    kind: 'TRAINING',
    title: '“先锋工程”基层党组织书记培训',
    startsAt: pioneer,
    endsAt: addHours(pioneer, 3),
    organization: street.committee,
    divisionCode: street.committee.divisionCode,
    attendees: secretaries,
    source: '004',
  });
  const nonPublicSecretaries = street.nonPublic.flatMap((o) => world.officersOf(o, ['SECRETARY']));
  const training = day(2016, 6, 16, '09:00');
  addActivity(world, {
    kind: 'TRAINING',
    title: '非公企业党组织书记培训',
    startsAt: training,
    endsAt: addHours(training, 3),
    organization: street.committee,
    divisionCode: street.committee.divisionCode,
    attendees: nonPublicSecretaries,
    source: '004',
  });
  for (const month of [3, 6, 9, 12]) {
    const startsAt = day(2016, month, 25, '14:30');
    addActivity(world, {
      kind: 'STUDY_SESSION',
      title: '非公党建联席会议（一听二看三走访四查找）',
      startsAt,
      endsAt: addHours(startsAt, 2),
      organization: street.committee,
      divisionCode: street.committee.divisionCode,
      attendees: nonPublicSecretaries,
      source: '004',
    });
  }
  for (const organization of street.nonPublic) {
    const startsAt = day(2016, 5, random.int(1, 28), '14:00');
    addActivity(world, {
      kind: 'THEMED_PRACTICE',
      title: '“岗位先锋”互比互学、创先争优',
      startsAt,
      endsAt: addHours(startsAt, 2),
      organization,
      divisionCode: organization.divisionCode,
      attendees: world.someMembersOf(organization, 0.9),
      source: '004',
    });
  }
  for (const organization of street.community.values()) {
    for (let i = 0; i < world.scaled(8); i++) {
      const startsAt = day(2016, random.int(1, 11), random.int(1, 28), '09:00');
      addActivity(world, {
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
