import type { SeededRandom } from '../../../platform/world/random.js';
import type { PartyOrganizationLevel } from '../models.js';
import { SURNAMES } from '../../../platform/world/names.js';

/**
 * Name banks for generated party-building records. The 47 units are 北关区's district organs
 * (区直属机关, document 003 counts 47 party organizations there); their names are the usual
 * departments of a Chinese district, with the level their size suggests.
 */
export const BEIGUAN_ORGAN_UNITS: Array<[string, PartyOrganizationLevel]> = [
  ['区委办公室', 'BRANCH'],
  ['区人大常委会机关', 'BRANCH'],
  ['区政府办公室', 'BRANCH'],
  ['区政协机关', 'BRANCH'],
  ['区纪委监委机关', 'GENERAL_BRANCH'],
  ['区委组织部', 'BRANCH'],
  ['区委宣传部', 'BRANCH'],
  ['区委统战部', 'BRANCH'],
  ['区委政法委', 'BRANCH'],
  ['区委编办', 'BRANCH'],
  ['区委党校', 'BRANCH'],
  ['区发展和改革委员会', 'BRANCH'],
  ['区教育局', 'COMMITTEE'],
  ['区科学技术和工业信息化局', 'BRANCH'],
  ['区民政局', 'GENERAL_BRANCH'],
  ['区司法局', 'GENERAL_BRANCH'],
  ['区财政局', 'GENERAL_BRANCH'],
  ['区人力资源和社会保障局', 'GENERAL_BRANCH'],
  ['区住房和城乡建设局', 'GENERAL_BRANCH'],
  ['区城市管理局', 'COMMITTEE'],
  ['区交通运输局', 'BRANCH'],
  ['区农业农村局', 'BRANCH'],
  ['区水利局', 'BRANCH'],
  ['区商务局', 'BRANCH'],
  ['区文化广电和旅游局', 'BRANCH'],
  ['区卫生健康委员会', 'COMMITTEE'],
  ['区退役军人事务局', 'BRANCH'],
  ['区应急管理局', 'BRANCH'],
  ['区审计局', 'BRANCH'],
  ['区市场监督管理局', 'GENERAL_BRANCH'],
  ['区统计局', 'BRANCH'],
  ['区医疗保障局', 'BRANCH'],
  ['区信访局', 'BRANCH'],
  ['区机关事务管理局', 'BRANCH'],
  ['区行政审批服务局', 'BRANCH'],
  ['区总工会', 'BRANCH'],
  ['团区委', 'BRANCH'],
  ['区妇联', 'BRANCH'],
  ['区科协', 'BRANCH'],
  ['区残联', 'BRANCH'],
  ['区工商联', 'BRANCH'],
  ['区红十字会', 'BRANCH'],
  ['区档案馆', 'BRANCH'],
  ['区融媒体中心', 'BRANCH'],
  ['区人民法院', 'COMMITTEE'],
  ['区人民检察院', 'GENERAL_BRANCH'],
  ['区住房保障中心', 'BRANCH'],
];

/** Generated districts get a smaller set of organs: the first units of the same list. */
export const GENERATED_ORGAN_COUNT = 12;

const LEVEL_SUFFIX: Record<PartyOrganizationLevel, string> = {
  WORKING_COMMITTEE: '党工委',
  COMMITTEE: '党委',
  GENERAL_BRANCH: '党总支',
  BRANCH: '党支部',
};

export function organizationName(unit: string, level: PartyOrganizationLevel): string {
  return `${unit}${LEVEL_SUFFIX[level]}`;
}

const MALE_GIVEN = [
  '伟',
  '强',
  '军',
  '磊',
  '洋',
  '勇',
  '杰',
  '涛',
  '明',
  '超',
  '建国',
  '建华',
  '志强',
  '国庆',
  '海峰',
  '文斌',
  '红军',
  '振华',
  '永刚',
  '立新',
];
const FEMALE_GIVEN = [
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '艳',
  '娟',
  '霞',
  '玲',
  '燕',
  '秀英',
  '桂兰',
  '凤兰',
  '丽丽',
  '海燕',
  '红梅',
  '春华',
  '淑珍',
  '晓梅',
  '玉兰',
];

export function personName(random: SeededRandom, sex: 'MALE' | 'FEMALE'): string {
  return random.pick(SURNAMES) + random.pick(sex === 'MALE' ? MALE_GIVEN : FEMALE_GIVEN);
}

export const STUDY_TITLES = [
  '“三会一课”党员大会',
  '主题党日：学习党章党规',
  '专题组织生活会',
  '党课：学习习近平新时代中国特色社会主义思想',
];
export const VOLUNTEER_TITLES = [
  '党员志愿者环境清整',
  '关爱空巢老人上门服务',
  '文明交通志愿服务',
  '社区义诊志愿服务',
  '楼院卫生大扫除',
  '政策宣传进楼院',
];
export const THEMED_TITLES = ['“党员先锋岗”主题实践', '“我为群众办实事”主题实践', '“双报到”结对共建'];
