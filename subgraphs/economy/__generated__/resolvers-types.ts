import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EnterpriseRecord, InvestmentProjectRecord, InvestmentTripRecord, TaxRecordRecord, ServiceVisitRecord, BuildingRecord, TargetRecord, DivisionRef } from '../models.js';
import type { IndicatorScope } from '../indicators.js';
import type { StatisticsRequest } from '../../../platform/query/statistics.js';
import type { HistoryEntryRecord } from '../../../platform/writes/write-model.js';
import type { EconomyContext } from '../context.js';
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

/** 楼宇 / Office building of the building economy (楼宇经济) */
export type Building = {
  __typename?: 'Building';
  /** 年税收（元，最近一年）/ Tax revenue of its tenants in yuan, latest year */
  annualTaxYuan: Scalars['Float']['output'];
  /** 亿元楼宇 / Tax revenue of at least 1亿 a year (亿元楼宇) */
  billionYuan: Scalars['Boolean']['output'];
  /** 成为亿元楼宇的年份 / Year it first reached 1亿 of tax */
  billionYuanSince?: Maybe<Scalars['Int']['output']>;
  /** 区划代码 / Division code */
  divisionCode: Scalars['ID']['output'];
  /** ID / Building id */
  id: Scalars['ID']['output'];
  /** 名称 / Name */
  name: Scalars['String']['output'];
};

/** 楼宇连接 / Page of buildings */
export type BuildingConnection = {
  __typename?: 'BuildingConnection';
  /** 边 / Edges */
  edges: Array<BuildingEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total matching */
  totalCount: Scalars['Int']['output'];
};

/** 楼宇边 / Building edge */
export type BuildingEdge = {
  __typename?: 'BuildingEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 楼宇 / Building */
  node: Building;
};

/** 楼宇筛选 / Building filter */
export type BuildingFilter = {
  /** 亿元楼宇 / 亿元 buildings only (true) or not (false) */
  billionYuan?: InputMaybe<Scalars['Boolean']['input']>;
  /** 区划代码（任意级别）/ Division code of any level */
  divisionCode?: InputMaybe<Scalars['ID']['input']>;
  /** 名称包含 / Name contains this text */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** 楼宇排序 / Building sort order */
export type BuildingOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field?: BuildingOrderField;
};

/** 楼宇排序字段 / Building sort field */
export type BuildingOrderField =
  /** 年税收 / Annual tax */
  | 'ANNUAL_TAX'
  /** 名称 / Name */
  | 'NAME';

/** 社区（村）/ Community or village (owned by civil affairs; economy contributes its fields) */
export type Community = {
  __typename?: 'Community';
  /** 区划代码 / Division code */
  code: Scalars['ID']['output'];
  /** 经济指标 / Economy indicators */
  economyIndicators?: Maybe<EconomyIndicators>;
  /** 辖区企业 / Enterprises in the community */
  enterprises?: Maybe<EnterpriseConnection>;
  /** 辖区招商项目 / Investment projects landing in the community */
  projects?: Maybe<InvestmentProjectConnection>;
};


/** 社区（村）/ Community or village (owned by civil affairs; economy contributes its fields) */
export type CommunityEconomyIndicatorsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** 社区（村）/ Community or village (owned by civil affairs; economy contributes its fields) */
export type CommunityEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnterpriseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EnterpriseOrder>;
};


/** 社区（村）/ Community or village (owned by civil affairs; economy contributes its fields) */
export type CommunityProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvestmentProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InvestmentProjectOrder>;
};

/** 新建招商项目 / A new investment lead */
export type CreateInvestmentProjectInput = {
  /** 计划投资额（元，不小于0）/ Planned investment in yuan, zero or more */
  amountYuan: Scalars['Float']['input'];
  /** 落地区划代码（区、街道或社区，须存在）/ Code of an existing district, street or community where it lands */
  divisionCode: Scalars['ID']['input'];
  /** 落地企业统一社会信用代码（校验位须正确）/ Credit code of the local enterprise carrying it (check character verified) */
  enterpriseCreditCode?: InputMaybe<Scalars['String']['input']>;
  /** 行业 / Industry */
  industry: Industry;
  /** 投资方 / Investor's name */
  investorName?: InputMaybe<Scalars['String']['input']>;
  /** 项目名称 / Project name */
  name: Scalars['String']['input'];
  /** 备注 / Note for the history */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** 区 / District (owned by civil affairs; economy contributes its fields) */
export type District = {
  __typename?: 'District';
  /** 区划代码 / Division code */
  code: Scalars['ID']['output'];
  /** 经济指标 / Economy indicators */
  economyIndicators?: Maybe<EconomyIndicators>;
  /** 辖区企业 / Enterprises in the district */
  enterprises?: Maybe<EnterpriseConnection>;
  /** 外出招商 / Investment trips organized in the district */
  investmentTrips?: Maybe<InvestmentTripConnection>;
  /** 辖区招商项目 / Investment projects landing in the district */
  projects?: Maybe<InvestmentProjectConnection>;
};


/** 区 / District (owned by civil affairs; economy contributes its fields) */
export type DistrictEconomyIndicatorsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** 区 / District (owned by civil affairs; economy contributes its fields) */
export type DistrictEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnterpriseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EnterpriseOrder>;
};


/** 区 / District (owned by civil affairs; economy contributes its fields) */
export type DistrictInvestmentTripsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvestmentTripFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InvestmentTripOrder>;
};


/** 区 / District (owned by civil affairs; economy contributes its fields) */
export type DistrictProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvestmentProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InvestmentProjectOrder>;
};

/** 经济指标（期间内）/ Economy indicators of a division for a period; stock counts are as of now */
export type EconomyIndicators = {
  __typename?: 'EconomyIndicators';
  /** 亿元楼宇 / 亿元 buildings (stock) */
  billionYuanBuildings: Measure;
  /** 部门和街道外出招商 / Trips by departments and streets */
  departmentAndStreetTrips: Measure;
  /** 企业数 / Enterprises registered (stock) */
  enterprises: Measure;
  /** 外出招商次数 / Investment trips started in the period */
  investmentTrips: Measure;
  /** 领导带队外出招商 / Trips led by county-level or top leaders */
  leaderLedTrips: Measure;
  /** 小巨人企业数 / Little giants (stock) */
  littleGiantEnterprises: Measure;
  /** 新增亿元楼宇 / Buildings that first reached 1亿 in the period's years */
  newBillionYuanBuildings: Measure;
  /** 洽谈对接项目数 / Projects negotiated on those trips */
  projectsNegotiated: Measure;
  /** 服务组数 / Distinct service groups active in the period */
  serviceGroups: Measure;
  /** 服务业重点项目 / Service-industry key projects listed for the period's years */
  serviceIndustryKeyProjects: Measure;
  /** 企业服务记录数 / Enterprise service records in the period */
  serviceVisits: Measure;
  /** 签约投资额 / Investment signed in the period */
  signedInvestment: Measure;
  /** 亿元以上签约投资额 / Investment of projects of at least 1亿 signed in the period */
  signedInvestmentOver100Million: Measure;
  /** 签约项目数 / Projects signed in the period */
  signedProjects: Measure;
  /** 亿元以上签约项目数 / Projects of at least 1亿 signed in the period */
  signedProjectsOver100Million: Measure;
  /** 全部目标 / All work-plan targets for the division in the period's years, with or without an actual */
  targets: Array<EconomyTarget>;
  /** 协税企业数 / Tax-cooperating enterprises (stock) */
  taxCooperatingEnterprises: Measure;
  /** 税收 / Tax revenue in the period */
  taxRevenue: Measure;
  /** 科技创新项目 / Technology-innovation projects listed for the period's years */
  techInnovationProjects: Measure;
  /** 科技型中小企业数 / Tech SMEs (stock) */
  techSmeEnterprises: Measure;
  /** 区主要领导带队 / Trips led by the top district leaders */
  topLeaderTrips: Measure;
  /** 参训企业数 / Distinct enterprises trained in the period */
  trainedEnterprises: Measure;
  /** 城建重点项目 / Urban-construction key projects listed for the period's years */
  urbanConstructionKeyProjects: Measure;
};

/** 经济统计 / Economy statistics of one division and period (no figure here counts persons, so nothing is suppressed) */
export type EconomyStatistics = {
  __typename?: 'EconomyStatistics';
  /** 区划代码 / The division */
  division: Scalars['ID']['output'];
  /** 招商项目统计：期内签约的项目（不限期间时含未签约项目）/ Investment projects signed in the period (all projects, unsigned included, when the period is open on both ends) */
  projects: Array<ProjectStatisticsRow>;
  /** 外出招商统计：期内出发的活动 / Investment-promotion trips started in the period */
  trips: Array<TripStatisticsRow>;
};


/** 经济统计 / Economy statistics of one division and period (no figure here counts persons, so nothing is suppressed) */
export type EconomyStatisticsProjectsArgs = {
  groupBy: Array<ProjectDimension>;
  minAmountYuan?: InputMaybe<Scalars['Float']['input']>;
};


/** 经济统计 / Economy statistics of one division and period (no figure here counts persons, so nothing is suppressed) */
export type EconomyStatisticsTripsArgs = {
  groupBy: Array<TripDimension>;
};

/** 工作计划目标 / A target a work plan sets for a division and year */
export type EconomyTarget = {
  __typename?: 'EconomyTarget';
  /** 指标说明 / What the target measures, in Chinese */
  description: Scalars['String']['output'];
  /** 指标键 / Indicator key, e.g. techSmeEnterprises */
  key: Scalars['String']['output'];
  /** 来源 / Source document */
  source: Scalars['String']['output'];
  /** 单位 / Unit */
  unit: Scalars['String']['output'];
  /** 目标值 / Target value */
  value: Scalars['Float']['output'];
  /** 年份 / Year */
  year: Scalars['Int']['output'];
};

/** 企业 / Enterprise registered in a community of the federation's districts */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** 地址 / Address */
  address: Scalars['String']['output'];
  /** 所在楼宇 / Office building it is located in, if any */
  building?: Maybe<Building>;
  /** 所在社区 / Community or village */
  community?: Maybe<Community>;
  /** 统一社会信用代码 / Unified social credit code (GB 32100, valid check character) */
  creditCode: Scalars['String']['output'];
  /** 所在区（民政子图不可用时为空）/ District; null when civil affairs cannot be reached */
  district?: Maybe<District>;
  /** 所在区划代码（社区）/ Division code of the community it is registered in */
  divisionCode: Scalars['ID']['output'];
  /** 成立日期 / Date of establishment */
  establishedAt: Scalars['DateTime']['output'];
  /** 企业 ID / Enterprise id */
  id: Scalars['ID']['output'];
  /** 行业 / Industry */
  industry: Industry;
  /** 法定代表人电话（按权限脱敏）/ Legal representative's phone; masked unless the viewer may read it */
  legalRepresentativePhone?: Maybe<Scalars['String']['output']>;
  /** 科技小巨人企业 / Technology "little giant" (小巨人) */
  littleGiant: Scalars['Boolean']['output'];
  /** 企业名称 / Registered name, as written (Traditional script kept) */
  name: Scalars['String']['output'];
  /** 非公有制企业 / Non-public enterprise (两新组织) */
  nonPublic: Scalars['Boolean']['output'];
  /** 该企业的招商引资项目 / Investment projects of this enterprise */
  projects: InvestmentProjectConnection;
  /** 该企业的服务记录 / Service records (visits, trainings) of this enterprise */
  serviceVisits: ServiceVisitConnection;
  /** 所在街道 / Street or town */
  street?: Maybe<Street>;
  /** 协税企业 / Tax-cooperating enterprise (协税) */
  taxCooperating: Scalars['Boolean']['output'];
  /** 该企业的税收记录 / Tax records of this enterprise */
  taxRecords: TaxRecordConnection;
  /** 某年纳税总额 / Tax paid in a calendar year */
  taxTotal: Measure;
  /** 科技型中小企业 / Technology-based SME */
  techSme: Scalars['Boolean']['output'];
};


/** 企业 / Enterprise registered in a community of the federation's districts */
export type EnterpriseProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnterpriseProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InvestmentProjectOrder>;
};


/** 企业 / Enterprise registered in a community of the federation's districts */
export type EnterpriseServiceVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnterpriseServiceVisitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ServiceVisitOrder>;
};


/** 企业 / Enterprise registered in a community of the federation's districts */
export type EnterpriseTaxRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnterpriseTaxRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TaxRecordOrder>;
};


/** 企业 / Enterprise registered in a community of the federation's districts */
export type EnterpriseTaxTotalArgs = {
  year: Scalars['Int']['input'];
};

/** 企业连接 / Page of enterprises */
export type EnterpriseConnection = {
  __typename?: 'EnterpriseConnection';
  /** 边 / Edges */
  edges: Array<EnterpriseEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total matching */
  totalCount: Scalars['Int']['output'];
};

/** 企业边 / Enterprise edge */
export type EnterpriseEdge = {
  __typename?: 'EnterpriseEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 企业 / Enterprise */
  node: Enterprise;
};

/** 企业筛选 / Enterprise filter */
export type EnterpriseFilter = {
  /** 区划代码（任意级别）/ Division code of any level */
  divisionCode?: InputMaybe<Scalars['ID']['input']>;
  /** 成立日期起 / Established at or after */
  establishedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** 成立日期止 / Established before */
  establishedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** 行业 / Industries (any of) */
  industryIn?: InputMaybe<Array<Industry>>;
  /** 小巨人 / Little giants only (true) or not (false) */
  littleGiant?: InputMaybe<Scalars['Boolean']['input']>;
  /** 名称包含 / Name contains this text */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** 非公企业 / Non-public only (true) or not (false) */
  nonPublic?: InputMaybe<Scalars['Boolean']['input']>;
  /** 协税企业 / Tax-cooperating only (true) or not (false) */
  taxCooperating?: InputMaybe<Scalars['Boolean']['input']>;
  /** 科技型中小企业 / Tech SMEs only (true) or not (false) */
  techSme?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 企业排序 / Enterprise sort order */
export type EnterpriseOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field?: EnterpriseOrderField;
};

/** 企业排序字段 / Enterprise sort field */
export type EnterpriseOrderField =
  /** 统一社会信用代码 / Credit code */
  | 'CREDIT_CODE'
  /** 成立日期 / Establishment date */
  | 'ESTABLISHED_AT'
  /** 名称 / Name */
  | 'NAME';

/** 企业的招商项目筛选 / Filter of an enterprise's investment projects */
export type EnterpriseProjectFilter = {
  /** 签约日期起（含）/ Signed at or after */
  signedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** 签约日期止（不含）/ Signed before */
  signedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** 阶段 / Stages (any of) */
  stageIn?: InputMaybe<Array<ProjectStage>>;
};

/** 企业的服务记录筛选 / Filter of an enterprise's service records */
export type EnterpriseServiceVisitFilter = {
  /** 日期起（含）/ Visited at or after */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** 服务类型 / Kinds (any of) */
  kindIn?: InputMaybe<Array<ServiceVisitKind>>;
  /** 问题状态 / Problem statuses (any of) */
  problemStatusIn?: InputMaybe<Array<ProblemStatus>>;
  /** 日期止（不含）/ Visited before */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 企业的税收记录筛选 / Filter of an enterprise's tax records */
export type EnterpriseTaxRecordFilter = {
  /** 所属期起（含，月初）/ Period at or after (a month's start) */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** 所属期止（不含）/ Period before */
  to?: InputMaybe<Scalars['DateTime']['input']>;
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

/** 行业 / Industry of an enterprise or project */
export type Industry =
  /** 商务服务 / Business services */
  | 'BUSINESS_SERVICES'
  /** 商贸流通 / Trade and retail */
  | 'COMMERCE'
  /** 文化旅游 / Culture and tourism */
  | 'CULTURE_TOURISM'
  /** 电子信息 / Electronics and information technology */
  | 'ELECTRONICS_IT'
  /** 金融服务 / Financial services */
  | 'FINANCE'
  /** 高端装备制造（含无人机）/ High-end equipment manufacturing, drones included */
  | 'HIGH_END_EQUIPMENT'
  /** 现代物流 / Logistics */
  | 'LOGISTICS'
  /** 石油化工 / Petrochemicals */
  | 'PETROCHEMICAL'
  /** 房地产开发 / Real-estate development */
  | 'REAL_ESTATE'
  /** 科技服务 / Technology services */
  | 'TECHNOLOGY_SERVICES'
  /** 纺织服装 / Textiles and apparel */
  | 'TEXTILE_APPAREL';

/** 招商引资项目 / Investment project attracted to the area (招商引资) */
export type InvestmentProject = {
  __typename?: 'InvestmentProject';
  /** 投资额（元）/ Planned investment in yuan */
  amountYuan: Scalars['Float']['output'];
  /** 所在社区 / Community or village */
  community?: Maybe<Community>;
  /** 建成日期 / Date the project was completed */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 所在区（民政子图不可用时为空）/ District; null when civil affairs cannot be reached */
  district?: Maybe<District>;
  /** 所在区划代码 / Division code where the project lands */
  divisionCode: Scalars['ID']['output'];
  /** 落地企业 / Local enterprise carrying the project, if registered */
  enterprise?: Maybe<Enterprise>;
  /** 变更记录（新的在前）/ Changes of the project, newest first */
  history: InvestmentProjectHistoryConnection;
  /** 项目 ID / Project id */
  id: Scalars['ID']['output'];
  /** 行业 / Industry */
  industry: Industry;
  /** 投资方 / Investor's name (often from outside the district) */
  investorName?: Maybe<Scalars['String']['output']>;
  /** 重点项目 / Listed as a key project */
  keyProject: Scalars['Boolean']['output'];
  /** 重点项目类别 / Key-project category */
  keyProjectCategory?: Maybe<KeyProjectCategory>;
  /** 列入重点项目年份 / Year of the work plan that lists it */
  keyProjectYear?: Maybe<Scalars['Int']['output']>;
  /** 项目名称 / Project name */
  name: Scalars['String']['output'];
  /** 签约日期 / Date the contract was signed */
  signedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 阶段 / Stage */
  stage: ProjectStage;
  /** 开工日期 / Date construction started */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 所在街道 / Street or town */
  street?: Maybe<Street>;
  /** 版本号（修改时作为 expectedVersion 传回）/ Version, passed back as expectedVersion when changing the project */
  version: Scalars['Int']['output'];
};


/** 招商引资项目 / Investment project attracted to the area (招商引资) */
export type InvestmentProjectHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 招商项目连接 / Page of investment projects */
export type InvestmentProjectConnection = {
  __typename?: 'InvestmentProjectConnection';
  /** 边 / Edges */
  edges: Array<InvestmentProjectEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total matching */
  totalCount: Scalars['Int']['output'];
};

/** 招商项目边 / Investment project edge */
export type InvestmentProjectEdge = {
  __typename?: 'InvestmentProjectEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 项目 / Project */
  node: InvestmentProject;
};

/** 招商项目筛选 / Investment project filter */
export type InvestmentProjectFilter = {
  /** 区划代码（任意级别）/ Division code of any level */
  divisionCode?: InputMaybe<Scalars['ID']['input']>;
  /** 行业 / Industries (any of) */
  industryIn?: InputMaybe<Array<Industry>>;
  /** 重点项目 / Key projects only (true) or not (false) */
  keyProject?: InputMaybe<Scalars['Boolean']['input']>;
  /** 重点项目类别 / Key-project category */
  keyProjectCategory?: InputMaybe<KeyProjectCategory>;
  /** 最高投资额（元，不含）/ Maximum amount in yuan, exclusive */
  maxAmountYuan?: InputMaybe<Scalars['Float']['input']>;
  /** 最低投资额（元，含）/ Minimum amount in yuan, inclusive */
  minAmountYuan?: InputMaybe<Scalars['Float']['input']>;
  /** 名称包含 / Name contains this text */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** 签约日期起（含）/ Signed at or after */
  signedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** 签约日期止（不含）/ Signed before */
  signedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** 阶段 / Stages (any of) */
  stageIn?: InputMaybe<Array<ProjectStage>>;
};

/** 招商项目变更记录连接 / A page of a project's history, newest first */
export type InvestmentProjectHistoryConnection = {
  __typename?: 'InvestmentProjectHistoryConnection';
  /** 边 / Edges */
  edges: Array<InvestmentProjectHistoryEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 招商项目变更记录边 / An edge of a project's history */
export type InvestmentProjectHistoryEdge = {
  __typename?: 'InvestmentProjectHistoryEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 变更记录 / The change */
  node: HistoryEntry;
};

/** 招商项目排序 / Investment project sort order */
export type InvestmentProjectOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field?: InvestmentProjectOrderField;
};

/** 招商项目排序字段 / Investment project sort field */
export type InvestmentProjectOrderField =
  /** 投资额 / Amount */
  | 'AMOUNT'
  /** 名称 / Name */
  | 'NAME'
  /** 签约日期 / Signing date (unsigned projects first) */
  | 'SIGNED_AT';

/** 外出招商 / Investment-promotion trip (外出招商) */
export type InvestmentTrip = {
  __typename?: 'InvestmentTrip';
  /** 目的地 / Destination, e.g. 天津、杭州 */
  destination: Scalars['String']['output'];
  /** 所在区（民政子图不可用时为空）/ District; null when civil affairs cannot be reached */
  district?: Maybe<District>;
  /** 组织区划代码 / Division code of the organizing district or street */
  divisionCode: Scalars['ID']['output'];
  /** 返回日期 / End date */
  endedAt: Scalars['DateTime']['output'];
  /** ID / Trip id */
  id: Scalars['ID']['output'];
  /** 带队单位或领导 / Leading office or leader, e.g. 区委书记, 区商务局 */
  leader: Scalars['String']['output'];
  /** 带队级别 / Leader level */
  leaderLevel: TripLeaderLevel;
  /** 洽谈对接项目数 / Projects negotiated on the trip */
  projectsNegotiated: Scalars['Int']['output'];
  /** 出发日期 / Start date */
  startedAt: Scalars['DateTime']['output'];
  /** 所在街道 / Street, when a street organized it */
  street?: Maybe<Street>;
  /** 拜访单位 / Organizations visited */
  visitedOrganizations: Array<Scalars['String']['output']>;
};

/** 外出招商连接 / Page of investment trips */
export type InvestmentTripConnection = {
  __typename?: 'InvestmentTripConnection';
  /** 边 / Edges */
  edges: Array<InvestmentTripEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total matching */
  totalCount: Scalars['Int']['output'];
};

/** 外出招商边 / Investment trip edge */
export type InvestmentTripEdge = {
  __typename?: 'InvestmentTripEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 外出招商 / Trip */
  node: InvestmentTrip;
};

/** 外出招商筛选 / Investment trip filter */
export type InvestmentTripFilter = {
  /** 目的地包含 / Destination contains this text */
  destinationContains?: InputMaybe<Scalars['String']['input']>;
  /** 区划代码（任意级别）/ Division code of any level */
  divisionCode?: InputMaybe<Scalars['ID']['input']>;
  /** 带队级别 / Leader levels (any of) */
  leaderLevelIn?: InputMaybe<Array<TripLeaderLevel>>;
  /** 出发日期起（含）/ Started at or after */
  startedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** 出发日期止（不含）/ Started before */
  startedTo?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 外出招商排序 / Investment trip sort order */
export type InvestmentTripOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field?: InvestmentTripOrderField;
};

/** 外出招商排序字段 / Investment trip sort field */
export type InvestmentTripOrderField =
  /** 洽谈项目数 / Projects negotiated */
  | 'PROJECTS_NEGOTIATED'
  /** 出发日期 / Start date */
  | 'STARTED_AT';

/** 重点项目类别（南开区 2012 工作要点）/ Key-project category of a work plan */
export type KeyProjectCategory =
  /** 服务业重点项目 / Service-industry key project */
  | 'SERVICE_INDUSTRY'
  /** 科技创新项目 / Technology-innovation project */
  | 'TECH_INNOVATION'
  /** 城建重点项目 / Urban-construction key project */
  | 'URBAN_CONSTRUCTION';

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

/** 经济写操作 / Economy mutations: the investment pipeline and enterprise problem tickets */
export type Mutation = {
  __typename?: 'Mutation';
  /** 放弃（LEAD/NEGOTIATING → ABANDONED）；已签约项目不可放弃。街道官员及以上 / Abandon a lead or negotiation; signed projects cannot be abandoned. Street official or above. */
  abandonInvestmentProject: InvestmentProject;
  /** 建成（STARTED → COMPLETED）。街道官员及以上 / Record completion. Street official or above. */
  completeInvestmentProject: InvestmentProject;
  /** 新建招商线索（阶段 LEAD）。街道官员及以上 / Create an investment lead (stage LEAD). Street official or above. */
  createInvestmentProject: InvestmentProject;
  /** 开始洽谈（LEAD → NEGOTIATING）。街道官员及以上 / Start negotiating. Street official or above. */
  negotiateInvestmentProject: InvestmentProject;
  /** 走访登记企业反映的问题（服务联系卡/解难题，状态 REPORTED）。社区工作者及以上 / Report a problem an enterprise raised in a visit (REPORTED). Community worker or above. */
  reportEnterpriseProblem: ServiceVisit;
  /** 办结（IN_PROGRESS → RESOLVED）。街道官员及以上 / Resolve the problem with its result. Street official or above. */
  resolveEnterpriseProblem: ServiceVisit;
  /** 签约（NEGOTIATING → SIGNED），计入签约指标。街道官员及以上 / Sign the contract; counts in the signed-project indicators. Street official or above. */
  signInvestmentProject: InvestmentProject;
  /** 开工（SIGNED → STARTED）。街道官员及以上 / Record the start of construction. Street official or above. */
  startInvestmentProject: InvestmentProject;
  /** 服务组开始办理（REPORTED → IN_PROGRESS）。街道官员及以上 / The street's service group takes the problem on. Street official or above. */
  startWorkingOnProblem: ServiceVisit;
};


/** 经济写操作 / Economy mutations: the investment pipeline and enterprise problem tickets */
export type MutationAbandonInvestmentProjectArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** 经济写操作 / Economy mutations: the investment pipeline and enterprise problem tickets */
export type MutationCompleteInvestmentProjectArgs = {
  completedAt: Scalars['DateTime']['input'];
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** 经济写操作 / Economy mutations: the investment pipeline and enterprise problem tickets */
export type MutationCreateInvestmentProjectArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: CreateInvestmentProjectInput;
};


/** 经济写操作 / Economy mutations: the investment pipeline and enterprise problem tickets */
export type MutationNegotiateInvestmentProjectArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** 经济写操作 / Economy mutations: the investment pipeline and enterprise problem tickets */
export type MutationReportEnterpriseProblemArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ReportEnterpriseProblemInput;
};


/** 经济写操作 / Economy mutations: the investment pipeline and enterprise problem tickets */
export type MutationResolveEnterpriseProblemArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  result: Scalars['String']['input'];
};


/** 经济写操作 / Economy mutations: the investment pipeline and enterprise problem tickets */
export type MutationSignInvestmentProjectArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: SignInvestmentProjectInput;
  note?: InputMaybe<Scalars['String']['input']>;
};


/** 经济写操作 / Economy mutations: the investment pipeline and enterprise problem tickets */
export type MutationStartInvestmentProjectArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  startedAt: Scalars['DateTime']['input'];
};


/** 经济写操作 / Economy mutations: the investment pipeline and enterprise problem tickets */
export type MutationStartWorkingOnProblemArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

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

/** 问题办理状态 / Status of a reported problem */
export type ProblemStatus =
  /** 办理中 / In progress */
  | 'IN_PROGRESS'
  /** 已上报 / Reported */
  | 'REPORTED'
  /** 已解决 / Resolved */
  | 'RESOLVED';

/** 招商项目统计维度 / Dimension of the project statistics */
export type ProjectDimension =
  /** 社区或村 / Community or village */
  | 'COMMUNITY'
  /** 网格 / Grid */
  | 'GRID'
  /** 行业 / Industry */
  | 'INDUSTRY'
  /** 签约月份（上海时区）/ Month signed, Asia/Shanghai */
  | 'MONTH'
  /** 阶段 / Stage */
  | 'STAGE'
  /** 街道或镇 / Street or town */
  | 'STREET';

/** 项目阶段 / Stage of an investment project */
export type ProjectStage =
  /** 已放弃（线索或洽谈阶段终止）/ Abandoned at the lead or negotiating stage */
  | 'ABANDONED'
  /** 已建成 / Completed */
  | 'COMPLETED'
  /** 线索 / Lead */
  | 'LEAD'
  /** 洽谈中 / Negotiating */
  | 'NEGOTIATING'
  /** 已签约 / Signed */
  | 'SIGNED'
  /** 已开工 / Construction started */
  | 'STARTED';

/** 招商项目统计分组键（未分组的维度为空）/ The group of a project row; dimensions not grouped by are null */
export type ProjectStatisticsKeys = {
  __typename?: 'ProjectStatisticsKeys';
  /** 社区代码 / Community code */
  community?: Maybe<Scalars['ID']['output']>;
  /** 网格代码 / Grid code */
  grid?: Maybe<Scalars['ID']['output']>;
  /** 行业 / Industry */
  industry?: Maybe<Industry>;
  /** 签约月份（YYYY-MM，未签约为空）/ Month signed, YYYY-MM; null for unsigned projects */
  month?: Maybe<Scalars['String']['output']>;
  /** 阶段 / Stage */
  stage?: Maybe<ProjectStage>;
  /** 街道代码 / Street code */
  street?: Maybe<Scalars['ID']['output']>;
};

/** 招商项目统计行 / One group of the project statistics */
export type ProjectStatisticsRow = {
  __typename?: 'ProjectStatisticsRow';
  /** 投资额（元）/ Investment, yuan */
  investmentYuan: Scalars['Float']['output'];
  /** 分组键 / The group */
  keys: ProjectStatisticsKeys;
  /** 项目数 / Projects */
  projects: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** 楼宇列表 / Office buildings (楼宇经济), filtered and paginated */
  buildings?: Maybe<BuildingConnection>;
  /** 经济个人信息完整读取审计（仅管理员，其他角色为FORBIDDEN）/ Full reads of personal values held by the economy subgraph, newest first; admins only (others get FORBIDDEN) */
  economyAuditRecords?: Maybe<AuditRecordConnection>;
  /** 经济统计（按维度分组，辖区外为空）/ Economy statistics of a division for a period, grouped by the dimensions asked for; null when the division is outside the viewer's jurisdiction */
  economyStatistics?: Maybe<EconomyStatistics>;
  /** 按 ID 或统一社会信用代码查询企业（二选一）/ An enterprise by id or by unified social credit code (exactly one) */
  enterprise?: Maybe<Enterprise>;
  /** 企业列表 / Enterprises, filtered and paginated */
  enterprises?: Maybe<EnterpriseConnection>;
  /** 按 ID 查询招商引资项目 / An investment project by id */
  investmentProject?: Maybe<InvestmentProject>;
  /** 招商引资项目列表 / Investment projects, filtered and paginated */
  investmentProjects?: Maybe<InvestmentProjectConnection>;
  /** 外出招商活动列表 / Investment-promotion trips, filtered and paginated */
  investmentTrips?: Maybe<InvestmentTripConnection>;
  /** 企业服务记录列表（走访、培训、解难题）/ Enterprise service records: visits, trainings, problem tickets */
  serviceVisits?: Maybe<ServiceVisitConnection>;
  /** 税收记录列表 / Monthly tax records, filtered and paginated */
  taxRecords?: Maybe<TaxRecordConnection>;
};


export type QueryBuildingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BuildingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<BuildingOrder>;
};


export type QueryEconomyAuditRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEconomyStatisticsArgs = {
  division: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryEnterpriseArgs = {
  creditCode?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnterpriseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EnterpriseOrder>;
};


export type QueryInvestmentProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvestmentProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvestmentProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InvestmentProjectOrder>;
};


export type QueryInvestmentTripsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvestmentTripFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InvestmentTripOrder>;
};


export type QueryServiceVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceVisitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ServiceVisitOrder>;
};


export type QueryTaxRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaxRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TaxRecordOrder>;
};

/** 企业反映的问题 / A problem an enterprise raised in a visit */
export type ReportEnterpriseProblemInput = {
  /** 活动名称 / Name of the campaign */
  activity: Scalars['String']['input'];
  /** 企业统一社会信用代码（校验位须正确）/ Enterprise's credit code (check character verified) */
  enterpriseCreditCode?: InputMaybe<Scalars['String']['input']>;
  /** 企业 ID（与信用代码二选一）/ Enterprise id (or its credit code, exactly one) */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** 走访类型（默认服务联系卡）/ Kind of visit; defaults to a contact-card visit */
  kind?: InputMaybe<ServiceVisitKind>;
  /** 反映的问题 / The problem */
  problem: Scalars['String']['input'];
  /** 服务组 / Service group */
  serviceGroup: Scalars['String']['input'];
  /** 走访日期（不得晚于当前）/ Date of the visit, not in the future */
  visitedAt: Scalars['DateTime']['input'];
};

/** 企业服务记录 / One enterprise served in a visit or training, with the problem it raised */
export type ServiceVisit = {
  __typename?: 'ServiceVisit';
  /** 活动名称 / Name of the campaign or training */
  activity: Scalars['String']['output'];
  /** 区划代码 / Division code of the enterprise */
  divisionCode: Scalars['ID']['output'];
  /** 被服务企业 / Enterprise served */
  enterprise?: Maybe<Enterprise>;
  /** 变更记录（新的在前）/ Changes of the record, newest first */
  history: ServiceVisitHistoryConnection;
  /** ID / Record id */
  id: Scalars['ID']['output'];
  /** 服务类型 / Kind */
  kind: ServiceVisitKind;
  /** 反映的问题 / Problem the enterprise raised, if any */
  problem?: Maybe<Scalars['String']['output']>;
  /** 问题状态 / Status of the problem, if one was raised */
  problemStatus?: Maybe<ProblemStatus>;
  /** 办理结果 / What was done about the problem, once resolved */
  resolution?: Maybe<Scalars['String']['output']>;
  /** 解决时间 / When the problem was resolved */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 服务组 / Service group (服务组) */
  serviceGroup: Scalars['String']['output'];
  /** 版本号（修改时作为 expectedVersion 传回）/ Version, passed back as expectedVersion when changing the ticket */
  version: Scalars['Int']['output'];
  /** 日期 / Date */
  visitedAt: Scalars['DateTime']['output'];
};


/** 企业服务记录 / One enterprise served in a visit or training, with the problem it raised */
export type ServiceVisitHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 服务记录连接 / Page of service records */
export type ServiceVisitConnection = {
  __typename?: 'ServiceVisitConnection';
  /** 边 / Edges */
  edges: Array<ServiceVisitEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total matching */
  totalCount: Scalars['Int']['output'];
};

/** 服务记录边 / Service record edge */
export type ServiceVisitEdge = {
  __typename?: 'ServiceVisitEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 服务记录 / Service record */
  node: ServiceVisit;
};

/** 服务记录筛选 / Service record filter */
export type ServiceVisitFilter = {
  /** 区划代码（任意级别）/ Division code of any level */
  divisionCode?: InputMaybe<Scalars['ID']['input']>;
  /** 企业 ID / Enterprise id */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** 日期起（含）/ Visited at or after */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** 服务类型 / Kinds (any of) */
  kindIn?: InputMaybe<Array<ServiceVisitKind>>;
  /** 问题状态 / Problem statuses (any of) */
  problemStatusIn?: InputMaybe<Array<ProblemStatus>>;
  /** 服务组 / Service group */
  serviceGroup?: InputMaybe<Scalars['String']['input']>;
  /** 日期止（不含）/ Visited before */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 服务记录变更记录连接 / A page of a service record's history, newest first */
export type ServiceVisitHistoryConnection = {
  __typename?: 'ServiceVisitHistoryConnection';
  /** 边 / Edges */
  edges: Array<ServiceVisitHistoryEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 服务记录变更记录边 / An edge of a service record's history */
export type ServiceVisitHistoryEdge = {
  __typename?: 'ServiceVisitHistoryEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 变更记录 / The change */
  node: HistoryEntry;
};

/** 服务类型 / Kind of enterprise service */
export type ServiceVisitKind =
  /** 上门走访（服务联系卡）/ Visit with a service contact card (服务联系卡) */
  | 'CONTACT_CARD_VISIT'
  /** 走访解难题 / Visit collecting problems to solve (解难题) */
  | 'PROBLEM_SOLVING_VISIT'
  /** 企业培训 / Training for enterprises */
  | 'TRAINING';

/** 服务记录排序 / Service record sort order */
export type ServiceVisitOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field?: ServiceVisitOrderField;
};

/** 服务记录排序字段 / Service record sort field */
export type ServiceVisitOrderField =
  /** 日期 / Date */
  | 'VISITED_AT';

/** 签约内容 / A signed investment contract */
export type SignInvestmentProjectInput = {
  /** 签约投资额（元，不小于0）/ Signed amount in yuan, zero or more */
  amountYuan: Scalars['Float']['input'];
  /** 落地企业统一社会信用代码（不填则保持原值）/ Credit code of the local enterprise; unchanged when omitted */
  enterpriseCreditCode?: InputMaybe<Scalars['String']['input']>;
  /** 投资方（不填则保持原值）/ Investor's name; unchanged when omitted */
  investorName?: InputMaybe<Scalars['String']['input']>;
  /** 签约日期（不得晚于当前）/ Signing date, not in the future */
  signedAt: Scalars['DateTime']['input'];
};

/** 排序方向 / Sort direction */
export type SortDirection =
  /** 升序 / Ascending */
  | 'ASC'
  /** 降序 / Descending */
  | 'DESC';

/** 街道（乡镇）/ Street or town (owned by civil affairs; economy contributes its fields) */
export type Street = {
  __typename?: 'Street';
  /** 区划代码 / Division code */
  code: Scalars['ID']['output'];
  /** 经济指标 / Economy indicators */
  economyIndicators?: Maybe<EconomyIndicators>;
  /** 辖区企业 / Enterprises in the street */
  enterprises?: Maybe<EnterpriseConnection>;
  /** 外出招商 / Investment trips organized by the street */
  investmentTrips?: Maybe<InvestmentTripConnection>;
  /** 辖区招商项目 / Investment projects landing in the street */
  projects?: Maybe<InvestmentProjectConnection>;
};


/** 街道（乡镇）/ Street or town (owned by civil affairs; economy contributes its fields) */
export type StreetEconomyIndicatorsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** 街道（乡镇）/ Street or town (owned by civil affairs; economy contributes its fields) */
export type StreetEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnterpriseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EnterpriseOrder>;
};


/** 街道（乡镇）/ Street or town (owned by civil affairs; economy contributes its fields) */
export type StreetInvestmentTripsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvestmentTripFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InvestmentTripOrder>;
};


/** 街道（乡镇）/ Street or town (owned by civil affairs; economy contributes its fields) */
export type StreetProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvestmentProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InvestmentProjectOrder>;
};

/** 税收记录 / Tax an enterprise paid in one month */
export type TaxRecord = {
  __typename?: 'TaxRecord';
  /** 税额（元）/ Amount in yuan */
  amountYuan: Scalars['Float']['output'];
  /** 区划代码 / Division code of the enterprise */
  divisionCode: Scalars['ID']['output'];
  /** 纳税企业 / Enterprise */
  enterprise?: Maybe<Enterprise>;
  /** ID / Record id */
  id: Scalars['ID']['output'];
  /** 月份（1-12）/ Month, 1 to 12 */
  month: Scalars['Int']['output'];
  /** 所属期（月初，北京时间）/ Start of the month, Asia/Shanghai */
  period: Scalars['DateTime']['output'];
  /** 年份 / Year */
  year: Scalars['Int']['output'];
};

/** 税收记录连接 / Page of tax records */
export type TaxRecordConnection = {
  __typename?: 'TaxRecordConnection';
  /** 边 / Edges */
  edges: Array<TaxRecordEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total matching */
  totalCount: Scalars['Int']['output'];
};

/** 税收记录边 / Tax record edge */
export type TaxRecordEdge = {
  __typename?: 'TaxRecordEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 税收记录 / Tax record */
  node: TaxRecord;
};

/** 税收记录筛选 / Tax record filter */
export type TaxRecordFilter = {
  /** 区划代码（任意级别）/ Division code of any level */
  divisionCode?: InputMaybe<Scalars['ID']['input']>;
  /** 企业 ID / Enterprise id */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** 所属期起（含）/ Period at or after */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** 所属期止（不含）/ Period before */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 税收记录排序 / Tax record sort order */
export type TaxRecordOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field?: TaxRecordOrderField;
};

/** 税收记录排序字段 / Tax record sort field */
export type TaxRecordOrderField =
  /** 税额 / Amount */
  | 'AMOUNT'
  /** 所属期 / Period */
  | 'PERIOD';

/** 外出招商统计维度 / Dimension of the trip statistics */
export type TripDimension =
  /** 社区或村 / Community or village */
  | 'COMMUNITY'
  /** 网格 / Grid */
  | 'GRID'
  /** 带队级别 / Leader level */
  | 'LEADER_LEVEL'
  /** 出发月份（上海时区）/ Month started, Asia/Shanghai */
  | 'MONTH'
  /** 街道或镇 / Street or town */
  | 'STREET';

/** 带队级别 / Who led an investment trip */
export type TripLeaderLevel =
  /** 县级领导 / County-level leaders (县级领导) */
  | 'COUNTY_LEADER'
  /** 职能部门 / A government department */
  | 'DEPARTMENT'
  /** 街道（乡镇）/ A street office or town */
  | 'STREET'
  /** 区主要领导 / Top district leaders (区主要领导) */
  | 'TOP_LEADER';

/** 外出招商统计分组键（未分组的维度为空）/ The group of a trip row; dimensions not grouped by are null */
export type TripStatisticsKeys = {
  __typename?: 'TripStatisticsKeys';
  /** 社区代码 / Community code */
  community?: Maybe<Scalars['ID']['output']>;
  /** 网格代码 / Grid code */
  grid?: Maybe<Scalars['ID']['output']>;
  /** 带队级别 / Leader level */
  leaderLevel?: Maybe<TripLeaderLevel>;
  /** 出发月份（YYYY-MM）/ Month started, YYYY-MM */
  month?: Maybe<Scalars['String']['output']>;
  /** 街道代码 / Street code */
  street?: Maybe<Scalars['ID']['output']>;
};

/** 外出招商统计行 / One group of the trip statistics */
export type TripStatisticsRow = {
  __typename?: 'TripStatisticsRow';
  /** 分组键 / The group */
  keys: TripStatisticsKeys;
  /** 洽谈对接项目数 / Projects negotiated */
  projectsNegotiated: Scalars['Int']['output'];
  /** 外出招商次数 / Trips */
  trips: Scalars['Int']['output'];
};

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
  Community: Community;
  District: District;
  Enterprise: Enterprise;
  InvestmentProject: InvestmentProject;
  Street: Street;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Community:
    ( { __typename: 'Community' }
    & GraphQLRecursivePick<FederationTypes['Community'], {"code":true}> );
  District:
    ( { __typename: 'District' }
    & GraphQLRecursivePick<FederationTypes['District'], {"code":true}> );
  Enterprise:
    ( { __typename: 'Enterprise' }
    & ( GraphQLRecursivePick<FederationTypes['Enterprise'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['Enterprise'], {"creditCode":true}> ) );
  InvestmentProject:
    ( { __typename: 'InvestmentProject' }
    & GraphQLRecursivePick<FederationTypes['InvestmentProject'], {"id":true}> );
  Street:
    ( { __typename: 'Street' }
    & GraphQLRecursivePick<FederationTypes['Street'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActorRole: ActorRole;
  AuditRecord: ResolverTypeWrapper<AuditRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditRecordConnection: ResolverTypeWrapper<AuditRecordConnection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditRecordEdge: ResolverTypeWrapper<AuditRecordEdge>;
  AuditRecordFilter: AuditRecordFilter;
  Building: ResolverTypeWrapper<BuildingRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BuildingConnection: ResolverTypeWrapper<Omit<BuildingConnection, 'edges'> & { edges: Array<ResolversTypes['BuildingEdge']> }>;
  BuildingEdge: ResolverTypeWrapper<Omit<BuildingEdge, 'node'> & { node: ResolversTypes['Building'] }>;
  BuildingFilter: BuildingFilter;
  BuildingOrder: BuildingOrder;
  BuildingOrderField: BuildingOrderField;
  Community: ResolverTypeWrapper<DivisionRef>;
  CreateInvestmentProjectInput: CreateInvestmentProjectInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  District: ResolverTypeWrapper<DivisionRef>;
  EconomyIndicators: ResolverTypeWrapper<IndicatorScope>;
  EconomyStatistics: ResolverTypeWrapper<StatisticsRequest>;
  EconomyTarget: ResolverTypeWrapper<TargetRecord>;
  Enterprise: ResolverTypeWrapper<EnterpriseRecord>;
  EnterpriseConnection: ResolverTypeWrapper<Omit<EnterpriseConnection, 'edges'> & { edges: Array<ResolversTypes['EnterpriseEdge']> }>;
  EnterpriseEdge: ResolverTypeWrapper<Omit<EnterpriseEdge, 'node'> & { node: ResolversTypes['Enterprise'] }>;
  EnterpriseFilter: EnterpriseFilter;
  EnterpriseOrder: EnterpriseOrder;
  EnterpriseOrderField: EnterpriseOrderField;
  EnterpriseProjectFilter: EnterpriseProjectFilter;
  EnterpriseServiceVisitFilter: EnterpriseServiceVisitFilter;
  EnterpriseTaxRecordFilter: EnterpriseTaxRecordFilter;
  HistoryEntry: ResolverTypeWrapper<HistoryEntryRecord>;
  Industry: Industry;
  InvestmentProject: ResolverTypeWrapper<InvestmentProjectRecord>;
  InvestmentProjectConnection: ResolverTypeWrapper<Omit<InvestmentProjectConnection, 'edges'> & { edges: Array<ResolversTypes['InvestmentProjectEdge']> }>;
  InvestmentProjectEdge: ResolverTypeWrapper<Omit<InvestmentProjectEdge, 'node'> & { node: ResolversTypes['InvestmentProject'] }>;
  InvestmentProjectFilter: InvestmentProjectFilter;
  InvestmentProjectHistoryConnection: ResolverTypeWrapper<Omit<InvestmentProjectHistoryConnection, 'edges'> & { edges: Array<ResolversTypes['InvestmentProjectHistoryEdge']> }>;
  InvestmentProjectHistoryEdge: ResolverTypeWrapper<Omit<InvestmentProjectHistoryEdge, 'node'> & { node: ResolversTypes['HistoryEntry'] }>;
  InvestmentProjectOrder: InvestmentProjectOrder;
  InvestmentProjectOrderField: InvestmentProjectOrderField;
  InvestmentTrip: ResolverTypeWrapper<InvestmentTripRecord>;
  InvestmentTripConnection: ResolverTypeWrapper<Omit<InvestmentTripConnection, 'edges'> & { edges: Array<ResolversTypes['InvestmentTripEdge']> }>;
  InvestmentTripEdge: ResolverTypeWrapper<Omit<InvestmentTripEdge, 'node'> & { node: ResolversTypes['InvestmentTrip'] }>;
  InvestmentTripFilter: InvestmentTripFilter;
  InvestmentTripOrder: InvestmentTripOrder;
  InvestmentTripOrderField: InvestmentTripOrderField;
  KeyProjectCategory: KeyProjectCategory;
  Measure: ResolverTypeWrapper<Measure>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PersonalDataKind: PersonalDataKind;
  ProblemStatus: ProblemStatus;
  ProjectDimension: ProjectDimension;
  ProjectStage: ProjectStage;
  ProjectStatisticsKeys: ResolverTypeWrapper<ProjectStatisticsKeys>;
  ProjectStatisticsRow: ResolverTypeWrapper<ProjectStatisticsRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportEnterpriseProblemInput: ReportEnterpriseProblemInput;
  ServiceVisit: ResolverTypeWrapper<ServiceVisitRecord>;
  ServiceVisitConnection: ResolverTypeWrapper<Omit<ServiceVisitConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceVisitEdge']> }>;
  ServiceVisitEdge: ResolverTypeWrapper<Omit<ServiceVisitEdge, 'node'> & { node: ResolversTypes['ServiceVisit'] }>;
  ServiceVisitFilter: ServiceVisitFilter;
  ServiceVisitHistoryConnection: ResolverTypeWrapper<Omit<ServiceVisitHistoryConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceVisitHistoryEdge']> }>;
  ServiceVisitHistoryEdge: ResolverTypeWrapper<Omit<ServiceVisitHistoryEdge, 'node'> & { node: ResolversTypes['HistoryEntry'] }>;
  ServiceVisitKind: ServiceVisitKind;
  ServiceVisitOrder: ServiceVisitOrder;
  ServiceVisitOrderField: ServiceVisitOrderField;
  SignInvestmentProjectInput: SignInvestmentProjectInput;
  SortDirection: SortDirection;
  Street: ResolverTypeWrapper<DivisionRef>;
  TaxRecord: ResolverTypeWrapper<TaxRecordRecord>;
  TaxRecordConnection: ResolverTypeWrapper<Omit<TaxRecordConnection, 'edges'> & { edges: Array<ResolversTypes['TaxRecordEdge']> }>;
  TaxRecordEdge: ResolverTypeWrapper<Omit<TaxRecordEdge, 'node'> & { node: ResolversTypes['TaxRecord'] }>;
  TaxRecordFilter: TaxRecordFilter;
  TaxRecordOrder: TaxRecordOrder;
  TaxRecordOrderField: TaxRecordOrderField;
  TripDimension: TripDimension;
  TripLeaderLevel: TripLeaderLevel;
  TripStatisticsKeys: ResolverTypeWrapper<TripStatisticsKeys>;
  TripStatisticsRow: ResolverTypeWrapper<TripStatisticsRow>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditRecord: AuditRecord;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AuditRecordConnection: AuditRecordConnection;
  Int: Scalars['Int']['output'];
  AuditRecordEdge: AuditRecordEdge;
  AuditRecordFilter: AuditRecordFilter;
  Building: BuildingRecord;
  Float: Scalars['Float']['output'];
  Boolean: Scalars['Boolean']['output'];
  BuildingConnection: Omit<BuildingConnection, 'edges'> & { edges: Array<ResolversParentTypes['BuildingEdge']> };
  BuildingEdge: Omit<BuildingEdge, 'node'> & { node: ResolversParentTypes['Building'] };
  BuildingFilter: BuildingFilter;
  BuildingOrder: BuildingOrder;
  Community: DivisionRef;
  CreateInvestmentProjectInput: CreateInvestmentProjectInput;
  DateTime: Scalars['DateTime']['output'];
  District: DivisionRef;
  EconomyIndicators: IndicatorScope;
  EconomyStatistics: StatisticsRequest;
  EconomyTarget: TargetRecord;
  Enterprise: EnterpriseRecord;
  EnterpriseConnection: Omit<EnterpriseConnection, 'edges'> & { edges: Array<ResolversParentTypes['EnterpriseEdge']> };
  EnterpriseEdge: Omit<EnterpriseEdge, 'node'> & { node: ResolversParentTypes['Enterprise'] };
  EnterpriseFilter: EnterpriseFilter;
  EnterpriseOrder: EnterpriseOrder;
  EnterpriseProjectFilter: EnterpriseProjectFilter;
  EnterpriseServiceVisitFilter: EnterpriseServiceVisitFilter;
  EnterpriseTaxRecordFilter: EnterpriseTaxRecordFilter;
  HistoryEntry: HistoryEntryRecord;
  InvestmentProject: InvestmentProjectRecord;
  InvestmentProjectConnection: Omit<InvestmentProjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['InvestmentProjectEdge']> };
  InvestmentProjectEdge: Omit<InvestmentProjectEdge, 'node'> & { node: ResolversParentTypes['InvestmentProject'] };
  InvestmentProjectFilter: InvestmentProjectFilter;
  InvestmentProjectHistoryConnection: Omit<InvestmentProjectHistoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['InvestmentProjectHistoryEdge']> };
  InvestmentProjectHistoryEdge: Omit<InvestmentProjectHistoryEdge, 'node'> & { node: ResolversParentTypes['HistoryEntry'] };
  InvestmentProjectOrder: InvestmentProjectOrder;
  InvestmentTrip: InvestmentTripRecord;
  InvestmentTripConnection: Omit<InvestmentTripConnection, 'edges'> & { edges: Array<ResolversParentTypes['InvestmentTripEdge']> };
  InvestmentTripEdge: Omit<InvestmentTripEdge, 'node'> & { node: ResolversParentTypes['InvestmentTrip'] };
  InvestmentTripFilter: InvestmentTripFilter;
  InvestmentTripOrder: InvestmentTripOrder;
  Measure: Measure;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  ProjectStatisticsKeys: ProjectStatisticsKeys;
  ProjectStatisticsRow: ProjectStatisticsRow;
  Query: Record<PropertyKey, never>;
  ReportEnterpriseProblemInput: ReportEnterpriseProblemInput;
  ServiceVisit: ServiceVisitRecord;
  ServiceVisitConnection: Omit<ServiceVisitConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceVisitEdge']> };
  ServiceVisitEdge: Omit<ServiceVisitEdge, 'node'> & { node: ResolversParentTypes['ServiceVisit'] };
  ServiceVisitFilter: ServiceVisitFilter;
  ServiceVisitHistoryConnection: Omit<ServiceVisitHistoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceVisitHistoryEdge']> };
  ServiceVisitHistoryEdge: Omit<ServiceVisitHistoryEdge, 'node'> & { node: ResolversParentTypes['HistoryEntry'] };
  ServiceVisitOrder: ServiceVisitOrder;
  SignInvestmentProjectInput: SignInvestmentProjectInput;
  Street: DivisionRef;
  TaxRecord: TaxRecordRecord;
  TaxRecordConnection: Omit<TaxRecordConnection, 'edges'> & { edges: Array<ResolversParentTypes['TaxRecordEdge']> };
  TaxRecordEdge: Omit<TaxRecordEdge, 'node'> & { node: ResolversParentTypes['TaxRecord'] };
  TaxRecordFilter: TaxRecordFilter;
  TaxRecordOrder: TaxRecordOrder;
  TripStatisticsKeys: TripStatisticsKeys;
  TripStatisticsRow: TripStatisticsRow;
}>;

export type PersonalDirectiveArgs = {
  kind: PersonalDataKind;
};

export type PersonalDirectiveResolver<Result, Parent, ContextType = EconomyContext, Args = PersonalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuditRecordResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = ResolversObject<{
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

export type AuditRecordConnectionResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['AuditRecordConnection'] = ResolversParentTypes['AuditRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditRecordEdgeResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['AuditRecordEdge'] = ResolversParentTypes['AuditRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditRecord'], ParentType, ContextType>;
}>;

export type BuildingResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['Building'] = ResolversParentTypes['Building']> = ResolversObject<{
  annualTaxYuan?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  billionYuan?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  billionYuanSince?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BuildingConnectionResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['BuildingConnection'] = ResolversParentTypes['BuildingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BuildingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BuildingEdgeResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['BuildingEdge'] = ResolversParentTypes['BuildingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Building'], ParentType, ContextType>;
}>;

export type CommunityResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community'], FederationReferenceType extends FederationReferenceTypes['Community'] = FederationReferenceTypes['Community']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Community']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  economyIndicators?: Resolver<Maybe<ResolversTypes['EconomyIndicators']>, ParentType, ContextType, Partial<CommunityEconomyIndicatorsArgs>>;
  enterprises?: Resolver<Maybe<ResolversTypes['EnterpriseConnection']>, ParentType, ContextType, RequireFields<CommunityEnterprisesArgs, 'first'>>;
  projects?: Resolver<Maybe<ResolversTypes['InvestmentProjectConnection']>, ParentType, ContextType, RequireFields<CommunityProjectsArgs, 'first'>>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District'], FederationReferenceType extends FederationReferenceTypes['District'] = FederationReferenceTypes['District']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  economyIndicators?: Resolver<Maybe<ResolversTypes['EconomyIndicators']>, ParentType, ContextType, Partial<DistrictEconomyIndicatorsArgs>>;
  enterprises?: Resolver<Maybe<ResolversTypes['EnterpriseConnection']>, ParentType, ContextType, RequireFields<DistrictEnterprisesArgs, 'first'>>;
  investmentTrips?: Resolver<Maybe<ResolversTypes['InvestmentTripConnection']>, ParentType, ContextType, RequireFields<DistrictInvestmentTripsArgs, 'first'>>;
  projects?: Resolver<Maybe<ResolversTypes['InvestmentProjectConnection']>, ParentType, ContextType, RequireFields<DistrictProjectsArgs, 'first'>>;
}>;

export type EconomyIndicatorsResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['EconomyIndicators'] = ResolversParentTypes['EconomyIndicators']> = ResolversObject<{
  billionYuanBuildings?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  departmentAndStreetTrips?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  enterprises?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  investmentTrips?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  leaderLedTrips?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  littleGiantEnterprises?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  newBillionYuanBuildings?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  projectsNegotiated?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  serviceGroups?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  serviceIndustryKeyProjects?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  serviceVisits?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  signedInvestment?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  signedInvestmentOver100Million?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  signedProjects?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  signedProjectsOver100Million?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['EconomyTarget']>, ParentType, ContextType>;
  taxCooperatingEnterprises?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  taxRevenue?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  techInnovationProjects?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  techSmeEnterprises?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  topLeaderTrips?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  trainedEnterprises?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  urbanConstructionKeyProjects?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
}>;

export type EconomyStatisticsResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['EconomyStatistics'] = ResolversParentTypes['EconomyStatistics']> = ResolversObject<{
  division?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['ProjectStatisticsRow']>, ParentType, ContextType, RequireFields<EconomyStatisticsProjectsArgs, 'groupBy'>>;
  trips?: Resolver<Array<ResolversTypes['TripStatisticsRow']>, ParentType, ContextType, RequireFields<EconomyStatisticsTripsArgs, 'groupBy'>>;
}>;

export type EconomyTargetResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['EconomyTarget'] = ResolversParentTypes['EconomyTarget']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EnterpriseResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  building?: Resolver<Maybe<ResolversTypes['Building']>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  establishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
  legalRepresentativePhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  littleGiant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nonPublic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['InvestmentProjectConnection'], ParentType, ContextType, RequireFields<EnterpriseProjectsArgs, 'first'>>;
  serviceVisits?: Resolver<ResolversTypes['ServiceVisitConnection'], ParentType, ContextType, RequireFields<EnterpriseServiceVisitsArgs, 'first'>>;
  street?: Resolver<Maybe<ResolversTypes['Street']>, ParentType, ContextType>;
  taxCooperating?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  taxRecords?: Resolver<ResolversTypes['TaxRecordConnection'], ParentType, ContextType, RequireFields<EnterpriseTaxRecordsArgs, 'first'>>;
  taxTotal?: Resolver<ResolversTypes['Measure'], ParentType, ContextType, RequireFields<EnterpriseTaxTotalArgs, 'year'>>;
  techSme?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type EnterpriseConnectionResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['EnterpriseConnection'] = ResolversParentTypes['EnterpriseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EnterpriseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EnterpriseEdgeResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['EnterpriseEdge'] = ResolversParentTypes['EnterpriseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
}>;

export type HistoryEntryResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry']> = ResolversObject<{
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

export type InvestmentProjectResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['InvestmentProject'] = ResolversParentTypes['InvestmentProject'], FederationReferenceType extends FederationReferenceTypes['InvestmentProject'] = FederationReferenceTypes['InvestmentProject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['InvestmentProject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amountYuan?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['InvestmentProjectHistoryConnection'], ParentType, ContextType, RequireFields<InvestmentProjectHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
  investorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  keyProject?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  keyProjectCategory?: Resolver<Maybe<ResolversTypes['KeyProjectCategory']>, ParentType, ContextType>;
  keyProjectYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ProjectStage'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['Street']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvestmentProjectConnectionResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['InvestmentProjectConnection'] = ResolversParentTypes['InvestmentProjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InvestmentProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvestmentProjectEdgeResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['InvestmentProjectEdge'] = ResolversParentTypes['InvestmentProjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InvestmentProject'], ParentType, ContextType>;
}>;

export type InvestmentProjectHistoryConnectionResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['InvestmentProjectHistoryConnection'] = ResolversParentTypes['InvestmentProjectHistoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InvestmentProjectHistoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvestmentProjectHistoryEdgeResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['InvestmentProjectHistoryEdge'] = ResolversParentTypes['InvestmentProjectHistoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HistoryEntry'], ParentType, ContextType>;
}>;

export type InvestmentTripResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['InvestmentTrip'] = ResolversParentTypes['InvestmentTrip']> = ResolversObject<{
  destination?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  endedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leader?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leaderLevel?: Resolver<ResolversTypes['TripLeaderLevel'], ParentType, ContextType>;
  projectsNegotiated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['Street']>, ParentType, ContextType>;
  visitedOrganizations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type InvestmentTripConnectionResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['InvestmentTripConnection'] = ResolversParentTypes['InvestmentTripConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InvestmentTripEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvestmentTripEdgeResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['InvestmentTripEdge'] = ResolversParentTypes['InvestmentTripEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InvestmentTrip'], ParentType, ContextType>;
}>;

export type MeasureResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['Measure'] = ResolversParentTypes['Measure']> = ResolversObject<{
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  abandonInvestmentProject?: Resolver<ResolversTypes['InvestmentProject'], ParentType, ContextType, RequireFields<MutationAbandonInvestmentProjectArgs, 'expectedVersion' | 'id' | 'reason'>>;
  completeInvestmentProject?: Resolver<ResolversTypes['InvestmentProject'], ParentType, ContextType, RequireFields<MutationCompleteInvestmentProjectArgs, 'completedAt' | 'expectedVersion' | 'id'>>;
  createInvestmentProject?: Resolver<ResolversTypes['InvestmentProject'], ParentType, ContextType, RequireFields<MutationCreateInvestmentProjectArgs, 'idempotencyKey' | 'input'>>;
  negotiateInvestmentProject?: Resolver<ResolversTypes['InvestmentProject'], ParentType, ContextType, RequireFields<MutationNegotiateInvestmentProjectArgs, 'expectedVersion' | 'id'>>;
  reportEnterpriseProblem?: Resolver<ResolversTypes['ServiceVisit'], ParentType, ContextType, RequireFields<MutationReportEnterpriseProblemArgs, 'idempotencyKey' | 'input'>>;
  resolveEnterpriseProblem?: Resolver<ResolversTypes['ServiceVisit'], ParentType, ContextType, RequireFields<MutationResolveEnterpriseProblemArgs, 'expectedVersion' | 'id' | 'result'>>;
  signInvestmentProject?: Resolver<ResolversTypes['InvestmentProject'], ParentType, ContextType, RequireFields<MutationSignInvestmentProjectArgs, 'expectedVersion' | 'id' | 'input'>>;
  startInvestmentProject?: Resolver<ResolversTypes['InvestmentProject'], ParentType, ContextType, RequireFields<MutationStartInvestmentProjectArgs, 'expectedVersion' | 'id' | 'startedAt'>>;
  startWorkingOnProblem?: Resolver<ResolversTypes['ServiceVisit'], ParentType, ContextType, RequireFields<MutationStartWorkingOnProblemArgs, 'expectedVersion' | 'id'>>;
}>;

export type PageInfoResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProjectStatisticsKeysResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['ProjectStatisticsKeys'] = ResolversParentTypes['ProjectStatisticsKeys']> = ResolversObject<{
  community?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['ProjectStage']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ProjectStatisticsRowResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['ProjectStatisticsRow'] = ResolversParentTypes['ProjectStatisticsRow']> = ResolversObject<{
  investmentYuan?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  keys?: Resolver<ResolversTypes['ProjectStatisticsKeys'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  buildings?: Resolver<Maybe<ResolversTypes['BuildingConnection']>, ParentType, ContextType, RequireFields<QueryBuildingsArgs, 'first'>>;
  economyAuditRecords?: Resolver<Maybe<ResolversTypes['AuditRecordConnection']>, ParentType, ContextType, RequireFields<QueryEconomyAuditRecordsArgs, 'first'>>;
  economyStatistics?: Resolver<Maybe<ResolversTypes['EconomyStatistics']>, ParentType, ContextType, RequireFields<QueryEconomyStatisticsArgs, 'division'>>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType, Partial<QueryEnterpriseArgs>>;
  enterprises?: Resolver<Maybe<ResolversTypes['EnterpriseConnection']>, ParentType, ContextType, RequireFields<QueryEnterprisesArgs, 'first'>>;
  investmentProject?: Resolver<Maybe<ResolversTypes['InvestmentProject']>, ParentType, ContextType, RequireFields<QueryInvestmentProjectArgs, 'id'>>;
  investmentProjects?: Resolver<Maybe<ResolversTypes['InvestmentProjectConnection']>, ParentType, ContextType, RequireFields<QueryInvestmentProjectsArgs, 'first'>>;
  investmentTrips?: Resolver<Maybe<ResolversTypes['InvestmentTripConnection']>, ParentType, ContextType, RequireFields<QueryInvestmentTripsArgs, 'first'>>;
  serviceVisits?: Resolver<Maybe<ResolversTypes['ServiceVisitConnection']>, ParentType, ContextType, RequireFields<QueryServiceVisitsArgs, 'first'>>;
  taxRecords?: Resolver<Maybe<ResolversTypes['TaxRecordConnection']>, ParentType, ContextType, RequireFields<QueryTaxRecordsArgs, 'first'>>;
}>;

export type ServiceVisitResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['ServiceVisit'] = ResolversParentTypes['ServiceVisit']> = ResolversObject<{
  activity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ServiceVisitHistoryConnection'], ParentType, ContextType, RequireFields<ServiceVisitHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ServiceVisitKind'], ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  problemStatus?: Resolver<Maybe<ResolversTypes['ProblemStatus']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  serviceGroup?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visitedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ServiceVisitConnectionResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['ServiceVisitConnection'] = ResolversParentTypes['ServiceVisitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceVisitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceVisitEdgeResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['ServiceVisitEdge'] = ResolversParentTypes['ServiceVisitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceVisit'], ParentType, ContextType>;
}>;

export type ServiceVisitHistoryConnectionResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['ServiceVisitHistoryConnection'] = ResolversParentTypes['ServiceVisitHistoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceVisitHistoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceVisitHistoryEdgeResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['ServiceVisitHistoryEdge'] = ResolversParentTypes['ServiceVisitHistoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HistoryEntry'], ParentType, ContextType>;
}>;

export type StreetResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['Street'] = ResolversParentTypes['Street'], FederationReferenceType extends FederationReferenceTypes['Street'] = FederationReferenceTypes['Street']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Street']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  economyIndicators?: Resolver<Maybe<ResolversTypes['EconomyIndicators']>, ParentType, ContextType, Partial<StreetEconomyIndicatorsArgs>>;
  enterprises?: Resolver<Maybe<ResolversTypes['EnterpriseConnection']>, ParentType, ContextType, RequireFields<StreetEnterprisesArgs, 'first'>>;
  investmentTrips?: Resolver<Maybe<ResolversTypes['InvestmentTripConnection']>, ParentType, ContextType, RequireFields<StreetInvestmentTripsArgs, 'first'>>;
  projects?: Resolver<Maybe<ResolversTypes['InvestmentProjectConnection']>, ParentType, ContextType, RequireFields<StreetProjectsArgs, 'first'>>;
}>;

export type TaxRecordResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['TaxRecord'] = ResolversParentTypes['TaxRecord']> = ResolversObject<{
  amountYuan?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TaxRecordConnectionResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['TaxRecordConnection'] = ResolversParentTypes['TaxRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TaxRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TaxRecordEdgeResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['TaxRecordEdge'] = ResolversParentTypes['TaxRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TaxRecord'], ParentType, ContextType>;
}>;

export type TripStatisticsKeysResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['TripStatisticsKeys'] = ResolversParentTypes['TripStatisticsKeys']> = ResolversObject<{
  community?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  leaderLevel?: Resolver<Maybe<ResolversTypes['TripLeaderLevel']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type TripStatisticsRowResolvers<ContextType = EconomyContext, ParentType extends ResolversParentTypes['TripStatisticsRow'] = ResolversParentTypes['TripStatisticsRow']> = ResolversObject<{
  keys?: Resolver<ResolversTypes['TripStatisticsKeys'], ParentType, ContextType>;
  projectsNegotiated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trips?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = EconomyContext> = ResolversObject<{
  AuditRecord?: AuditRecordResolvers<ContextType>;
  AuditRecordConnection?: AuditRecordConnectionResolvers<ContextType>;
  AuditRecordEdge?: AuditRecordEdgeResolvers<ContextType>;
  Building?: BuildingResolvers<ContextType>;
  BuildingConnection?: BuildingConnectionResolvers<ContextType>;
  BuildingEdge?: BuildingEdgeResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  EconomyIndicators?: EconomyIndicatorsResolvers<ContextType>;
  EconomyStatistics?: EconomyStatisticsResolvers<ContextType>;
  EconomyTarget?: EconomyTargetResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterpriseConnection?: EnterpriseConnectionResolvers<ContextType>;
  EnterpriseEdge?: EnterpriseEdgeResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  InvestmentProject?: InvestmentProjectResolvers<ContextType>;
  InvestmentProjectConnection?: InvestmentProjectConnectionResolvers<ContextType>;
  InvestmentProjectEdge?: InvestmentProjectEdgeResolvers<ContextType>;
  InvestmentProjectHistoryConnection?: InvestmentProjectHistoryConnectionResolvers<ContextType>;
  InvestmentProjectHistoryEdge?: InvestmentProjectHistoryEdgeResolvers<ContextType>;
  InvestmentTrip?: InvestmentTripResolvers<ContextType>;
  InvestmentTripConnection?: InvestmentTripConnectionResolvers<ContextType>;
  InvestmentTripEdge?: InvestmentTripEdgeResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProjectStatisticsKeys?: ProjectStatisticsKeysResolvers<ContextType>;
  ProjectStatisticsRow?: ProjectStatisticsRowResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServiceVisit?: ServiceVisitResolvers<ContextType>;
  ServiceVisitConnection?: ServiceVisitConnectionResolvers<ContextType>;
  ServiceVisitEdge?: ServiceVisitEdgeResolvers<ContextType>;
  ServiceVisitHistoryConnection?: ServiceVisitHistoryConnectionResolvers<ContextType>;
  ServiceVisitHistoryEdge?: ServiceVisitHistoryEdgeResolvers<ContextType>;
  Street?: StreetResolvers<ContextType>;
  TaxRecord?: TaxRecordResolvers<ContextType>;
  TaxRecordConnection?: TaxRecordConnectionResolvers<ContextType>;
  TaxRecordEdge?: TaxRecordEdgeResolvers<ContextType>;
  TripStatisticsKeys?: TripStatisticsKeysResolvers<ContextType>;
  TripStatisticsRow?: TripStatisticsRowResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = EconomyContext> = ResolversObject<{
  personal?: PersonalDirectiveResolver<any, any, ContextType>;
}>;
