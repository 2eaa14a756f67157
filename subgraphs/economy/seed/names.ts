import type { Industry } from '../models.js';

/** The words generated names are made of: firm stems, the company suffix and project word of each industry, the city of each district. */
export const NAME_STEMS = [
  '华信',
  '恒达',
  '鑫源',
  '联创',
  '博远',
  '天宇',
  '中兴',
  '永泰',
  '宏达',
  '金盛',
  '瑞丰',
  '新宇',
  '嘉禾',
  '锦程',
  '泰和',
  '广源',
  '德润',
  '正阳',
];
export const INDUSTRY_WORDS: Record<Industry, string> = {
  PETROCHEMICAL: '石化有限公司',
  TEXTILE_APPAREL: '纺织服饰有限公司',
  HIGH_END_EQUIPMENT: '智能装备有限公司',
  ELECTRONICS_IT: '电子科技有限公司',
  TECHNOLOGY_SERVICES: '科技服务有限公司',
  FINANCE: '投资管理有限公司',
  REAL_ESTATE: '房地产开发有限公司',
  COMMERCE: '商贸有限公司',
  BUSINESS_SERVICES: '企业管理咨询有限公司',
  CULTURE_TOURISM: '文化传媒有限公司',
  LOGISTICS: '物流有限公司',
};
export const PROJECT_WORDS: Record<Industry, string> = {
  PETROCHEMICAL: '精细化工',
  TEXTILE_APPAREL: '服装加工',
  HIGH_END_EQUIPMENT: '装备制造',
  ELECTRONICS_IT: '电子信息',
  TECHNOLOGY_SERVICES: '科技研发',
  FINANCE: '金融服务',
  REAL_ESTATE: '商住开发',
  COMMERCE: '商贸中心',
  BUSINESS_SERVICES: '商务服务',
  CULTURE_TOURISM: '文旅融合',
  LOGISTICS: '物流仓储',
};
export const CITY_PREFIX: Record<string, string> = {
  '120104': '天津',
  '120116': '天津',
  '410102': '郑州',
  '410503': '安阳',
};
