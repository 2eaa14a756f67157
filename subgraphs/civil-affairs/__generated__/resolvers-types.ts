import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DivisionRecord, ResidentRecord, AssistanceCaseRecord, BenefitPaymentRecord, NoticeRecord, EnterpriseRef } from '../models.js';
import type { StatisticsRequest } from '../../../platform/query/statistics.js';
import type { HistoryEntryRecord } from '../../../platform/writes/write-model.js';
import type { CivilAffairsContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** 时间（ISO 8601，带时区）/ Date and time, ISO 8601 with offset */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** 操作人角色 / Role of whoever made a change */
export type ActorRole =
  /** 管理员 / Administrator */
  | 'ADMIN'
  /** 社区工作者 / Community worker */
  | 'COMMUNITY_WORKER'
  /** 区级官员 / District official */
  | 'DISTRICT_OFFICIAL'
  /** 街道官员 / Street official */
  | 'STREET_OFFICIAL';

/** 救助申请 / An application for assistance */
export type ApplyForAssistanceInput = {
  /** 申请时间（默认当前，不得晚于当前）/ Applied at; defaults to now, must not be in the future */
  appliedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** 所属社区代码（须存在，12位）/ Code of the applicant's community (12 digits, must exist) */
  divisionCode: Scalars['ID']['input'];
  /** 备注 / Note for the history */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 发放周期 / Payment schedule */
  paymentSchedule: PaymentSchedule;
  /** 保障人数 / Persons covered (household members for 低保), 1 to 20 */
  persons: Scalars['Int']['input'];
  /** 救助项目 / Programme */
  program: AssistanceProgram;
  /** 申请人身份证号（个人信息，须为本社区登记居民）/ Applicant's resident ID number (personal data): a resident registered in that community */
  recipientIdNumber: Scalars['String']['input'];
  /** 低保档次（仅低保，且必填）/ Tier: required for 低保, not allowed for other programmes */
  tier?: InputMaybe<DibaoTier>;
};

/** 救助案件 / An assistance case: one household or person in one programme */
export type AssistanceCase = {
  __typename?: 'AssistanceCase';
  /** 申请时间（在线申请的案件）/ When applied, for cases applied through this API */
  appliedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 所属社区 / Community */
  community?: Maybe<Community>;
  /** 结束时间 / End of assistance, if closed */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 变更记录（最新在前）/ Every change of the case, newest first */
  history: AssistanceCaseHistoryConnection;
  /** 案件编号 / Case id */
  id: Scalars['ID']['output'];
  /** 发放周期 / Payment schedule */
  paymentSchedule: PaymentSchedule;
  /** 发放记录 / Benefit payments of the case */
  payments: BenefitPaymentConnection;
  /** 保障人数 / Persons covered (household members for 低保) */
  persons: Scalars['Int']['output'];
  /** 救助项目 / Programme */
  program: AssistanceProgram;
  /** 受助人 / The recipient (head of household for 低保) */
  recipient?: Maybe<Resident>;
  /** 受助人姓名（个人信息，按权限脱敏）/ Recipient's name; personal data, masked unless the viewer may read it */
  recipientName: Scalars['String']['output'];
  /** 开始时间（批准时；申请中为空）/ Start of assistance: when approved; null while applied or under review */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 状态 / Status */
  status: AssistanceCaseStatus;
  /** 低保档次 / Tier (低保 only) */
  tier?: Maybe<DibaoTier>;
  /** 已发放金额（元）/ Total paid so far, yuan */
  totalPaidYuan: Scalars['Float']['output'];
  /** 城乡 / Urban or rural */
  urbanRural: UrbanRural;
  /** 版本号（修改时作为 expectedVersion 传入）/ Version, incremented by every change; pass it as expectedVersion to change the case */
  version: Scalars['Int']['output'];
};


/** 救助案件 / An assistance case: one household or person in one programme */
export type AssistanceCaseHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 救助案件 / An assistance case: one household or person in one programme */
export type AssistanceCasePaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BenefitPaymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<BenefitPaymentOrder>;
};

/** 救助案件连接 / A page of assistance cases */
export type AssistanceCaseConnection = {
  __typename?: 'AssistanceCaseConnection';
  /** 边 / Edges */
  edges: Array<AssistanceCaseEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 救助案件边 / An edge of an assistance case list */
export type AssistanceCaseEdge = {
  __typename?: 'AssistanceCaseEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 救助案件 / The case */
  node: AssistanceCase;
};

/** 救助案件筛选 / Filter of the assistance case list */
export type AssistanceCaseFilter = {
  /** 区划代码（任意层级）/ Cases inside this division (any level) */
  divisionCode?: InputMaybe<Scalars['ID']['input']>;
  /** 救助项目 / Programme */
  program?: InputMaybe<AssistanceProgram>;
  /** 开始时间不早于 / Started at or after */
  startedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** 开始时间早于 / Started before */
  startedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** 状态 / Status */
  status?: InputMaybe<AssistanceCaseStatus>;
  /** 低保档次 / Tier */
  tier?: InputMaybe<DibaoTier>;
  /** 城乡 / Urban or rural */
  urbanRural?: InputMaybe<UrbanRural>;
};

/** 救助案件变更记录连接 / A page of an assistance case's history, newest first */
export type AssistanceCaseHistoryConnection = {
  __typename?: 'AssistanceCaseHistoryConnection';
  /** 边 / Edges */
  edges: Array<AssistanceCaseHistoryEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 救助案件变更记录边 / An edge of an assistance case's history */
export type AssistanceCaseHistoryEdge = {
  __typename?: 'AssistanceCaseHistoryEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 变更记录 / The change */
  node: HistoryEntry;
};

/** 救助案件排序 / Sort order of the assistance case list */
export type AssistanceCaseOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field?: AssistanceCaseOrderField;
};

/** 救助案件排序字段 / Sort field of the assistance case list */
export type AssistanceCaseOrderField =
  /** 编号 / Id */
  | 'ID'
  /** 开始时间 / Start */
  | 'STARTED_AT';

/** 案件状态 / Case status */
export type AssistanceCaseStatus =
  /** 在保 / Receiving assistance (approved) */
  | 'ACTIVE'
  /** 已申请 / Applied, waiting for the community's review */
  | 'APPLIED'
  /** 已退出 / Closed: assistance terminated or ended */
  | 'CLOSED'
  /** 社区已审核 / Reviewed by the community, waiting for the street's approval */
  | 'COMMUNITY_REVIEWED'
  /** 未获批准 / Rejected by the street */
  | 'REJECTED'
  /** 暂停发放 / Suspended: no payments until resumed */
  | 'SUSPENDED';

/** 救助统计维度 / Dimension of the assistance statistics */
export type AssistanceDimension =
  /** 社区或村 / Community or village */
  | 'COMMUNITY'
  /** 网格 / Grid */
  | 'GRID'
  /** 月份（上海时区）/ Month, Asia/Shanghai; needs both from and to */
  | 'MONTH'
  /** 救助项目 / Programme */
  | 'PROGRAM'
  /** 街道或镇 / Street or town */
  | 'STREET'
  /** 低保档次 / 低保 tier */
  | 'TIER'
  /** 城乡 / Urban or rural */
  | 'URBAN_RURAL';

/** 救助项目 / Assistance programme */
export type AssistanceProgram =
  /** 事实无人抚养儿童 / De-facto unsupported child (事实无人抚养儿童) */
  | 'DE_FACTO_UNSUPPORTED_CHILD'
  /** 最低生活保障 / Minimum living allowance (低保) */
  | 'DIBAO'
  /** 困难残疾人生活补贴 / Living subsidy for disabled persons in difficulty */
  | 'DISABILITY_LIVING_SUBSIDY'
  /** 特困人员供养 / Support for persons in extreme poverty (特困) */
  | 'EXTREME_POVERTY'
  /** 高龄津贴（80岁以上）/ High-age allowance for residents aged 80 and over */
  | 'HIGH_AGE_ALLOWANCE'
  /** 孤儿基本生活费 / Orphan living allowance (孤儿) */
  | 'ORPHAN'
  /** 重度残疾人护理补贴 / Care subsidy for severely disabled persons */
  | 'SEVERE_DISABILITY_CARE_SUBSIDY'
  /** 临时救助 / Temporary assistance (临时救助), counted in person-times */
  | 'TEMPORARY';

/** 救助统计分组键（未分组的维度为空）/ The group of an assistance row; dimensions not grouped by are null */
export type AssistanceStatisticsKeys = {
  __typename?: 'AssistanceStatisticsKeys';
  /** 社区代码 / Community code */
  community?: Maybe<Scalars['ID']['output']>;
  /** 网格代码 / Grid code */
  grid?: Maybe<Scalars['ID']['output']>;
  /** 月份（YYYY-MM）/ Month, YYYY-MM */
  month?: Maybe<Scalars['String']['output']>;
  /** 救助项目 / Programme */
  program?: Maybe<AssistanceProgram>;
  /** 街道代码 / Street code */
  street?: Maybe<Scalars['ID']['output']>;
  /** 低保档次 / 低保 tier */
  tier?: Maybe<DibaoTier>;
  /** 城乡 / Urban or rural */
  urbanRural?: Maybe<UrbanRural>;
};

/** 救助统计行 / One group of the assistance statistics */
export type AssistanceStatisticsRow = {
  __typename?: 'AssistanceStatisticsRow';
  /** 发放金额（元）/ Amount paid, yuan */
  amountYuan?: Maybe<Scalars['Float']['output']>;
  /** 户数（案件数）/ Households (cases) */
  households?: Maybe<Scalars['Int']['output']>;
  /** 分组键 / The group */
  keys: AssistanceStatisticsKeys;
  /** 发放笔数（人次）/ Payments (person-times) */
  payments?: Maybe<Scalars['Int']['output']>;
  /** 保障人数 / Persons covered */
  persons?: Maybe<Scalars['Int']['output']>;
  /** 小样本已隐藏（分析员和服务账号）/ Figures withheld from an analyst or a service: a count of the row is 1 to 4, or below 5 after perturbation */
  suppressed: Scalars['Boolean']['output'];
};

/** 个人信息读取审计记录 / One full read of a personal value (PIPL): who read which field of which record, when, in which gateway request */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  /** 读取时间 / When it was read */
  at: Scalars['DateTime']['output'];
  /** 数据所属领域 / Domain (subgraph) holding the record */
  domain: Scalars['String']['output'];
  /** 字段 / Field read in full, e.g. idNumber */
  field: Scalars['String']['output'];
  /** 审计记录编号 / Audit record id */
  id: Scalars['ID']['output'];
  /** 记录编号 / Id of the record read */
  recordId: Scalars['ID']['output'];
  /** 记录类型 / Type of the record read, e.g. Resident */
  recordType: Scalars['String']['output'];
  /** 网关请求编号 / The gateway's request id (x-request-id) */
  requestId: Scalars['String']['output'];
  /** 读取人角色 / The reader's role */
  role: Scalars['String']['output'];
  /** 读取人（令牌主体）/ Who read it: the token's subject */
  sub: Scalars['String']['output'];
};

/** 审计记录连接 / A page of audit records, newest first */
export type AuditRecordConnection = {
  __typename?: 'AuditRecordConnection';
  /** 边 / Edges */
  edges: Array<AuditRecordEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 审计记录边 / An edge of an audit record list */
export type AuditRecordEdge = {
  __typename?: 'AuditRecordEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 审计记录 / The audit record */
  node: AuditRecord;
};

/** 审计记录筛选 / Filter of audit records */
export type AuditRecordFilter = {
  /** 字段 / Only reads of this field */
  field?: InputMaybe<Scalars['String']['input']>;
  /** 起始时间（含）/ Read at or after */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** 记录编号 / Only reads of this record */
  recordId?: InputMaybe<Scalars['ID']['input']>;
  /** 网关请求编号 / Only reads in this gateway request */
  requestId?: InputMaybe<Scalars['String']['input']>;
  /** 读取人 / Only reads by this subject */
  sub?: InputMaybe<Scalars['String']['input']>;
  /** 结束时间（不含）/ Read before */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 救助金发放记录 / One benefit payment */
export type BenefitPayment = {
  __typename?: 'BenefitPayment';
  /** 金额（元）/ Amount, yuan */
  amountYuan: Scalars['Float']['output'];
  /** 发放编号 / Payment id */
  id: Scalars['ID']['output'];
  /** 覆盖月数 / Months covered */
  months: Scalars['Int']['output'];
  /** 发放时间 / Paid at */
  paidAt: Scalars['DateTime']['output'];
  /** 所属月份（YYYY-MM）/ Month the payment covers (the first month for quarterly payments) */
  period: Scalars['String']['output'];
};

/** 救助金发放连接 / A page of benefit payments */
export type BenefitPaymentConnection = {
  __typename?: 'BenefitPaymentConnection';
  /** 边 / Edges */
  edges: Array<BenefitPaymentEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 救助金发放边 / An edge of a payment list */
export type BenefitPaymentEdge = {
  __typename?: 'BenefitPaymentEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 发放记录 / The payment */
  node: BenefitPayment;
};

/** 救助金发放筛选 / Filter of a case's payments */
export type BenefitPaymentFilter = {
  /** 起始月份（含，YYYY-MM）/ First month covered, inclusive, YYYY-MM */
  fromMonth?: InputMaybe<Scalars['String']['input']>;
  /** 结束月份（含，YYYY-MM）/ Last month covered, inclusive, YYYY-MM */
  toMonth?: InputMaybe<Scalars['String']['input']>;
};

/** 救助金发放排序 / Sort order of a payment list */
export type BenefitPaymentOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field?: BenefitPaymentOrderField;
};

/** 救助金发放排序字段 / Sort field of a payment list */
export type BenefitPaymentOrderField =
  /** 发放时间 / Paid at */
  | 'PAID_AT'
  /** 所属月份 / Month covered */
  | 'PERIOD';

/** 下级区划筛选 / Filter of a division's children */
export type ChildDivisionFilter = {
  /** 名称包含（简繁通查）/ Name contains this text; Simplified and Traditional script find each other */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** 民政指标 / Civil-affairs indicators of a division for a period (cases active in the period, payments and services dated in it) */
export type CivilAffairsIndicators = {
  __typename?: 'CivilAffairsIndicators';
  /** 孤儿和事实无人抚养儿童补助金额（元）/ Paid to orphans and de-facto unsupported children, yuan */
  childAssistanceAmount: Measure;
  /** 老年日间照料中心 / Day-care centres for the elderly open by the end of the period */
  dayCareCentres: Measure;
  /** 事实无人抚养儿童人数 / De-facto unsupported children supported */
  deFactoUnsupportedChildren: Measure;
  /** 低保发放金额（元）/ 低保 paid, yuan */
  dibaoAmount: Measure;
  /** 低保户数 / 低保 households */
  dibaoHouseholds: Measure;
  /** 低保人数 / 低保 persons */
  dibaoPersons: Measure;
  /** 农村低保发放金额（元，按季度）/ Rural 低保 paid (quarterly), yuan */
  dibaoRuralAmount: Measure;
  /** 农村低保户数 / Rural 低保 households */
  dibaoRuralHouseholds: Measure;
  /** 农村低保人数 / Rural 低保 persons */
  dibaoRuralPersons: Measure;
  /** 低保档次分布 / 低保 households and persons by tier */
  dibaoTiers: Array<DibaoTierCount>;
  /** 城市低保发放金额（元，按月）/ Urban 低保 paid (monthly), yuan */
  dibaoUrbanAmount: Measure;
  /** 城市低保户数 / Urban 低保 households */
  dibaoUrbanHouseholds: Measure;
  /** 城市低保人数 / Urban 低保 persons */
  dibaoUrbanPersons: Measure;
  /** 困难残疾人生活补贴金额（元）/ Living subsidy paid, yuan */
  disabilityLivingSubsidyAmount: Measure;
  /** 困难残疾人生活补贴人数 / Disabled persons receiving the living subsidy */
  disabilityLivingSubsidyPersons: Measure;
  /** 残疾人推荐就业 / Disabled persons placed in jobs */
  disabledJobPlacements: Measure;
  /** 办理老年证 / Elderly certificates (老年证) issued */
  elderlyCertificates: Measure;
  /** 特困人员 / Persons in extreme poverty supported */
  extremePovertyPersons: Measure;
  /** 4050人员灵活就业 / "4050" unemployed persons in flexible employment */
  flexibleEmployment4050: Measure;
  /** 高龄津贴金额（元）/ High-age allowance paid, yuan */
  highAgeAllowanceAmount: Measure;
  /** 80岁以上高龄津贴人数 / Residents aged 80+ receiving the high-age allowance */
  highAgeAllowanceRecipients: Measure;
  /** 住房补贴户数 / Households granted a housing subsidy */
  housingSubsidies: Measure;
  /** 招聘会参会企业 / Enterprises at job fairs */
  jobFairEnterprises: Measure;
  /** 招聘会达成就业意向 / Hiring intentions reached at job fairs */
  jobFairHiringIntentions: Measure;
  /** 医保登记 / Medical-insurance registrations */
  medicalInsuranceRegistrations: Measure;
  /** 新增低保户救助金额（元）/ Paid in the period to households that started in it, yuan */
  newDibaoAmount: Measure;
  /** 新增低保户数 / 低保 households that started in the period */
  newDibaoHouseholds: Measure;
  /** 新增就业 / New jobs */
  newJobs: Measure;
  /** 孤儿人数 / Orphans supported */
  orphans: Measure;
  /** 限价房审批户数 / Price-limited housing (限价房) approvals */
  priceLimitedHousingApprovals: Measure;
  /** 办理敬老卡 / Senior cards (敬老卡) issued */
  seniorCards: Measure;
  /** 重度残疾人护理补贴金额（元）/ Care subsidy paid, yuan */
  severeDisabilityCareSubsidyAmount: Measure;
  /** 重度残疾人护理补贴人数 / Severely disabled persons receiving the care subsidy */
  severeDisabilityCareSubsidyPersons: Measure;
  /** 社保卡 / Social security cards issued */
  socialSecurityCards: Measure;
  /** 工作计划目标（含无实际值的，如登记失业率）/ Work-plan targets of the period's year for this division, including those with no stored actual (e.g. the registered unemployment rate) */
  targets: Array<CivilAffairsTarget>;
  /** 临时救助金额（元）/ Temporary assistance paid, yuan */
  temporaryAssistanceAmount: Measure;
  /** 临时救助人次 / Temporary assistance, person-times */
  temporaryAssistancePersonTimes: Measure;
  /** 技能培训人数 / Unemployed persons trained */
  trainedPersons: Measure;
  /** 城乡医疗保险参保 / Urban-rural medical insurance enrolments */
  urbanRuralMedicalInsuranceEnrolments: Measure;
};

/** 民政统计 / Civil-affairs statistics of one division and period. For analysts and services every figure is perturbed by the cell-key method (the same records always give the same answer; counts move by at most 2, amounts by at most the largest total paid to one case) and a row with a count of 1 to 4, or below 5 after perturbation, has its figures null and suppressed true; exact for officials and admins */
export type CivilAffairsStatistics = {
  __typename?: 'CivilAffairsStatistics';
  /** 救助统计：户数与人数按期内在保案件，金额按期内发放 / Assistance: households and persons of cases active in the period (in each month when grouped by MONTH), amounts paid in the period (by month paid) */
  assistance: Array<AssistanceStatisticsRow>;
  /** 区划代码 / The division */
  division: Scalars['ID']['output'];
  /** 服务统计（就业、养老、住房、医保等，一条记录为一人次）/ Services (employment, elderly, housing, insurance …) dated in the period; each record is one person served */
  services: Array<ServiceStatisticsRow>;
};


/** 民政统计 / Civil-affairs statistics of one division and period. For analysts and services every figure is perturbed by the cell-key method (the same records always give the same answer; counts move by at most 2, amounts by at most the largest total paid to one case) and a row with a count of 1 to 4, or below 5 after perturbation, has its figures null and suppressed true; exact for officials and admins */
export type CivilAffairsStatisticsAssistanceArgs = {
  groupBy: Array<AssistanceDimension>;
  programs?: Array<AssistanceProgram>;
};


/** 民政统计 / Civil-affairs statistics of one division and period. For analysts and services every figure is perturbed by the cell-key method (the same records always give the same answer; counts move by at most 2, amounts by at most the largest total paid to one case) and a row with a count of 1 to 4, or below 5 after perturbation, has its figures null and suppressed true; exact for officials and admins */
export type CivilAffairsStatisticsServicesArgs = {
  groupBy: Array<ServiceDimension>;
  kinds?: InputMaybe<Array<ServiceKind>>;
};

/** 工作计划目标 / A work-plan target of the civil-affairs domain */
export type CivilAffairsTarget = {
  __typename?: 'CivilAffairsTarget';
  /** 比较方式：至少或至多 / Whether the target is a minimum (AT_LEAST) or a maximum (AT_MOST) */
  comparison: Scalars['String']['output'];
  /** 指标键 / Indicator key, e.g. newJobs */
  indicator: Scalars['String']['output'];
  /** 出处 / Source document */
  source: Scalars['String']['output'];
  /** 单位 / Unit */
  unit: Scalars['String']['output'];
  /** 目标值 / Target value */
  value: Scalars['Float']['output'];
  /** 年度 / Year */
  year: Scalars['Int']['output'];
};

/** 社区或村 / Community (社区) or village (村) */
export type Community = Division & {
  __typename?: 'Community';
  /** 救助案件 / Assistance cases of the community */
  assistanceCases: AssistanceCaseConnection;
  /** 民政指标 / Civil-affairs indicators for a period */
  civilAffairsIndicators?: Maybe<CivilAffairsIndicators>;
  /** 区划代码（12位）/ Division code, 12 digits */
  code: Scalars['ID']['output'];
  /** 下辖网格 / Grids of the community */
  grids: GridConnection;
  /** 类型：社区或村 / Kind: COMMUNITY or VILLAGE */
  kind: DivisionKind;
  /** 层级 / Level */
  level: DivisionLevel;
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 社区当前通知（已发布未撤回，含街道、区发布到本社区的，最新在前）/ Current notices reaching the community (published, not withdrawn; its own, its street's and its district's), newest first */
  notices?: Maybe<NoticeConnection>;
  /** 上级区划代码 / Code of the street or town */
  parentCode?: Maybe<Scalars['ID']['output']>;
  /** 社区居民 / Residents of the community */
  residents: ResidentConnection;
  /** 所属街道或镇 / The street or town */
  street?: Maybe<Street>;
};


/** 社区或村 / Community (社区) or village (村) */
export type CommunityAssistanceCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssistanceCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AssistanceCaseOrder>;
};


/** 社区或村 / Community (社区) or village (村) */
export type CommunityCivilAffairsIndicatorsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** 社区或村 / Community (社区) or village (村) */
export type CommunityGridsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChildDivisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DivisionOrder>;
};


/** 社区或村 / Community (社区) or village (村) */
export type CommunityNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CommunityNoticeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NoticeOrder>;
};


/** 社区或村 / Community (社区) or village (村) */
export type CommunityResidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DivisionResidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ResidentOrder>;
};

/** 社区连接 / A page of communities */
export type CommunityConnection = {
  __typename?: 'CommunityConnection';
  /** 边 / Edges */
  edges: Array<CommunityEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 社区边 / An edge of a community list */
export type CommunityEdge = {
  __typename?: 'CommunityEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 社区 / The community */
  node: Community;
};

/** 社区通知筛选 / Filter of a community's current notices */
export type CommunityNoticeFilter = {
  /** 类别 / Categories */
  category?: InputMaybe<Array<NoticeCategory>>;
};

/** 低保档次 / Tier of the minimum living allowance */
export type DibaoTier =
  /** A类 / Tier A */
  | 'A'
  /** A+类 / Tier A+ */
  | 'A_PLUS'
  /** B类 / Tier B */
  | 'B'
  /** C类 / Tier C */
  | 'C';

/** 低保档次统计 / 低保 households and persons of one tier */
export type DibaoTierCount = {
  __typename?: 'DibaoTierCount';
  /** 户数 / Households */
  households: Measure;
  /** 人数 / Persons */
  persons: Measure;
  /** 档次 / Tier */
  tier: DibaoTier;
  /** 城乡 / Urban or rural */
  urbanRural: UrbanRural;
};

/** 区 / District (区), e.g. 北关区 410503 */
export type District = Division & {
  __typename?: 'District';
  /** 民政指标 / Civil-affairs indicators for a period */
  civilAffairsIndicators?: Maybe<CivilAffairsIndicators>;
  /** 区划代码（6位）/ Division code, 6 digits */
  code: Scalars['ID']['output'];
  /** 类型 / Kind */
  kind: DivisionKind;
  /** 层级 / Level */
  level: DivisionLevel;
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 上级区划代码 / Always null for a district */
  parentCode?: Maybe<Scalars['ID']['output']>;
  /** 辖区居民 / Residents of the district */
  residents: ResidentConnection;
  /** 下辖街道和镇 / Streets and towns of the district */
  streets: StreetConnection;
};


/** 区 / District (区), e.g. 北关区 410503 */
export type DistrictCivilAffairsIndicatorsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** 区 / District (区), e.g. 北关区 410503 */
export type DistrictResidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DivisionResidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ResidentOrder>;
};


/** 区 / District (区), e.g. 北关区 410503 */
export type DistrictStreetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChildDivisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DivisionOrder>;
};

/** 行政区划 / An administrative division of any level */
export type Division = {
  /** 区划代码 / Division code */
  code: Scalars['ID']['output'];
  /** 类型 / Kind */
  kind: DivisionKind;
  /** 层级 / Level */
  level: DivisionLevel;
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 上级区划代码 / Code of the parent division; null for a district */
  parentCode?: Maybe<Scalars['ID']['output']>;
};

/** 区划连接 / A page of divisions */
export type DivisionConnection = {
  __typename?: 'DivisionConnection';
  /** 边 / Edges */
  edges: Array<DivisionEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 区划边 / An edge of the division list */
export type DivisionEdge = {
  __typename?: 'DivisionEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 区划 / The division */
  node: Division;
};

/** 区划筛选 / Filter of the division list */
export type DivisionFilter = {
  /** 层级 / Only this level */
  level?: InputMaybe<DivisionLevel>;
  /** 名称包含 / Name contains this text */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** 上级代码：直接下级 / Only direct children of this division */
  parentCode?: InputMaybe<Scalars['ID']['input']>;
  /** 范围代码：其下所有层级 / Only divisions inside this division (any depth, itself excluded) */
  within?: InputMaybe<Scalars['ID']['input']>;
};

/** 区划类型 / Kind of an administrative division */
export type DivisionKind =
  /** 社区 / Urban community */
  | 'COMMUNITY'
  /** 区 / District */
  | 'DISTRICT'
  /** 网格 / Grid */
  | 'GRID'
  /** 街道 / Urban street (sub-district) */
  | 'STREET'
  /** 镇 / Town */
  | 'TOWN'
  /** 村 / Village */
  | 'VILLAGE';

/** 区划层级 / Level of an administrative division */
export type DivisionLevel =
  /** 社区或村 / Community or village */
  | 'COMMUNITY'
  /** 区 / District */
  | 'DISTRICT'
  /** 网格 / Grid */
  | 'GRID'
  /** 街道或镇 / Street or town */
  | 'STREET';

/** 区划排序 / Sort order of the division list */
export type DivisionOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field?: DivisionOrderField;
};

/** 区划排序字段 / Sort field of the division list */
export type DivisionOrderField =
  /** 代码 / Code */
  | 'CODE'
  /** 名称 / Name */
  | 'NAME';

/** 区划居民筛选（姓名属个人信息，不提供姓名检索）/ Filter of a division's residents; names are personal data, so there is no name search */
export type DivisionResidentFilter = {
  /** 最大年龄（0–150，个人信息）/ Maximum age today, 0 to 150; personal data */
  maxAge?: InputMaybe<Scalars['Int']['input']>;
  /** 最小年龄（0–150，个人信息）/ Minimum age today, 0 to 150; personal data */
  minAge?: InputMaybe<Scalars['Int']['input']>;
  /** 性别 / Sex */
  sex?: InputMaybe<Sex>;
};

/** 起草通知 / A new notice */
export type DraftNoticeInput = {
  /** 正文 / Body */
  body: Scalars['String']['input'];
  /** 类别 / Category */
  category: NoticeCategory;
  /** 发布区划代码（区、街道或社区，须存在）/ Publishing division: an existing district, street or community */
  divisionCode: Scalars['ID']['input'];
  /** 目标区划代码（默认发布区划本身；须在其下）/ Target divisions, each inside the publishing division; the publishing division itself when omitted */
  targetCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 标题 / Title */
  title: Scalars['String']['input'];
};

/** 企业（经济子图所有）/ Enterprise, owned by the economy subgraph; civil affairs adds job-fair figures */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** 企业编号 / Enterprise id */
  id: Scalars['ID']['output'];
  /** 招聘会达成就业意向人数 / Hiring intentions the enterprise reached at job fairs in the viewer's jurisdiction */
  jobFairHires?: Maybe<Scalars['Int']['output']>;
};

/** 网格 / Grid (网格), the smallest management unit of a community */
export type Grid = Division & {
  __typename?: 'Grid';
  /** 区划代码（15位）/ Division code, 15 digits */
  code: Scalars['ID']['output'];
  /** 所属社区 / The community */
  community?: Maybe<Community>;
  /** 类型 / Kind */
  kind: DivisionKind;
  /** 层级 / Level */
  level: DivisionLevel;
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 上级区划代码 / Code of the community */
  parentCode?: Maybe<Scalars['ID']['output']>;
  /** 网格居民 / Residents of the grid */
  residents: ResidentConnection;
};


/** 网格 / Grid (网格), the smallest management unit of a community */
export type GridResidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DivisionResidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ResidentOrder>;
};

/** 网格连接 / A page of grids */
export type GridConnection = {
  __typename?: 'GridConnection';
  /** 边 / Edges */
  edges: Array<GridEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 网格边 / An edge of a grid list */
export type GridEdge = {
  __typename?: 'GridEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 网格 / The grid */
  node: Grid;
};

/** 变更记录 / One change of a record: who, when, from which state to which */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  /** 操作 / What was done, e.g. CREATE, ACCEPT, RESOLVE */
  action: Scalars['String']['output'];
  /** 操作人（令牌主体）/ Who: the token's subject */
  actor: Scalars['String']['output'];
  /** 时间 / When */
  at: Scalars['DateTime']['output'];
  /** 变更字段 / Fields the change set besides the state */
  changedFields: Array<Scalars['String']['output']>;
  /** 原状态（新建时为空）/ State before; null when created */
  fromState?: Maybe<Scalars['String']['output']>;
  /** 备注 / Note */
  note?: Maybe<Scalars['String']['output']>;
  /** 操作人角色 / The actor's role */
  role: ActorRole;
  /** 新状态 / State after */
  toState: Scalars['String']['output'];
  /** 变更后的版本号 / The record's version after the change (0 = created) */
  version: Scalars['Int']['output'];
};

/** 与户主关系 / Relation to the head of household */
export type HouseholdRelation =
  /** 子女 / Child */
  | 'CHILD'
  /** 户主 / Head of household */
  | 'HEAD'
  /** 其他 / Other */
  | 'OTHER'
  /** 父母 / Parent */
  | 'PARENT'
  /** 配偶 / Spouse */
  | 'SPOUSE';

/** 指标值（含目标）/ An indicator value with its unit and, where a work plan sets one, its target */
export type Measure = {
  __typename?: 'Measure';
  /** 小样本已隐藏 / Whether the value is withheld from an analyst or a service as a small cell: 1 to 4 persons, or fewer than 5 after perturbation (or an amount of such a cell) */
  suppressed: Scalars['Boolean']['output'];
  /** 目标值 / Target from a work plan, if any */
  target?: Maybe<Scalars['Float']['output']>;
  /** 单位 / Unit, e.g. 户, 人, 元, 个 */
  unit: Scalars['String']['output'];
  /** 实际值（分析员和服务账号：涉及人员的数值经扰动，小样本为空）/ Actual value. For analysts and services a figure about persons is perturbed (counts by at most 2, amounts by at most the largest contribution of one case or participant) and null when withheld as a small cell; exact for officials and admins */
  value?: Maybe<Scalars['Float']['output']>;
};

/**
 * 救助申请审批流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；民政领域的官员限本辖区；
 * 社区工作者可受理申请、社区审核；街道审批、驳回、暂停、恢复、终止、调档、发放登记需街道级及以上；
 * 分析员与服务账号为 FORBIDDEN。
 *
 * Assistance lifecycle: APPLIED → COMMUNITY_REVIEWED → ACTIVE (street approval) → SUSPENDED ⇄ ACTIVE,
 * ACTIVE or SUSPENDED → CLOSED (terminated); APPLIED or COMMUNITY_REVIEWED → REJECTED. Every step
 * takes the expectedVersion read from the case (a stale one gets CONFLICT with currentVersion, and
 * nothing is written); an illegal step gets BAD_USER_INPUT naming the current and requested state.
 * Who may: admins anywhere; civil-affairs officials inside their jurisdiction; community workers
 * take applications and do the community review; approval, rejection, suspension, resumption,
 * termination, tier changes and payments need a street official or above; analysts and services
 * are FORBIDDEN.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** 提交救助申请（状态 APPLIED）/ Apply for assistance: APPLIED. Community worker or above. */
  applyForAssistance: AssistanceCase;
  /** 街道审批通过，开始发放（COMMUNITY_REVIEWED → ACTIVE）/ Street approval: the case becomes ACTIVE and starts now. Street official or above. */
  approveAssistance: AssistanceCase;
  /** 调整低保档次（仅在保的低保案件）/ Change the tier of an ACTIVE 低保 case. Street official or above. */
  changeAssistanceTier: AssistanceCase;
  /** 社区审核通过（APPLIED → COMMUNITY_REVIEWED）/ Community review passed. Community worker or above. */
  communityReviewAssistance: AssistanceCase;
  /** 起草通知 / Draft a notice (DRAFT); the targets must lie inside the publishing division */
  draftNotice: Notice;
  /** 发布通知（DRAFT → PUBLISHED）/ Publish a drafted notice now */
  publishNotice: Notice;
  /** 登记一笔救助金发放（仅在保案件；同一案件同一月份只能登记一次）/ Record a benefit payment of an ACTIVE case; one per case and month. Street official or above. */
  recordBenefitPayment: BenefitPayment;
  /** 记录一次阅读（通知须当前到达该社区）/ Count one read of a notice in a community it currently reaches */
  recordNoticeRead: NoticeReadCount;
  /** 驳回申请（APPLIED/COMMUNITY_REVIEWED → REJECTED）/ Reject an application. Street official or above. */
  rejectAssistance: AssistanceCase;
  /** 恢复发放（SUSPENDED → ACTIVE）/ Resume payments. Street official or above. */
  resumeAssistance: AssistanceCase;
  /** 暂停发放（ACTIVE → SUSPENDED）/ Suspend payments. Street official or above. */
  suspendAssistance: AssistanceCase;
  /** 终止救助（ACTIVE/SUSPENDED → CLOSED）/ Terminate the assistance; it ends now. Street official or above. */
  terminateAssistance: AssistanceCase;
  /** 撤回通知（PUBLISHED → WITHDRAWN）/ Withdraw a published notice: it no longer reaches any community */
  withdrawNotice: Notice;
};


/**
 * 救助申请审批流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；民政领域的官员限本辖区；
 * 社区工作者可受理申请、社区审核；街道审批、驳回、暂停、恢复、终止、调档、发放登记需街道级及以上；
 * 分析员与服务账号为 FORBIDDEN。
 *
 * Assistance lifecycle: APPLIED → COMMUNITY_REVIEWED → ACTIVE (street approval) → SUSPENDED ⇄ ACTIVE,
 * ACTIVE or SUSPENDED → CLOSED (terminated); APPLIED or COMMUNITY_REVIEWED → REJECTED. Every step
 * takes the expectedVersion read from the case (a stale one gets CONFLICT with currentVersion, and
 * nothing is written); an illegal step gets BAD_USER_INPUT naming the current and requested state.
 * Who may: admins anywhere; civil-affairs officials inside their jurisdiction; community workers
 * take applications and do the community review; approval, rejection, suspension, resumption,
 * termination, tier changes and payments need a street official or above; analysts and services
 * are FORBIDDEN.
 */
export type MutationApplyForAssistanceArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ApplyForAssistanceInput;
};


/**
 * 救助申请审批流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；民政领域的官员限本辖区；
 * 社区工作者可受理申请、社区审核；街道审批、驳回、暂停、恢复、终止、调档、发放登记需街道级及以上；
 * 分析员与服务账号为 FORBIDDEN。
 *
 * Assistance lifecycle: APPLIED → COMMUNITY_REVIEWED → ACTIVE (street approval) → SUSPENDED ⇄ ACTIVE,
 * ACTIVE or SUSPENDED → CLOSED (terminated); APPLIED or COMMUNITY_REVIEWED → REJECTED. Every step
 * takes the expectedVersion read from the case (a stale one gets CONFLICT with currentVersion, and
 * nothing is written); an illegal step gets BAD_USER_INPUT naming the current and requested state.
 * Who may: admins anywhere; civil-affairs officials inside their jurisdiction; community workers
 * take applications and do the community review; approval, rejection, suspension, resumption,
 * termination, tier changes and payments need a street official or above; analysts and services
 * are FORBIDDEN.
 */
export type MutationApproveAssistanceArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 救助申请审批流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；民政领域的官员限本辖区；
 * 社区工作者可受理申请、社区审核；街道审批、驳回、暂停、恢复、终止、调档、发放登记需街道级及以上；
 * 分析员与服务账号为 FORBIDDEN。
 *
 * Assistance lifecycle: APPLIED → COMMUNITY_REVIEWED → ACTIVE (street approval) → SUSPENDED ⇄ ACTIVE,
 * ACTIVE or SUSPENDED → CLOSED (terminated); APPLIED or COMMUNITY_REVIEWED → REJECTED. Every step
 * takes the expectedVersion read from the case (a stale one gets CONFLICT with currentVersion, and
 * nothing is written); an illegal step gets BAD_USER_INPUT naming the current and requested state.
 * Who may: admins anywhere; civil-affairs officials inside their jurisdiction; community workers
 * take applications and do the community review; approval, rejection, suspension, resumption,
 * termination, tier changes and payments need a street official or above; analysts and services
 * are FORBIDDEN.
 */
export type MutationChangeAssistanceTierArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  tier: DibaoTier;
};


/**
 * 救助申请审批流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；民政领域的官员限本辖区；
 * 社区工作者可受理申请、社区审核；街道审批、驳回、暂停、恢复、终止、调档、发放登记需街道级及以上；
 * 分析员与服务账号为 FORBIDDEN。
 *
 * Assistance lifecycle: APPLIED → COMMUNITY_REVIEWED → ACTIVE (street approval) → SUSPENDED ⇄ ACTIVE,
 * ACTIVE or SUSPENDED → CLOSED (terminated); APPLIED or COMMUNITY_REVIEWED → REJECTED. Every step
 * takes the expectedVersion read from the case (a stale one gets CONFLICT with currentVersion, and
 * nothing is written); an illegal step gets BAD_USER_INPUT naming the current and requested state.
 * Who may: admins anywhere; civil-affairs officials inside their jurisdiction; community workers
 * take applications and do the community review; approval, rejection, suspension, resumption,
 * termination, tier changes and payments need a street official or above; analysts and services
 * are FORBIDDEN.
 */
export type MutationCommunityReviewAssistanceArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 救助申请审批流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；民政领域的官员限本辖区；
 * 社区工作者可受理申请、社区审核；街道审批、驳回、暂停、恢复、终止、调档、发放登记需街道级及以上；
 * 分析员与服务账号为 FORBIDDEN。
 *
 * Assistance lifecycle: APPLIED → COMMUNITY_REVIEWED → ACTIVE (street approval) → SUSPENDED ⇄ ACTIVE,
 * ACTIVE or SUSPENDED → CLOSED (terminated); APPLIED or COMMUNITY_REVIEWED → REJECTED. Every step
 * takes the expectedVersion read from the case (a stale one gets CONFLICT with currentVersion, and
 * nothing is written); an illegal step gets BAD_USER_INPUT naming the current and requested state.
 * Who may: admins anywhere; civil-affairs officials inside their jurisdiction; community workers
 * take applications and do the community review; approval, rejection, suspension, resumption,
 * termination, tier changes and payments need a street official or above; analysts and services
 * are FORBIDDEN.
 */
export type MutationDraftNoticeArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: DraftNoticeInput;
};


/**
 * 救助申请审批流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；民政领域的官员限本辖区；
 * 社区工作者可受理申请、社区审核；街道审批、驳回、暂停、恢复、终止、调档、发放登记需街道级及以上；
 * 分析员与服务账号为 FORBIDDEN。
 *
 * Assistance lifecycle: APPLIED → COMMUNITY_REVIEWED → ACTIVE (street approval) → SUSPENDED ⇄ ACTIVE,
 * ACTIVE or SUSPENDED → CLOSED (terminated); APPLIED or COMMUNITY_REVIEWED → REJECTED. Every step
 * takes the expectedVersion read from the case (a stale one gets CONFLICT with currentVersion, and
 * nothing is written); an illegal step gets BAD_USER_INPUT naming the current and requested state.
 * Who may: admins anywhere; civil-affairs officials inside their jurisdiction; community workers
 * take applications and do the community review; approval, rejection, suspension, resumption,
 * termination, tier changes and payments need a street official or above; analysts and services
 * are FORBIDDEN.
 */
export type MutationPublishNoticeArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 救助申请审批流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；民政领域的官员限本辖区；
 * 社区工作者可受理申请、社区审核；街道审批、驳回、暂停、恢复、终止、调档、发放登记需街道级及以上；
 * 分析员与服务账号为 FORBIDDEN。
 *
 * Assistance lifecycle: APPLIED → COMMUNITY_REVIEWED → ACTIVE (street approval) → SUSPENDED ⇄ ACTIVE,
 * ACTIVE or SUSPENDED → CLOSED (terminated); APPLIED or COMMUNITY_REVIEWED → REJECTED. Every step
 * takes the expectedVersion read from the case (a stale one gets CONFLICT with currentVersion, and
 * nothing is written); an illegal step gets BAD_USER_INPUT naming the current and requested state.
 * Who may: admins anywhere; civil-affairs officials inside their jurisdiction; community workers
 * take applications and do the community review; approval, rejection, suspension, resumption,
 * termination, tier changes and payments need a street official or above; analysts and services
 * are FORBIDDEN.
 */
export type MutationRecordBenefitPaymentArgs = {
  amountYuan: Scalars['Float']['input'];
  caseId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  month: Scalars['String']['input'];
};


/**
 * 救助申请审批流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；民政领域的官员限本辖区；
 * 社区工作者可受理申请、社区审核；街道审批、驳回、暂停、恢复、终止、调档、发放登记需街道级及以上；
 * 分析员与服务账号为 FORBIDDEN。
 *
 * Assistance lifecycle: APPLIED → COMMUNITY_REVIEWED → ACTIVE (street approval) → SUSPENDED ⇄ ACTIVE,
 * ACTIVE or SUSPENDED → CLOSED (terminated); APPLIED or COMMUNITY_REVIEWED → REJECTED. Every step
 * takes the expectedVersion read from the case (a stale one gets CONFLICT with currentVersion, and
 * nothing is written); an illegal step gets BAD_USER_INPUT naming the current and requested state.
 * Who may: admins anywhere; civil-affairs officials inside their jurisdiction; community workers
 * take applications and do the community review; approval, rejection, suspension, resumption,
 * termination, tier changes and payments need a street official or above; analysts and services
 * are FORBIDDEN.
 */
export type MutationRecordNoticeReadArgs = {
  communityCode: Scalars['ID']['input'];
  noticeId: Scalars['ID']['input'];
};


/**
 * 救助申请审批流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；民政领域的官员限本辖区；
 * 社区工作者可受理申请、社区审核；街道审批、驳回、暂停、恢复、终止、调档、发放登记需街道级及以上；
 * 分析员与服务账号为 FORBIDDEN。
 *
 * Assistance lifecycle: APPLIED → COMMUNITY_REVIEWED → ACTIVE (street approval) → SUSPENDED ⇄ ACTIVE,
 * ACTIVE or SUSPENDED → CLOSED (terminated); APPLIED or COMMUNITY_REVIEWED → REJECTED. Every step
 * takes the expectedVersion read from the case (a stale one gets CONFLICT with currentVersion, and
 * nothing is written); an illegal step gets BAD_USER_INPUT naming the current and requested state.
 * Who may: admins anywhere; civil-affairs officials inside their jurisdiction; community workers
 * take applications and do the community review; approval, rejection, suspension, resumption,
 * termination, tier changes and payments need a street official or above; analysts and services
 * are FORBIDDEN.
 */
export type MutationRejectAssistanceArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 救助申请审批流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；民政领域的官员限本辖区；
 * 社区工作者可受理申请、社区审核；街道审批、驳回、暂停、恢复、终止、调档、发放登记需街道级及以上；
 * 分析员与服务账号为 FORBIDDEN。
 *
 * Assistance lifecycle: APPLIED → COMMUNITY_REVIEWED → ACTIVE (street approval) → SUSPENDED ⇄ ACTIVE,
 * ACTIVE or SUSPENDED → CLOSED (terminated); APPLIED or COMMUNITY_REVIEWED → REJECTED. Every step
 * takes the expectedVersion read from the case (a stale one gets CONFLICT with currentVersion, and
 * nothing is written); an illegal step gets BAD_USER_INPUT naming the current and requested state.
 * Who may: admins anywhere; civil-affairs officials inside their jurisdiction; community workers
 * take applications and do the community review; approval, rejection, suspension, resumption,
 * termination, tier changes and payments need a street official or above; analysts and services
 * are FORBIDDEN.
 */
export type MutationResumeAssistanceArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 救助申请审批流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；民政领域的官员限本辖区；
 * 社区工作者可受理申请、社区审核；街道审批、驳回、暂停、恢复、终止、调档、发放登记需街道级及以上；
 * 分析员与服务账号为 FORBIDDEN。
 *
 * Assistance lifecycle: APPLIED → COMMUNITY_REVIEWED → ACTIVE (street approval) → SUSPENDED ⇄ ACTIVE,
 * ACTIVE or SUSPENDED → CLOSED (terminated); APPLIED or COMMUNITY_REVIEWED → REJECTED. Every step
 * takes the expectedVersion read from the case (a stale one gets CONFLICT with currentVersion, and
 * nothing is written); an illegal step gets BAD_USER_INPUT naming the current and requested state.
 * Who may: admins anywhere; civil-affairs officials inside their jurisdiction; community workers
 * take applications and do the community review; approval, rejection, suspension, resumption,
 * termination, tier changes and payments need a street official or above; analysts and services
 * are FORBIDDEN.
 */
export type MutationSuspendAssistanceArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 救助申请审批流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；民政领域的官员限本辖区；
 * 社区工作者可受理申请、社区审核；街道审批、驳回、暂停、恢复、终止、调档、发放登记需街道级及以上；
 * 分析员与服务账号为 FORBIDDEN。
 *
 * Assistance lifecycle: APPLIED → COMMUNITY_REVIEWED → ACTIVE (street approval) → SUSPENDED ⇄ ACTIVE,
 * ACTIVE or SUSPENDED → CLOSED (terminated); APPLIED or COMMUNITY_REVIEWED → REJECTED. Every step
 * takes the expectedVersion read from the case (a stale one gets CONFLICT with currentVersion, and
 * nothing is written); an illegal step gets BAD_USER_INPUT naming the current and requested state.
 * Who may: admins anywhere; civil-affairs officials inside their jurisdiction; community workers
 * take applications and do the community review; approval, rejection, suspension, resumption,
 * termination, tier changes and payments need a street official or above; analysts and services
 * are FORBIDDEN.
 */
export type MutationTerminateAssistanceArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 救助申请审批流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；民政领域的官员限本辖区；
 * 社区工作者可受理申请、社区审核；街道审批、驳回、暂停、恢复、终止、调档、发放登记需街道级及以上；
 * 分析员与服务账号为 FORBIDDEN。
 *
 * Assistance lifecycle: APPLIED → COMMUNITY_REVIEWED → ACTIVE (street approval) → SUSPENDED ⇄ ACTIVE,
 * ACTIVE or SUSPENDED → CLOSED (terminated); APPLIED or COMMUNITY_REVIEWED → REJECTED. Every step
 * takes the expectedVersion read from the case (a stale one gets CONFLICT with currentVersion, and
 * nothing is written); an illegal step gets BAD_USER_INPUT naming the current and requested state.
 * Who may: admins anywhere; civil-affairs officials inside their jurisdiction; community workers
 * take applications and do the community review; approval, rejection, suspension, resumption,
 * termination, tier changes and payments need a street official or above; analysts and services
 * are FORBIDDEN.
 */
export type MutationWithdrawNoticeArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** 通知（信息发布）/ A notice published to residents, e.g. on 大港街道's 慧·安大港 platform */
export type Notice = {
  __typename?: 'Notice';
  /** 正文 / Body */
  body: Scalars['String']['output'];
  /** 类别 / Category */
  category: NoticeCategory;
  /** 发布区划代码 / Code of the publishing division */
  divisionCode: Scalars['ID']['output'];
  /** 起草时间 / Drafted at */
  draftedAt: Scalars['DateTime']['output'];
  /** 变更记录（最新在前）/ Every change of the notice, newest first */
  history: NoticeHistoryConnection;
  /** 通知编号 / Notice id */
  id: Scalars['ID']['output'];
  /** 发布时间 / Published at */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 发布区划 / The publishing division */
  publisher?: Maybe<Division>;
  /** 阅读总数 / Reads in all communities */
  readCount: Scalars['Int']['output'];
  /** 各社区阅读数（有阅读的社区，按代码）/ Reads per community that has any, by code */
  readCounts: Array<NoticeReadCount>;
  /** 状态 / Status */
  status: NoticeStatus;
  /** 目标区划代码（街道代码覆盖其下全部社区）/ Target division codes; a street's code reaches all its communities */
  targetCodes: Array<Scalars['ID']['output']>;
  /** 标题 / Title */
  title: Scalars['String']['output'];
  /** 版本号（修改时作为 expectedVersion 传入）/ Version, incremented by every change; pass it as expectedVersion to change the notice */
  version: Scalars['Int']['output'];
  /** 撤回时间 / Withdrawn at */
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};


/** 通知（信息发布）/ A notice published to residents, e.g. on 大港街道's 慧·安大港 platform */
export type NoticeHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 通知类别 / Notice category */
export type NoticeCategory =
  /** 活动 / Activity */
  | 'ACTIVITY'
  /** 政策 / Policy */
  | 'POLICY'
  /** 安全 / Safety */
  | 'SAFETY'
  /** 服务 / Service */
  | 'SERVICE';

/** 通知连接 / Notice connection */
export type NoticeConnection = {
  __typename?: 'NoticeConnection';
  /** 边 / Edges */
  edges: Array<NoticeEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 通知边 / Notice edge */
export type NoticeEdge = {
  __typename?: 'NoticeEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 通知 / Notice */
  node: Notice;
};

/** 通知筛选 / Notice filter */
export type NoticeFilter = {
  /** 类别 / Categories */
  category?: InputMaybe<Array<NoticeCategory>>;
  /** 发布区划（任一级，含下级发布的）/ Publishing division of any level, including the divisions below it */
  divisionCode?: InputMaybe<Scalars['ID']['input']>;
  /** 发布时间起（含）/ Published at or after */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** 状态 / Statuses */
  status?: InputMaybe<Array<NoticeStatus>>;
  /** 标题包含（简繁通查）/ Title contains; Simplified and Traditional script find each other */
  titleContains?: InputMaybe<Scalars['String']['input']>;
  /** 发布时间止（不含）/ Published before */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 通知变更记录连接 / A page of a notice's history, newest first */
export type NoticeHistoryConnection = {
  __typename?: 'NoticeHistoryConnection';
  /** 边 / Edges */
  edges: Array<NoticeHistoryEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 通知变更记录边 / An edge of a notice's history */
export type NoticeHistoryEdge = {
  __typename?: 'NoticeHistoryEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 变更记录 / The change */
  node: HistoryEntry;
};

/** 通知排序 / Sort order of a notice list */
export type NoticeOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field?: NoticeOrderField;
};

/** 通知排序字段 / Sort field of a notice list */
export type NoticeOrderField =
  /** 起草时间 / Drafted at */
  | 'DRAFTED_AT'
  /** 发布时间（草稿没有）/ Published at; drafts have none */
  | 'PUBLISHED_AT';

/** 社区阅读数 / Reads of a notice in one community */
export type NoticeReadCount = {
  __typename?: 'NoticeReadCount';
  /** 社区代码 / Community code */
  communityCode: Scalars['ID']['output'];
  /** 阅读数 / Reads */
  count: Scalars['Int']['output'];
};

/** 通知状态 / Notice status: DRAFT → PUBLISHED → WITHDRAWN */
export type NoticeStatus =
  /** 草稿 / Draft, not visible to residents */
  | 'DRAFT'
  /** 已发布 / Published */
  | 'PUBLISHED'
  /** 已撤回 / Withdrawn */
  | 'WITHDRAWN';

/** 分页信息 / Page information of a cursor connection */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** 本页末个游标 / Cursor of the last edge */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** 是否有下一页 / Whether more items follow */
  hasNextPage: Scalars['Boolean']['output'];
  /** 是否有上一页 / Whether items precede */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** 本页首个游标 / Cursor of the first edge */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** 发放周期 / Payment schedule */
export type PaymentSchedule =
  /** 按月 / Monthly */
  | 'MONTHLY'
  /** 一次性 / One-off */
  | 'ONE_OFF'
  /** 按季度 / Quarterly */
  | 'QUARTERLY'
  /** 按年 / Yearly */
  | 'YEARLY';

/** 个人信息类别（决定脱敏方式）/ Kind of personal data, which decides its mask */
export type PersonalDataKind =
  /** 年龄：仅见本年内达到的年龄（当年减出生年）/ Age: only the age reached this year (current year minus birth year) */
  | 'AGE'
  /** 出生日期：仅见年份 / Birth date: the year only */
  | 'BIRTH_DATE'
  /** 身份证号：仅见前6位与后4位 / ID number: the first 6 and last 4 characters only */
  | 'ID_NUMBER'
  /** 姓名：仅见姓 / Name: the first character only */
  | 'NAME'
  /** 手机号：仅见前3位与后4位 / Phone: the first 3 and last 4 digits only */
  | 'PHONE';

/** 查询根 / Query root of the civil-affairs (民政) subgraph */
export type Query = {
  __typename?: 'Query';
  /** 按编号查救助案件（分析员和服务账号为 FORBIDDEN）/ An assistance case by id; FORBIDDEN for analysts and services */
  assistanceCase?: Maybe<AssistanceCase>;
  /** 救助案件列表（分析员和服务账号为 FORBIDDEN，用 civilAffairsStatistics）/ Assistance cases (低保, 特困, 临时救助, 孤儿 …) in the viewer's jurisdiction; FORBIDDEN for analysts and services, who read civilAffairsStatistics */
  assistanceCases?: Maybe<AssistanceCaseConnection>;
  /** 民政个人信息完整读取审计（仅管理员，其他角色为FORBIDDEN）/ Full reads of personal values held by the civil-affairs subgraph, newest first; admins only (others get FORBIDDEN) */
  civilAffairsAuditRecords?: Maybe<AuditRecordConnection>;
  /** 民政统计（按维度分组，辖区外为空）/ Civil-affairs statistics of a division for a period, grouped by the dimensions asked for; null when the division is outside the viewer's jurisdiction */
  civilAffairsStatistics?: Maybe<CivilAffairsStatistics>;
  /** 按代码查社区或村 / A community or village by its 12-digit code */
  community?: Maybe<Community>;
  /** 按代码查区 / A district by its 6-digit code; null when unknown or outside the viewer's jurisdiction */
  district?: Maybe<District>;
  /** 行政区划列表 / Divisions of any level visible to the viewer (its jurisdiction and that jurisdiction's ancestors) */
  divisions?: Maybe<DivisionConnection>;
  /** 按代码查网格 / A grid by its 15-digit code */
  grid?: Maybe<Grid>;
  /** 按编号查询通知 / One notice by id; null when unknown, or a draft or withdrawn notice the viewer may not manage */
  notice?: Maybe<Notice>;
  /** 通知列表（按发布区划与辖区，最新在前）/ Notices published by divisions inside the viewer's jurisdiction, newest first. Drafts and withdrawn notices only for admins and civil-affairs officials */
  notices?: Maybe<NoticeConnection>;
  /** 按编号查居民（分析员和服务账号为 FORBIDDEN）/ A resident by id; null when unknown or outside the viewer's jurisdiction; FORBIDDEN for analysts and services, who read statistics only */
  resident?: Maybe<Resident>;
  /** 居民列表（分析员和服务账号为 FORBIDDEN）/ Residents in the viewer's jurisdiction; FORBIDDEN for analysts and services */
  residents?: Maybe<ResidentConnection>;
  /** 按代码查街道或镇 / A street or town by its 9-digit code */
  street?: Maybe<Street>;
};


/** 查询根 / Query root of the civil-affairs (民政) subgraph */
export type QueryAssistanceCaseArgs = {
  id: Scalars['ID']['input'];
};


/** 查询根 / Query root of the civil-affairs (民政) subgraph */
export type QueryAssistanceCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssistanceCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AssistanceCaseOrder>;
};


/** 查询根 / Query root of the civil-affairs (民政) subgraph */
export type QueryCivilAffairsAuditRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询根 / Query root of the civil-affairs (民政) subgraph */
export type QueryCivilAffairsStatisticsArgs = {
  division: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** 查询根 / Query root of the civil-affairs (民政) subgraph */
export type QueryCommunityArgs = {
  code: Scalars['ID']['input'];
};


/** 查询根 / Query root of the civil-affairs (民政) subgraph */
export type QueryDistrictArgs = {
  code: Scalars['ID']['input'];
};


/** 查询根 / Query root of the civil-affairs (民政) subgraph */
export type QueryDivisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DivisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DivisionOrder>;
};


/** 查询根 / Query root of the civil-affairs (民政) subgraph */
export type QueryGridArgs = {
  code: Scalars['ID']['input'];
};


/** 查询根 / Query root of the civil-affairs (民政) subgraph */
export type QueryNoticeArgs = {
  id: Scalars['ID']['input'];
};


/** 查询根 / Query root of the civil-affairs (民政) subgraph */
export type QueryNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NoticeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NoticeOrder>;
};


/** 查询根 / Query root of the civil-affairs (民政) subgraph */
export type QueryResidentArgs = {
  id: Scalars['ID']['input'];
};


/** 查询根 / Query root of the civil-affairs (民政) subgraph */
export type QueryResidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ResidentOrder>;
};


/** 查询根 / Query root of the civil-affairs (民政) subgraph */
export type QueryStreetArgs = {
  code: Scalars['ID']['input'];
};

/** 居民 / Resident registered in a community; ID number, phone and name are personal data */
export type Resident = {
  __typename?: 'Resident';
  /** 年龄（周岁，按今日；个人信息，无完整权限者为本年内达到的年龄）/ Age in whole years today; personal data: for viewers without full access, the age reached this year */
  age: Scalars['Int']['output'];
  /** 作为受助人的救助案件 / Assistance cases the resident receives */
  assistanceCases: AssistanceCaseConnection;
  /** 出生日期（YYYY-MM-DD，个人信息，无完整权限者仅见年份）/ Birth date as YYYY-MM-DD; personal data, the year only unless the viewer may read it */
  birthDate: Scalars['String']['output'];
  /** 出生年份 / Year of birth */
  birthYear: Scalars['Int']['output'];
  /** 所属社区 / Community of residence */
  community?: Maybe<Community>;
  /** 所属网格 / Grid of residence */
  grid?: Maybe<Grid>;
  /** 户号 / Household number */
  householdNumber: Scalars['String']['output'];
  /** 居民编号 / Resident id */
  id: Scalars['ID']['output'];
  /** 身份证号（个人信息，按权限脱敏）/ Resident ID number; masked unless the viewer may read it */
  idNumber: Scalars['String']['output'];
  /** 姓名（个人信息，按权限脱敏）/ Name; personal data, masked unless the viewer may read it */
  name: Scalars['String']['output'];
  /** 手机号（个人信息，按权限脱敏）/ Mobile number; masked unless the viewer may read it */
  phone?: Maybe<Scalars['String']['output']>;
  /** 与户主关系 / Relation to the head of household */
  relationToHead: HouseholdRelation;
  /** 性别 / Sex */
  sex: Sex;
};


/** 居民 / Resident registered in a community; ID number, phone and name are personal data */
export type ResidentAssistanceCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssistanceCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AssistanceCaseOrder>;
};

/** 居民连接 / A page of residents */
export type ResidentConnection = {
  __typename?: 'ResidentConnection';
  /** 边 / Edges */
  edges: Array<ResidentEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 居民边 / An edge of a resident list */
export type ResidentEdge = {
  __typename?: 'ResidentEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 居民 / The resident */
  node: Resident;
};

/** 居民筛选 / Filter of the resident list */
export type ResidentFilter = {
  /** 区划代码（任意层级）/ Residents inside this division (any level) */
  divisionCode?: InputMaybe<Scalars['ID']['input']>;
  /** 最大年龄（个人信息）/ Maximum age today; personal data */
  maxAge?: InputMaybe<Scalars['Int']['input']>;
  /** 最小年龄（个人信息）/ Minimum age today; personal data */
  minAge?: InputMaybe<Scalars['Int']['input']>;
  /** 性别 / Sex */
  sex?: InputMaybe<Sex>;
};

/** 居民排序 / Sort order of the resident list */
export type ResidentOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field?: ResidentOrderField;
};

/** 居民排序字段 / Sort field of the resident list */
export type ResidentOrderField =
  /** 出生日期（个人信息）/ Birth date; personal data */
  | 'BIRTH_DATE'
  /** 编号 / Id */
  | 'ID';

/** 服务统计维度 / Dimension of the service statistics */
export type ServiceDimension =
  /** 社区或村 / Community or village */
  | 'COMMUNITY'
  /** 培训课程 / Training course */
  | 'COURSE'
  /** 网格 / Grid */
  | 'GRID'
  /** 服务类型 / Kind */
  | 'KIND'
  /** 月份（上海时区）/ Month, Asia/Shanghai */
  | 'MONTH'
  /** 街道或镇 / Street or town */
  | 'STREET';

/** 服务类型 / Kind of a civil-affairs service */
export type ServiceKind =
  /** 残疾人推荐就业 / Job placement of a disabled person */
  | 'DISABLED_JOB_PLACEMENT'
  /** 办理老年证 / Elderly certificate */
  | 'ELDERLY_CERTIFICATE'
  /** 4050人员灵活就业 / "4050" flexible employment */
  | 'FLEXIBLE_EMPLOYMENT_4050'
  /** 住房补贴 / Housing subsidy */
  | 'HOUSING_SUBSIDY'
  /** 医保登记 / Medical-insurance registration */
  | 'MEDICAL_INSURANCE_REGISTRATION'
  /** 新增就业 / New job */
  | 'NEW_JOB'
  /** 限价房审批 / Price-limited housing approval */
  | 'PRICE_LIMITED_HOUSING_APPROVAL'
  /** 办理敬老卡 / Senior card */
  | 'SENIOR_CARD'
  /** 技能培训 / Skills training */
  | 'SKILLS_TRAINING'
  /** 社保卡 / Social security card */
  | 'SOCIAL_SECURITY_CARD'
  /** 城乡医疗保险参保 / Urban-rural medical insurance enrolment */
  | 'URBAN_RURAL_MEDICAL_INSURANCE';

/** 服务统计分组键（未分组的维度为空）/ The group of a service row; dimensions not grouped by are null */
export type ServiceStatisticsKeys = {
  __typename?: 'ServiceStatisticsKeys';
  /** 社区代码 / Community code */
  community?: Maybe<Scalars['ID']['output']>;
  /** 培训课程 / Training course */
  course?: Maybe<Scalars['String']['output']>;
  /** 网格代码 / Grid code */
  grid?: Maybe<Scalars['ID']['output']>;
  /** 服务类型 / Kind */
  kind?: Maybe<ServiceKind>;
  /** 月份（YYYY-MM）/ Month, YYYY-MM */
  month?: Maybe<Scalars['String']['output']>;
  /** 街道代码 / Street code */
  street?: Maybe<Scalars['ID']['output']>;
};

/** 服务统计行 / One group of the service statistics */
export type ServiceStatisticsRow = {
  __typename?: 'ServiceStatisticsRow';
  /** 分组键 / The group */
  keys: ServiceStatisticsKeys;
  /** 服务人数（人次）/ Persons served (person-times) */
  persons?: Maybe<Scalars['Int']['output']>;
  /** 小样本已隐藏（分析员和服务账号）/ Figures withheld from an analyst or a service: a count of the row is 1 to 4, or below 5 after perturbation */
  suppressed: Scalars['Boolean']['output'];
};

/** 性别 / Sex */
export type Sex =
  /** 女 / Female */
  | 'FEMALE'
  /** 男 / Male */
  | 'MALE';

/** 排序方向 / Sort direction */
export type SortDirection =
  /** 升序 / Ascending */
  | 'ASC'
  /** 降序 / Descending */
  | 'DESC';

/** 街道或镇 / Street (街道) or town (镇), e.g. 广开街道 */
export type Street = Division & {
  __typename?: 'Street';
  /** 民政指标 / Civil-affairs indicators for a period */
  civilAffairsIndicators?: Maybe<CivilAffairsIndicators>;
  /** 区划代码（9位）/ Division code, 9 digits */
  code: Scalars['ID']['output'];
  /** 下辖社区和村 / Communities and villages of the street */
  communities: CommunityConnection;
  /** 所属区 / The district */
  district?: Maybe<District>;
  /** 类型：街道或镇 / Kind: STREET or TOWN */
  kind: DivisionKind;
  /** 层级 / Level */
  level: DivisionLevel;
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 上级区划代码 / Code of the district */
  parentCode?: Maybe<Scalars['ID']['output']>;
  /** 辖区居民 / Residents of the street */
  residents: ResidentConnection;
};


/** 街道或镇 / Street (街道) or town (镇), e.g. 广开街道 */
export type StreetCivilAffairsIndicatorsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** 街道或镇 / Street (街道) or town (镇), e.g. 广开街道 */
export type StreetCommunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChildDivisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DivisionOrder>;
};


/** 街道或镇 / Street (街道) or town (镇), e.g. 广开街道 */
export type StreetResidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DivisionResidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ResidentOrder>;
};

/** 街道连接 / A page of streets */
export type StreetConnection = {
  __typename?: 'StreetConnection';
  /** 边 / Edges */
  edges: Array<StreetEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 街道边 / An edge of a street list */
export type StreetEdge = {
  __typename?: 'StreetEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 街道 / The street */
  node: Street;
};

/** 城乡 / Urban or rural */
export type UrbanRural =
  /** 农村 / Rural */
  | 'RURAL'
  /** 城市 / Urban */
  | 'URBAN';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  AssistanceCase: AssistanceCase;
  Community: Community;
  District: District;
  Enterprise: Enterprise;
  Grid: Grid;
  Resident: Resident;
  Street: Street;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AssistanceCase:
    ( { __typename: 'AssistanceCase' }
    & GraphQLRecursivePick<FederationTypes['AssistanceCase'], {"id":true}> );
  Community:
    ( { __typename: 'Community' }
    & GraphQLRecursivePick<FederationTypes['Community'], {"code":true}> );
  District:
    ( { __typename: 'District' }
    & GraphQLRecursivePick<FederationTypes['District'], {"code":true}> );
  Enterprise:
    ( { __typename: 'Enterprise' }
    & GraphQLRecursivePick<FederationTypes['Enterprise'], {"id":true}> );
  Grid:
    ( { __typename: 'Grid' }
    & GraphQLRecursivePick<FederationTypes['Grid'], {"code":true}> );
  Resident:
    ( { __typename: 'Resident' }
    & GraphQLRecursivePick<FederationTypes['Resident'], {"id":true}> );
  Street:
    ( { __typename: 'Street' }
    & GraphQLRecursivePick<FederationTypes['Street'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActorRole: ActorRole;
  ApplyForAssistanceInput: ApplyForAssistanceInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AssistanceCase: ResolverTypeWrapper<AssistanceCaseRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AssistanceCaseConnection: ResolverTypeWrapper<Omit<AssistanceCaseConnection, 'edges'> & { edges: Array<ResolversTypes['AssistanceCaseEdge']> }>;
  AssistanceCaseEdge: ResolverTypeWrapper<Omit<AssistanceCaseEdge, 'node'> & { node: ResolversTypes['AssistanceCase'] }>;
  AssistanceCaseFilter: AssistanceCaseFilter;
  AssistanceCaseHistoryConnection: ResolverTypeWrapper<Omit<AssistanceCaseHistoryConnection, 'edges'> & { edges: Array<ResolversTypes['AssistanceCaseHistoryEdge']> }>;
  AssistanceCaseHistoryEdge: ResolverTypeWrapper<Omit<AssistanceCaseHistoryEdge, 'node'> & { node: ResolversTypes['HistoryEntry'] }>;
  AssistanceCaseOrder: AssistanceCaseOrder;
  AssistanceCaseOrderField: AssistanceCaseOrderField;
  AssistanceCaseStatus: AssistanceCaseStatus;
  AssistanceDimension: AssistanceDimension;
  AssistanceProgram: AssistanceProgram;
  AssistanceStatisticsKeys: ResolverTypeWrapper<AssistanceStatisticsKeys>;
  AssistanceStatisticsRow: ResolverTypeWrapper<AssistanceStatisticsRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AuditRecord: ResolverTypeWrapper<AuditRecord>;
  AuditRecordConnection: ResolverTypeWrapper<AuditRecordConnection>;
  AuditRecordEdge: ResolverTypeWrapper<AuditRecordEdge>;
  AuditRecordFilter: AuditRecordFilter;
  BenefitPayment: ResolverTypeWrapper<BenefitPaymentRecord>;
  BenefitPaymentConnection: ResolverTypeWrapper<Omit<BenefitPaymentConnection, 'edges'> & { edges: Array<ResolversTypes['BenefitPaymentEdge']> }>;
  BenefitPaymentEdge: ResolverTypeWrapper<Omit<BenefitPaymentEdge, 'node'> & { node: ResolversTypes['BenefitPayment'] }>;
  BenefitPaymentFilter: BenefitPaymentFilter;
  BenefitPaymentOrder: BenefitPaymentOrder;
  BenefitPaymentOrderField: BenefitPaymentOrderField;
  ChildDivisionFilter: ChildDivisionFilter;
  CivilAffairsIndicators: ResolverTypeWrapper<CivilAffairsIndicators>;
  CivilAffairsStatistics: ResolverTypeWrapper<StatisticsRequest>;
  CivilAffairsTarget: ResolverTypeWrapper<CivilAffairsTarget>;
  Community: ResolverTypeWrapper<DivisionRecord>;
  CommunityConnection: ResolverTypeWrapper<Omit<CommunityConnection, 'edges'> & { edges: Array<ResolversTypes['CommunityEdge']> }>;
  CommunityEdge: ResolverTypeWrapper<Omit<CommunityEdge, 'node'> & { node: ResolversTypes['Community'] }>;
  CommunityNoticeFilter: CommunityNoticeFilter;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DibaoTier: DibaoTier;
  DibaoTierCount: ResolverTypeWrapper<DibaoTierCount>;
  District: ResolverTypeWrapper<DivisionRecord>;
  Division: ResolverTypeWrapper<DivisionRecord>;
  DivisionConnection: ResolverTypeWrapper<Omit<DivisionConnection, 'edges'> & { edges: Array<ResolversTypes['DivisionEdge']> }>;
  DivisionEdge: ResolverTypeWrapper<Omit<DivisionEdge, 'node'> & { node: ResolversTypes['Division'] }>;
  DivisionFilter: DivisionFilter;
  DivisionKind: DivisionKind;
  DivisionLevel: DivisionLevel;
  DivisionOrder: DivisionOrder;
  DivisionOrderField: DivisionOrderField;
  DivisionResidentFilter: DivisionResidentFilter;
  DraftNoticeInput: DraftNoticeInput;
  Enterprise: ResolverTypeWrapper<EnterpriseRef>;
  Grid: ResolverTypeWrapper<DivisionRecord>;
  GridConnection: ResolverTypeWrapper<Omit<GridConnection, 'edges'> & { edges: Array<ResolversTypes['GridEdge']> }>;
  GridEdge: ResolverTypeWrapper<Omit<GridEdge, 'node'> & { node: ResolversTypes['Grid'] }>;
  HistoryEntry: ResolverTypeWrapper<HistoryEntryRecord>;
  HouseholdRelation: HouseholdRelation;
  Measure: ResolverTypeWrapper<Measure>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notice: ResolverTypeWrapper<NoticeRecord>;
  NoticeCategory: NoticeCategory;
  NoticeConnection: ResolverTypeWrapper<Omit<NoticeConnection, 'edges'> & { edges: Array<ResolversTypes['NoticeEdge']> }>;
  NoticeEdge: ResolverTypeWrapper<Omit<NoticeEdge, 'node'> & { node: ResolversTypes['Notice'] }>;
  NoticeFilter: NoticeFilter;
  NoticeHistoryConnection: ResolverTypeWrapper<Omit<NoticeHistoryConnection, 'edges'> & { edges: Array<ResolversTypes['NoticeHistoryEdge']> }>;
  NoticeHistoryEdge: ResolverTypeWrapper<Omit<NoticeHistoryEdge, 'node'> & { node: ResolversTypes['HistoryEntry'] }>;
  NoticeOrder: NoticeOrder;
  NoticeOrderField: NoticeOrderField;
  NoticeReadCount: ResolverTypeWrapper<NoticeReadCount>;
  NoticeStatus: NoticeStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaymentSchedule: PaymentSchedule;
  PersonalDataKind: PersonalDataKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Resident: ResolverTypeWrapper<ResidentRecord>;
  ResidentConnection: ResolverTypeWrapper<Omit<ResidentConnection, 'edges'> & { edges: Array<ResolversTypes['ResidentEdge']> }>;
  ResidentEdge: ResolverTypeWrapper<Omit<ResidentEdge, 'node'> & { node: ResolversTypes['Resident'] }>;
  ResidentFilter: ResidentFilter;
  ResidentOrder: ResidentOrder;
  ResidentOrderField: ResidentOrderField;
  ServiceDimension: ServiceDimension;
  ServiceKind: ServiceKind;
  ServiceStatisticsKeys: ResolverTypeWrapper<ServiceStatisticsKeys>;
  ServiceStatisticsRow: ResolverTypeWrapper<ServiceStatisticsRow>;
  Sex: Sex;
  SortDirection: SortDirection;
  Street: ResolverTypeWrapper<DivisionRecord>;
  StreetConnection: ResolverTypeWrapper<Omit<StreetConnection, 'edges'> & { edges: Array<ResolversTypes['StreetEdge']> }>;
  StreetEdge: ResolverTypeWrapper<Omit<StreetEdge, 'node'> & { node: ResolversTypes['Street'] }>;
  UrbanRural: UrbanRural;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApplyForAssistanceInput: ApplyForAssistanceInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  AssistanceCase: AssistanceCaseRecord;
  Float: Scalars['Float']['output'];
  AssistanceCaseConnection: Omit<AssistanceCaseConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssistanceCaseEdge']> };
  AssistanceCaseEdge: Omit<AssistanceCaseEdge, 'node'> & { node: ResolversParentTypes['AssistanceCase'] };
  AssistanceCaseFilter: AssistanceCaseFilter;
  AssistanceCaseHistoryConnection: Omit<AssistanceCaseHistoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssistanceCaseHistoryEdge']> };
  AssistanceCaseHistoryEdge: Omit<AssistanceCaseHistoryEdge, 'node'> & { node: ResolversParentTypes['HistoryEntry'] };
  AssistanceCaseOrder: AssistanceCaseOrder;
  AssistanceStatisticsKeys: AssistanceStatisticsKeys;
  AssistanceStatisticsRow: AssistanceStatisticsRow;
  Boolean: Scalars['Boolean']['output'];
  AuditRecord: AuditRecord;
  AuditRecordConnection: AuditRecordConnection;
  AuditRecordEdge: AuditRecordEdge;
  AuditRecordFilter: AuditRecordFilter;
  BenefitPayment: BenefitPaymentRecord;
  BenefitPaymentConnection: Omit<BenefitPaymentConnection, 'edges'> & { edges: Array<ResolversParentTypes['BenefitPaymentEdge']> };
  BenefitPaymentEdge: Omit<BenefitPaymentEdge, 'node'> & { node: ResolversParentTypes['BenefitPayment'] };
  BenefitPaymentFilter: BenefitPaymentFilter;
  BenefitPaymentOrder: BenefitPaymentOrder;
  ChildDivisionFilter: ChildDivisionFilter;
  CivilAffairsIndicators: CivilAffairsIndicators;
  CivilAffairsStatistics: StatisticsRequest;
  CivilAffairsTarget: CivilAffairsTarget;
  Community: DivisionRecord;
  CommunityConnection: Omit<CommunityConnection, 'edges'> & { edges: Array<ResolversParentTypes['CommunityEdge']> };
  CommunityEdge: Omit<CommunityEdge, 'node'> & { node: ResolversParentTypes['Community'] };
  CommunityNoticeFilter: CommunityNoticeFilter;
  DateTime: Scalars['DateTime']['output'];
  DibaoTierCount: DibaoTierCount;
  District: DivisionRecord;
  Division: DivisionRecord;
  DivisionConnection: Omit<DivisionConnection, 'edges'> & { edges: Array<ResolversParentTypes['DivisionEdge']> };
  DivisionEdge: Omit<DivisionEdge, 'node'> & { node: ResolversParentTypes['Division'] };
  DivisionFilter: DivisionFilter;
  DivisionOrder: DivisionOrder;
  DivisionResidentFilter: DivisionResidentFilter;
  DraftNoticeInput: DraftNoticeInput;
  Enterprise: EnterpriseRef;
  Grid: DivisionRecord;
  GridConnection: Omit<GridConnection, 'edges'> & { edges: Array<ResolversParentTypes['GridEdge']> };
  GridEdge: Omit<GridEdge, 'node'> & { node: ResolversParentTypes['Grid'] };
  HistoryEntry: HistoryEntryRecord;
  Measure: Measure;
  Mutation: Record<PropertyKey, never>;
  Notice: NoticeRecord;
  NoticeConnection: Omit<NoticeConnection, 'edges'> & { edges: Array<ResolversParentTypes['NoticeEdge']> };
  NoticeEdge: Omit<NoticeEdge, 'node'> & { node: ResolversParentTypes['Notice'] };
  NoticeFilter: NoticeFilter;
  NoticeHistoryConnection: Omit<NoticeHistoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['NoticeHistoryEdge']> };
  NoticeHistoryEdge: Omit<NoticeHistoryEdge, 'node'> & { node: ResolversParentTypes['HistoryEntry'] };
  NoticeOrder: NoticeOrder;
  NoticeReadCount: NoticeReadCount;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Resident: ResidentRecord;
  ResidentConnection: Omit<ResidentConnection, 'edges'> & { edges: Array<ResolversParentTypes['ResidentEdge']> };
  ResidentEdge: Omit<ResidentEdge, 'node'> & { node: ResolversParentTypes['Resident'] };
  ResidentFilter: ResidentFilter;
  ResidentOrder: ResidentOrder;
  ServiceStatisticsKeys: ServiceStatisticsKeys;
  ServiceStatisticsRow: ServiceStatisticsRow;
  Street: DivisionRecord;
  StreetConnection: Omit<StreetConnection, 'edges'> & { edges: Array<ResolversParentTypes['StreetEdge']> };
  StreetEdge: Omit<StreetEdge, 'node'> & { node: ResolversParentTypes['Street'] };
}>;

export type PersonalDirectiveArgs = {
  kind: PersonalDataKind;
};

export type PersonalDirectiveResolver<Result, Parent, ContextType = CivilAffairsContext, Args = PersonalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AssistanceCaseResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['AssistanceCase'] = ResolversParentTypes['AssistanceCase'], FederationReferenceType extends FederationReferenceTypes['AssistanceCase'] = FederationReferenceTypes['AssistanceCase']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AssistanceCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appliedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AssistanceCaseHistoryConnection'], ParentType, ContextType, RequireFields<AssistanceCaseHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paymentSchedule?: Resolver<ResolversTypes['PaymentSchedule'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['BenefitPaymentConnection'], ParentType, ContextType, RequireFields<AssistanceCasePaymentsArgs, 'first'>>;
  persons?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['AssistanceProgram'], ParentType, ContextType>;
  recipient?: Resolver<Maybe<ResolversTypes['Resident']>, ParentType, ContextType>;
  recipientName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssistanceCaseStatus'], ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['DibaoTier']>, ParentType, ContextType>;
  totalPaidYuan?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  urbanRural?: Resolver<ResolversTypes['UrbanRural'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssistanceCaseConnectionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['AssistanceCaseConnection'] = ResolversParentTypes['AssistanceCaseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AssistanceCaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssistanceCaseEdgeResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['AssistanceCaseEdge'] = ResolversParentTypes['AssistanceCaseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AssistanceCase'], ParentType, ContextType>;
}>;

export type AssistanceCaseHistoryConnectionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['AssistanceCaseHistoryConnection'] = ResolversParentTypes['AssistanceCaseHistoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AssistanceCaseHistoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssistanceCaseHistoryEdgeResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['AssistanceCaseHistoryEdge'] = ResolversParentTypes['AssistanceCaseHistoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HistoryEntry'], ParentType, ContextType>;
}>;

export type AssistanceStatisticsKeysResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['AssistanceStatisticsKeys'] = ResolversParentTypes['AssistanceStatisticsKeys']> = ResolversObject<{
  community?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['AssistanceProgram']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['DibaoTier']>, ParentType, ContextType>;
  urbanRural?: Resolver<Maybe<ResolversTypes['UrbanRural']>, ParentType, ContextType>;
}>;

export type AssistanceStatisticsRowResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['AssistanceStatisticsRow'] = ResolversParentTypes['AssistanceStatisticsRow']> = ResolversObject<{
  amountYuan?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  households?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  keys?: Resolver<ResolversTypes['AssistanceStatisticsKeys'], ParentType, ContextType>;
  payments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  persons?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AuditRecordResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sub?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditRecordConnectionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['AuditRecordConnection'] = ResolversParentTypes['AuditRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditRecordEdgeResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['AuditRecordEdge'] = ResolversParentTypes['AuditRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditRecord'], ParentType, ContextType>;
}>;

export type BenefitPaymentResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['BenefitPayment'] = ResolversParentTypes['BenefitPayment']> = ResolversObject<{
  amountYuan?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  months?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BenefitPaymentConnectionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['BenefitPaymentConnection'] = ResolversParentTypes['BenefitPaymentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BenefitPaymentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BenefitPaymentEdgeResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['BenefitPaymentEdge'] = ResolversParentTypes['BenefitPaymentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BenefitPayment'], ParentType, ContextType>;
}>;

export type CivilAffairsIndicatorsResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['CivilAffairsIndicators'] = ResolversParentTypes['CivilAffairsIndicators']> = ResolversObject<{
  childAssistanceAmount?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  dayCareCentres?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  deFactoUnsupportedChildren?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  dibaoAmount?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  dibaoHouseholds?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  dibaoPersons?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  dibaoRuralAmount?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  dibaoRuralHouseholds?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  dibaoRuralPersons?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  dibaoTiers?: Resolver<Array<ResolversTypes['DibaoTierCount']>, ParentType, ContextType>;
  dibaoUrbanAmount?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  dibaoUrbanHouseholds?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  dibaoUrbanPersons?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  disabilityLivingSubsidyAmount?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  disabilityLivingSubsidyPersons?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  disabledJobPlacements?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  elderlyCertificates?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  extremePovertyPersons?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  flexibleEmployment4050?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  highAgeAllowanceAmount?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  highAgeAllowanceRecipients?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  housingSubsidies?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  jobFairEnterprises?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  jobFairHiringIntentions?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  medicalInsuranceRegistrations?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  newDibaoAmount?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  newDibaoHouseholds?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  newJobs?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  orphans?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  priceLimitedHousingApprovals?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  seniorCards?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  severeDisabilityCareSubsidyAmount?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  severeDisabilityCareSubsidyPersons?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  socialSecurityCards?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['CivilAffairsTarget']>, ParentType, ContextType>;
  temporaryAssistanceAmount?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  temporaryAssistancePersonTimes?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  trainedPersons?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  urbanRuralMedicalInsuranceEnrolments?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
}>;

export type CivilAffairsStatisticsResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['CivilAffairsStatistics'] = ResolversParentTypes['CivilAffairsStatistics']> = ResolversObject<{
  assistance?: Resolver<Array<ResolversTypes['AssistanceStatisticsRow']>, ParentType, ContextType, RequireFields<CivilAffairsStatisticsAssistanceArgs, 'groupBy' | 'programs'>>;
  division?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['ServiceStatisticsRow']>, ParentType, ContextType, RequireFields<CivilAffairsStatisticsServicesArgs, 'groupBy'>>;
}>;

export type CivilAffairsTargetResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['CivilAffairsTarget'] = ResolversParentTypes['CivilAffairsTarget']> = ResolversObject<{
  comparison?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CommunityResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community'], FederationReferenceType extends FederationReferenceTypes['Community'] = FederationReferenceTypes['Community']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Community']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assistanceCases?: Resolver<ResolversTypes['AssistanceCaseConnection'], ParentType, ContextType, RequireFields<CommunityAssistanceCasesArgs, 'first'>>;
  civilAffairsIndicators?: Resolver<Maybe<ResolversTypes['CivilAffairsIndicators']>, ParentType, ContextType, Partial<CommunityCivilAffairsIndicatorsArgs>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  grids?: Resolver<ResolversTypes['GridConnection'], ParentType, ContextType, RequireFields<CommunityGridsArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['DivisionKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['DivisionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notices?: Resolver<Maybe<ResolversTypes['NoticeConnection']>, ParentType, ContextType, RequireFields<CommunityNoticesArgs, 'first'>>;
  parentCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  residents?: Resolver<ResolversTypes['ResidentConnection'], ParentType, ContextType, RequireFields<CommunityResidentsArgs, 'first'>>;
  street?: Resolver<Maybe<ResolversTypes['Street']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CommunityConnectionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['CommunityConnection'] = ResolversParentTypes['CommunityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CommunityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CommunityEdgeResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['CommunityEdge'] = ResolversParentTypes['CommunityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DibaoTierCountResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['DibaoTierCount'] = ResolversParentTypes['DibaoTierCount']> = ResolversObject<{
  households?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  persons?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['DibaoTier'], ParentType, ContextType>;
  urbanRural?: Resolver<ResolversTypes['UrbanRural'], ParentType, ContextType>;
}>;

export type DistrictResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District'], FederationReferenceType extends FederationReferenceTypes['District'] = FederationReferenceTypes['District']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']> | FederationReferenceType, FederationReferenceType, ContextType>;
  civilAffairsIndicators?: Resolver<Maybe<ResolversTypes['CivilAffairsIndicators']>, ParentType, ContextType, Partial<DistrictCivilAffairsIndicatorsArgs>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DivisionKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['DivisionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  residents?: Resolver<ResolversTypes['ResidentConnection'], ParentType, ContextType, RequireFields<DistrictResidentsArgs, 'first'>>;
  streets?: Resolver<ResolversTypes['StreetConnection'], ParentType, ContextType, RequireFields<DistrictStreetsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DivisionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Division'] = ResolversParentTypes['Division']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Community' | 'District' | 'Grid' | 'Street', ParentType, ContextType>;
}>;

export type DivisionConnectionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['DivisionConnection'] = ResolversParentTypes['DivisionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DivisionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DivisionEdgeResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['DivisionEdge'] = ResolversParentTypes['DivisionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Division'], ParentType, ContextType>;
}>;

export type EnterpriseResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobFairHires?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type GridResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Grid'] = ResolversParentTypes['Grid'], FederationReferenceType extends FederationReferenceTypes['Grid'] = FederationReferenceTypes['Grid']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Grid']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DivisionKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['DivisionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  residents?: Resolver<ResolversTypes['ResidentConnection'], ParentType, ContextType, RequireFields<GridResidentsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GridConnectionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['GridConnection'] = ResolversParentTypes['GridConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GridEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GridEdgeResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['GridEdge'] = ResolversParentTypes['GridEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Grid'], ParentType, ContextType>;
}>;

export type HistoryEntryResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  fromState?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ActorRole'], ParentType, ContextType>;
  toState?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MeasureResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Measure'] = ResolversParentTypes['Measure']> = ResolversObject<{
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  applyForAssistance?: Resolver<ResolversTypes['AssistanceCase'], ParentType, ContextType, RequireFields<MutationApplyForAssistanceArgs, 'idempotencyKey' | 'input'>>;
  approveAssistance?: Resolver<ResolversTypes['AssistanceCase'], ParentType, ContextType, RequireFields<MutationApproveAssistanceArgs, 'expectedVersion' | 'id'>>;
  changeAssistanceTier?: Resolver<ResolversTypes['AssistanceCase'], ParentType, ContextType, RequireFields<MutationChangeAssistanceTierArgs, 'expectedVersion' | 'id' | 'tier'>>;
  communityReviewAssistance?: Resolver<ResolversTypes['AssistanceCase'], ParentType, ContextType, RequireFields<MutationCommunityReviewAssistanceArgs, 'expectedVersion' | 'id'>>;
  draftNotice?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationDraftNoticeArgs, 'idempotencyKey' | 'input'>>;
  publishNotice?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationPublishNoticeArgs, 'expectedVersion' | 'id'>>;
  recordBenefitPayment?: Resolver<ResolversTypes['BenefitPayment'], ParentType, ContextType, RequireFields<MutationRecordBenefitPaymentArgs, 'amountYuan' | 'caseId' | 'idempotencyKey' | 'month'>>;
  recordNoticeRead?: Resolver<ResolversTypes['NoticeReadCount'], ParentType, ContextType, RequireFields<MutationRecordNoticeReadArgs, 'communityCode' | 'noticeId'>>;
  rejectAssistance?: Resolver<ResolversTypes['AssistanceCase'], ParentType, ContextType, RequireFields<MutationRejectAssistanceArgs, 'expectedVersion' | 'id'>>;
  resumeAssistance?: Resolver<ResolversTypes['AssistanceCase'], ParentType, ContextType, RequireFields<MutationResumeAssistanceArgs, 'expectedVersion' | 'id'>>;
  suspendAssistance?: Resolver<ResolversTypes['AssistanceCase'], ParentType, ContextType, RequireFields<MutationSuspendAssistanceArgs, 'expectedVersion' | 'id'>>;
  terminateAssistance?: Resolver<ResolversTypes['AssistanceCase'], ParentType, ContextType, RequireFields<MutationTerminateAssistanceArgs, 'expectedVersion' | 'id'>>;
  withdrawNotice?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationWithdrawNoticeArgs, 'expectedVersion' | 'id'>>;
}>;

export type NoticeResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Notice'] = ResolversParentTypes['Notice']> = ResolversObject<{
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['NoticeCategory'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  draftedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['NoticeHistoryConnection'], ParentType, ContextType, RequireFields<NoticeHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  readCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  readCounts?: Resolver<Array<ResolversTypes['NoticeReadCount']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NoticeStatus'], ParentType, ContextType>;
  targetCodes?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type NoticeConnectionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['NoticeConnection'] = ResolversParentTypes['NoticeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NoticeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NoticeEdgeResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['NoticeEdge'] = ResolversParentTypes['NoticeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notice'], ParentType, ContextType>;
}>;

export type NoticeHistoryConnectionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['NoticeHistoryConnection'] = ResolversParentTypes['NoticeHistoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NoticeHistoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NoticeHistoryEdgeResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['NoticeHistoryEdge'] = ResolversParentTypes['NoticeHistoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HistoryEntry'], ParentType, ContextType>;
}>;

export type NoticeReadCountResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['NoticeReadCount'] = ResolversParentTypes['NoticeReadCount']> = ResolversObject<{
  communityCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  assistanceCase?: Resolver<Maybe<ResolversTypes['AssistanceCase']>, ParentType, ContextType, RequireFields<QueryAssistanceCaseArgs, 'id'>>;
  assistanceCases?: Resolver<Maybe<ResolversTypes['AssistanceCaseConnection']>, ParentType, ContextType, RequireFields<QueryAssistanceCasesArgs, 'first'>>;
  civilAffairsAuditRecords?: Resolver<Maybe<ResolversTypes['AuditRecordConnection']>, ParentType, ContextType, RequireFields<QueryCivilAffairsAuditRecordsArgs, 'first'>>;
  civilAffairsStatistics?: Resolver<Maybe<ResolversTypes['CivilAffairsStatistics']>, ParentType, ContextType, RequireFields<QueryCivilAffairsStatisticsArgs, 'division'>>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType, RequireFields<QueryCommunityArgs, 'code'>>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType, RequireFields<QueryDistrictArgs, 'code'>>;
  divisions?: Resolver<Maybe<ResolversTypes['DivisionConnection']>, ParentType, ContextType, RequireFields<QueryDivisionsArgs, 'first'>>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType, RequireFields<QueryGridArgs, 'code'>>;
  notice?: Resolver<Maybe<ResolversTypes['Notice']>, ParentType, ContextType, RequireFields<QueryNoticeArgs, 'id'>>;
  notices?: Resolver<Maybe<ResolversTypes['NoticeConnection']>, ParentType, ContextType, RequireFields<QueryNoticesArgs, 'first'>>;
  resident?: Resolver<Maybe<ResolversTypes['Resident']>, ParentType, ContextType, RequireFields<QueryResidentArgs, 'id'>>;
  residents?: Resolver<Maybe<ResolversTypes['ResidentConnection']>, ParentType, ContextType, RequireFields<QueryResidentsArgs, 'first'>>;
  street?: Resolver<Maybe<ResolversTypes['Street']>, ParentType, ContextType, RequireFields<QueryStreetArgs, 'code'>>;
}>;

export type ResidentResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Resident'] = ResolversParentTypes['Resident'], FederationReferenceType extends FederationReferenceTypes['Resident'] = FederationReferenceTypes['Resident']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Resident']> | FederationReferenceType, FederationReferenceType, ContextType>;
  age?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assistanceCases?: Resolver<ResolversTypes['AssistanceCaseConnection'], ParentType, ContextType, RequireFields<ResidentAssistanceCasesArgs, 'first'>>;
  birthDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  birthYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  householdNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationToHead?: Resolver<ResolversTypes['HouseholdRelation'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
}>;

export type ResidentConnectionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['ResidentConnection'] = ResolversParentTypes['ResidentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ResidentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ResidentEdgeResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['ResidentEdge'] = ResolversParentTypes['ResidentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Resident'], ParentType, ContextType>;
}>;

export type ServiceStatisticsKeysResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['ServiceStatisticsKeys'] = ResolversParentTypes['ServiceStatisticsKeys']> = ResolversObject<{
  community?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  course?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ServiceKind']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ServiceStatisticsRowResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['ServiceStatisticsRow'] = ResolversParentTypes['ServiceStatisticsRow']> = ResolversObject<{
  keys?: Resolver<ResolversTypes['ServiceStatisticsKeys'], ParentType, ContextType>;
  persons?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type StreetResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Street'] = ResolversParentTypes['Street'], FederationReferenceType extends FederationReferenceTypes['Street'] = FederationReferenceTypes['Street']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Street']> | FederationReferenceType, FederationReferenceType, ContextType>;
  civilAffairsIndicators?: Resolver<Maybe<ResolversTypes['CivilAffairsIndicators']>, ParentType, ContextType, Partial<StreetCivilAffairsIndicatorsArgs>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  communities?: Resolver<ResolversTypes['CommunityConnection'], ParentType, ContextType, RequireFields<StreetCommunitiesArgs, 'first'>>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DivisionKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['DivisionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  residents?: Resolver<ResolversTypes['ResidentConnection'], ParentType, ContextType, RequireFields<StreetResidentsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StreetConnectionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['StreetConnection'] = ResolversParentTypes['StreetConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StreetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StreetEdgeResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['StreetEdge'] = ResolversParentTypes['StreetEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Street'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CivilAffairsContext> = ResolversObject<{
  AssistanceCase?: AssistanceCaseResolvers<ContextType>;
  AssistanceCaseConnection?: AssistanceCaseConnectionResolvers<ContextType>;
  AssistanceCaseEdge?: AssistanceCaseEdgeResolvers<ContextType>;
  AssistanceCaseHistoryConnection?: AssistanceCaseHistoryConnectionResolvers<ContextType>;
  AssistanceCaseHistoryEdge?: AssistanceCaseHistoryEdgeResolvers<ContextType>;
  AssistanceStatisticsKeys?: AssistanceStatisticsKeysResolvers<ContextType>;
  AssistanceStatisticsRow?: AssistanceStatisticsRowResolvers<ContextType>;
  AuditRecord?: AuditRecordResolvers<ContextType>;
  AuditRecordConnection?: AuditRecordConnectionResolvers<ContextType>;
  AuditRecordEdge?: AuditRecordEdgeResolvers<ContextType>;
  BenefitPayment?: BenefitPaymentResolvers<ContextType>;
  BenefitPaymentConnection?: BenefitPaymentConnectionResolvers<ContextType>;
  BenefitPaymentEdge?: BenefitPaymentEdgeResolvers<ContextType>;
  CivilAffairsIndicators?: CivilAffairsIndicatorsResolvers<ContextType>;
  CivilAffairsStatistics?: CivilAffairsStatisticsResolvers<ContextType>;
  CivilAffairsTarget?: CivilAffairsTargetResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CommunityConnection?: CommunityConnectionResolvers<ContextType>;
  CommunityEdge?: CommunityEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DibaoTierCount?: DibaoTierCountResolvers<ContextType>;
  District?: DistrictResolvers<ContextType>;
  Division?: DivisionResolvers<ContextType>;
  DivisionConnection?: DivisionConnectionResolvers<ContextType>;
  DivisionEdge?: DivisionEdgeResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  Grid?: GridResolvers<ContextType>;
  GridConnection?: GridConnectionResolvers<ContextType>;
  GridEdge?: GridEdgeResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notice?: NoticeResolvers<ContextType>;
  NoticeConnection?: NoticeConnectionResolvers<ContextType>;
  NoticeEdge?: NoticeEdgeResolvers<ContextType>;
  NoticeHistoryConnection?: NoticeHistoryConnectionResolvers<ContextType>;
  NoticeHistoryEdge?: NoticeHistoryEdgeResolvers<ContextType>;
  NoticeReadCount?: NoticeReadCountResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Resident?: ResidentResolvers<ContextType>;
  ResidentConnection?: ResidentConnectionResolvers<ContextType>;
  ResidentEdge?: ResidentEdgeResolvers<ContextType>;
  ServiceStatisticsKeys?: ServiceStatisticsKeysResolvers<ContextType>;
  ServiceStatisticsRow?: ServiceStatisticsRowResolvers<ContextType>;
  Street?: StreetResolvers<ContextType>;
  StreetConnection?: StreetConnectionResolvers<ContextType>;
  StreetEdge?: StreetEdgeResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = CivilAffairsContext> = ResolversObject<{
  personal?: PersonalDirectiveResolver<any, any, ContextType>;
}>;
