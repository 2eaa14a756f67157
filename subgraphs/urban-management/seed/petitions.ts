import { divisionAncestry } from '../../../platform/world/division-code.js';
import { makeMobile } from '../../../platform/world/identifiers.js';
import { divisionByName, divisionsOfLevel, type DivisionSeed } from '../../../platform/world/divisions.js';
import { enterpriseId, GUARANTEED_RESIDENTS_PER_COMMUNITY, residentId } from '../../../platform/world/keys.js';
import type { SeededRandom } from '../../../platform/world/random.js';
import {
  ACCEPTANCE_DAYS,
  addDays,
  HANDLING_DAYS,
  PETITION_CATEGORIES,
  type PetitionCategory,
  type PetitionChannel,
  type PetitionRecord,
} from '../models.js';
import { day as midnight } from './documented.js';

/**
 * Seeded petitions, after 南开区's 2012 work plan (电子信访平台): the district leaders' monthly
 * reception days (大接访), first letters and visits (初信初访) in every street, handled within the
 * statutory limits (a few accepted late), and long-standing cases (积案) — matters petitioned four
 * times, half of them resolved in 2012. Some concern an enterprise or a grid incident of their
 * community, and three in 北关区 an assistance decision (civil affairs' first 低保 cases, whose
 * ids the civil-affairs seeder assigns first and independently of scale).
 */
type SeededPetition = Omit<PetitionRecord, '_id'>;
type Outcome = 'CLOSED' | 'ASSIGNED' | 'RECEIVED';

const NANKAI = divisionByName('南开区').code;
const BEIGUAN = divisionByName('北关区').code;
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['秀兰', '建华', '凤英', '德明', '玉珍', '长海', '桂芳', '永刚'];
const TITLES: Record<PetitionCategory, string> = {
  HOUSING_AND_DEMOLITION: '反映旧楼改造补偿问题',
  SOCIAL_ASSISTANCE: '对低保审批结果有异议',
  LABOUR_AND_WAGES: '反映企业拖欠工资',
  URBAN_MANAGEMENT: '反映小区环境问题长期未解决',
  ENVIRONMENT: '反映餐饮油烟扰民',
  ENTERPRISE_DISPUTE: '与企业的合同纠纷',
  OTHER: '其他诉求',
};

/** 9:30 in Asia/Shanghai on a date (`YYYY-MM-DD`), when petitions are received. */
const day = (date: string) => new Date(midnight(date).getTime() + (9 * 60 + 30) * 60_000);

interface Intake {
  community: DivisionSeed | null;
  divisionCode: string;
  channel: PetitionChannel;
  category: PetitionCategory;
  receivedAt: Date;
  matterKey: string;
  repeat: boolean;
  longStandingStatus: PetitionRecord['longStandingStatus'];
  outcome: Outcome;
  satisfaction?: number;
  lateAcceptance?: boolean;
  enterpriseId?: string | null;
  assistanceCaseId?: string | null;
  incidentId?: string | null;
}

function petition(random: SeededRandom, intake: Intake): SeededPetition {
  const accepted = intake.outcome !== 'RECEIVED';
  const acceptedAt = accepted
    ? addDays(intake.receivedAt, intake.lateAcceptance ? random.int(ACCEPTANCE_DAYS + 1, 20) : random.int(1, 7))
    : null;
  const handlingDeadline = acceptedAt ? addDays(acceptedAt, HANDLING_DAYS) : null;
  const repliedAt = acceptedAt && intake.outcome === 'CLOSED' ? addDays(acceptedAt, random.int(10, 55)) : null;
  const petitioner =
    intake.community && random.chance(0.7)
      ? residentId(intake.community.code, random.int(0, GUARANTEED_RESIDENTS_PER_COMMUNITY - 1))
      : null;
  return {
    divisionCode: intake.divisionCode,
    ...divisionAncestry(intake.divisionCode),
    title: TITLES[intake.category],
    content: null,
    channel: intake.channel,
    category: intake.category,
    status: intake.outcome,
    petitionerId: petitioner,
    petitionerName: random.pick(SURNAMES) + random.pick(GIVEN),
    petitionerPhone: makeMobile(random),
    matterKey: intake.matterKey,
    repeat: intake.repeat,
    longStandingStatus: intake.longStandingStatus,
    receivedAt: intake.receivedAt,
    acceptanceDeadline: addDays(intake.receivedAt, ACCEPTANCE_DAYS),
    acceptedAt,
    handlingDeadline,
    deadlineExtension: 'NONE',
    assignedAt: acceptedAt && intake.outcome !== 'RECEIVED' ? addDays(acceptedAt, 1) : null,
    department: acceptedAt ? '街道信访办' : null,
    repliedAt,
    reply: repliedAt ? '已答复信访人并告知处理结果' : null,
    closedAt: repliedAt ? addDays(repliedAt, 3) : null,
    satisfaction: repliedAt ? (intake.satisfaction ?? random.int(3, 5)) : null,
    enterpriseId: intake.enterpriseId ?? null,
    assistanceCaseId: intake.assistanceCaseId ?? null,
    incidentId: intake.incidentId ?? null,
  };
}

/** `incidentIds` maps a community code to a seeded incident of it (for petitions about an incident). */
export function generatePetitions(random: SeededRandom, incidentIds: Map<string, string>): SeededPetition[] {
  const communities = divisionsOfLevel('COMMUNITY', NANKAI);
  const records: SeededPetition[] = [];
  let matter = 0;
  const nextMatter = () => `matter-seed-${String(++matter).padStart(4, '0')}`;

  // 大接访: the district leaders receive petitioners on the 15th of every month of 2012.
  for (let month = 1; month <= 12; month++) {
    const local = random.fork(`reception-${month}`);
    for (let i = 0; i < local.int(3, 6); i++) {
      const community = local.pick(communities);
      const category = local.pick(PETITION_CATEGORIES);
      records.push(
        petition(local, {
          community,
          divisionCode: community.code,
          channel: 'LEADER_RECEPTION_DAY',
          category,
          receivedAt: day(`2012-${String(month).padStart(2, '0')}-15`),
          matterKey: nextMatter(),
          repeat: false,
          longStandingStatus: 'NONE',
          outcome: month === 12 && i === 0 ? 'ASSIGNED' : 'CLOSED',
          enterpriseId:
            category === 'LABOUR_AND_WAGES' || category === 'ENTERPRISE_DISPUTE'
              ? enterpriseId(community.code, 0)
              : null,
          incidentId:
            category === 'URBAN_MANAGEMENT' || category === 'ENVIRONMENT'
              ? (incidentIds.get(community.code) ?? null)
              : null,
        }),
      );
    }
  }

  // 初信初访: first letters, visits, online petitions and hotline calls, one new matter each.
  const channels: PetitionChannel[] = ['LETTER', 'VISIT', 'ONLINE', 'HOTLINE'];
  communities.forEach((community, c) => {
    const local = random.fork(`first-${community.code}`);
    for (let i = 0; i < 2; i++) {
      const category = local.pick(PETITION_CATEGORIES);
      records.push(
        petition(local, {
          community,
          divisionCode: community.code,
          channel: channels[(c + i) % channels.length],
          category,
          receivedAt: day(
            `2012-${String(local.int(1, 11)).padStart(2, '0')}-${String(local.int(1, 28)).padStart(2, '0')}`,
          ),
          matterKey: nextMatter(),
          repeat: false,
          longStandingStatus: 'NONE',
          outcome: 'CLOSED',
          lateAcceptance: local.chance(0.1),
          enterpriseId:
            category === 'LABOUR_AND_WAGES' || category === 'ENTERPRISE_DISPUTE'
              ? enterpriseId(community.code, 1)
              : null,
          incidentId: category === 'URBAN_MANAGEMENT' ? (incidentIds.get(community.code) ?? null) : null,
        }),
      );
    }
  });

  // 积案: four matters petitioned four times since 2011; the fourth petition made each a
  // long-standing case, and two were resolved (closed) in 2012.
  for (let m = 0; m < 4; m++) {
    const local = random.fork(`long-standing-${m}`);
    const community = communities[(m * 7) % communities.length];
    const matterKey = nextMatter();
    const category: PetitionCategory = m % 2 === 0 ? 'HOUSING_AND_DEMOLITION' : 'URBAN_MANAGEMENT';
    for (let i = 0; i < 4; i++) {
      const last = i === 3;
      records.push(
        petition(local, {
          community,
          divisionCode: community.code,
          channel: last ? 'LEADER_RECEPTION_DAY' : 'VISIT',
          category,
          receivedAt: day(`${last ? 2012 : 2011}-${String(2 + 3 * i).padStart(2, '0')}-15`),
          matterKey,
          repeat: i > 0,
          longStandingStatus: last ? (m < 2 ? 'RESOLVED' : 'LONG_STANDING') : 'NONE',
          outcome: last && m >= 2 ? 'ASSIGNED' : 'CLOSED',
          satisfaction: last ? 5 : local.int(1, 2),
        }),
      );
    }
  }

  // Assistance decisions contested in 北关区 (the district's civil-affairs bureau decided them).
  for (let i = 0; i < 3; i++) {
    const local = random.fork(`assistance-${i}`);
    records.push(
      petition(local, {
        community: null,
        divisionCode: BEIGUAN,
        channel: 'LETTER',
        category: 'SOCIAL_ASSISTANCE',
        receivedAt: day(`2020-0${3 + i}-10`),
        matterKey: nextMatter(),
        repeat: false,
        longStandingStatus: 'NONE',
        outcome: 'CLOSED',
        assistanceCaseId: `case-${String(i + 1).padStart(6, '0')}`,
      }),
    );
  }
  return records;
}
