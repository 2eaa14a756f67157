import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DivisionRef, EnterpriseRef, IncidentRecord, FacilityRecord, RectificationProjectRecord, PetitionRecord, InspectionCampaignRecord, SafetyDesignationRecord } from '../models.js';
import type { StatisticsRequest } from '../../../platform/query/statistics.js';
import type { HistoryEntryRecord } from '../../../platform/writes/write-model.js';
import type { UrbanManagementContext } from '../context.js';
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

/** 救助案件 / Assistance case (owned by civil affairs; referenced by key only) */
export type AssistanceCase = {
  __typename?: 'AssistanceCase';
  /** 案件编号 / Assistance case id */
  id: Scalars['ID']['output'];
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

/** 社区/村 / Community or village (owned by civil affairs; urban management contributes its fields) */
export type Community = {
  __typename?: 'Community';
  /** 区划代码（12位）/ Division code, 12 digits */
  code: Scalars['ID']['output'];
  /** 社区设施 / Facilities in the community */
  facilities?: Maybe<FacilityConnection>;
  /** 社区网格事件 / Incidents in the community */
  incidents?: Maybe<IncidentConnection>;
  /** 社区整治项目 / Rectification projects in the community */
  rectificationProjects?: Maybe<RectificationProjectConnection>;
  /** 社区获得的平安创建命名 / Safety designations the community holds */
  safetyDesignations?: Maybe<SafetyDesignationConnection>;
  /** 城市管理指标 / Urban-management indicators of the community for a period */
  urbanManagementIndicators?: Maybe<UrbanManagementIndicators>;
};


/** 社区/村 / Community or village (owned by civil affairs; urban management contributes its fields) */
export type CommunityFacilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FacilityOrder>;
};


/** 社区/村 / Community or village (owned by civil affairs; urban management contributes its fields) */
export type CommunityIncidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<IncidentOrder>;
};


/** 社区/村 / Community or village (owned by civil affairs; urban management contributes its fields) */
export type CommunityRectificationProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RectificationProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RectificationProjectOrder>;
};


/** 社区/村 / Community or village (owned by civil affairs; urban management contributes its fields) */
export type CommunitySafetyDesignationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SafetyDesignationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SafetyDesignationOrder>;
};


/** 社区/村 / Community or village (owned by civil affairs; urban management contributes its fields) */
export type CommunityUrbanManagementIndicatorsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 区 / District (owned by civil affairs; urban management contributes its fields) */
export type District = {
  __typename?: 'District';
  /** 区划代码（6位）/ Division code, 6 digits */
  code: Scalars['ID']['output'];
  /** 辖区内设施 / Facilities anywhere in the district */
  facilities?: Maybe<FacilityConnection>;
  /** 辖区内网格事件 / Incidents anywhere in the district */
  incidents?: Maybe<IncidentConnection>;
  /** 辖区内整治项目 / Rectification projects anywhere in the district */
  rectificationProjects?: Maybe<RectificationProjectConnection>;
  /** 城市管理指标 / Urban-management indicators of the district for a period */
  urbanManagementIndicators?: Maybe<UrbanManagementIndicators>;
};


/** 区 / District (owned by civil affairs; urban management contributes its fields) */
export type DistrictFacilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FacilityOrder>;
};


/** 区 / District (owned by civil affairs; urban management contributes its fields) */
export type DistrictIncidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<IncidentOrder>;
};


/** 区 / District (owned by civil affairs; urban management contributes its fields) */
export type DistrictRectificationProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RectificationProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RectificationProjectOrder>;
};


/** 区 / District (owned by civil affairs; urban management contributes its fields) */
export type DistrictUrbanManagementIndicatorsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 企业 / Enterprise (owned by economy; urban management contributes the incidents that concern it) */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** 企业编号 / Enterprise id */
  id: Scalars['ID']['output'];
  /** 涉及该企业的网格事件 / Incidents that concern the enterprise */
  incidents?: Maybe<IncidentConnection>;
};


/** 企业 / Enterprise (owned by economy; urban management contributes the incidents that concern it) */
export type EnterpriseIncidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<IncidentOrder>;
};

/** 城市管理设施 / An urban-management facility */
export type Facility = {
  __typename?: 'Facility';
  /** 面积（㎡）/ Floor area in ㎡, for buildings such as community offices */
  areaSquareMeters?: Maybe<Scalars['Float']['output']>;
  /** 所属社区 / Community, when the facility belongs to one */
  community?: Maybe<Community>;
  /** 所属区划代码 / Most specific division code */
  divisionCode: Scalars['ID']['output'];
  /** 设施编号 / Facility id */
  id: Scalars['ID']['output'];
  /** 建成/安装日期 / Installed or completed on */
  installedAt: Scalars['DateTime']['output'];
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 是否规范化 / Whether built to the standard (e.g. 规范化巡防室) */
  standardized: Scalars['Boolean']['output'];
  /** 状态 / Status */
  status: FacilityStatus;
  /** 所属街道 / Street */
  street?: Maybe<Street>;
  /** 类型 / Type */
  type: FacilityType;
};

/** 设施连接 / Facility connection */
export type FacilityConnection = {
  __typename?: 'FacilityConnection';
  /** 边 / Edges */
  edges: Array<FacilityEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 设施统计维度 / Dimension of the facility statistics */
export type FacilityDimension =
  /** 社区或村 / Community or village */
  | 'COMMUNITY'
  /** 网格 / Grid */
  | 'GRID'
  /** 状态 / Status */
  | 'STATUS'
  /** 街道或镇 / Street or town */
  | 'STREET'
  /** 类型 / Type */
  | 'TYPE';

/** 设施边 / Facility edge */
export type FacilityEdge = {
  __typename?: 'FacilityEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 设施 / Facility */
  node: Facility;
};

/** 设施筛选 / Facility filter */
export type FacilityFilter = {
  /** 区划代码（任一级）/ Division code of any level */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** 建成时间起（含）/ Installed at or after */
  installedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** 建成时间止（不含）/ Installed before */
  installedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** 最小面积（㎡）/ Minimum floor area in ㎡ */
  minAreaSquareMeters?: InputMaybe<Scalars['Float']['input']>;
  /** 名称包含 / Name contains */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** 状态 / Statuses */
  status?: InputMaybe<Array<FacilityStatus>>;
  /** 类型 / Types */
  type?: InputMaybe<Array<FacilityType>>;
};

/** 设施排序 / Facility sort order */
export type FacilityOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Sort field */
  field?: FacilityOrderField;
};

/** 设施排序字段 / Facility sort field */
export type FacilityOrderField =
  /** 建成时间 / Installed at */
  | 'INSTALLED_AT'
  /** 名称 / Name */
  | 'NAME';

/** 设施统计分组键（未分组的维度为空）/ The group of a facility row; dimensions not grouped by are null */
export type FacilityStatisticsKeys = {
  __typename?: 'FacilityStatisticsKeys';
  /** 社区代码 / Community code */
  community?: Maybe<Scalars['ID']['output']>;
  /** 网格代码 / Grid code */
  grid?: Maybe<Scalars['ID']['output']>;
  /** 状态 / Status */
  status?: Maybe<FacilityStatus>;
  /** 街道代码 / Street code */
  street?: Maybe<Scalars['ID']['output']>;
  /** 类型 / Type */
  type?: Maybe<FacilityType>;
};

/** 设施统计行 / One group of the facility statistics */
export type FacilityStatisticsRow = {
  __typename?: 'FacilityStatisticsRow';
  /** 面积（㎡）/ Floor area, square metres */
  areaSquareMeters: Scalars['Float']['output'];
  /** 设施数 / Facilities */
  facilities: Scalars['Int']['output'];
  /** 分组键 / The group */
  keys: FacilityStatisticsKeys;
};

/** 设施状态 / Facility status */
export type FacilityStatus =
  /** 在用 / In service */
  | 'IN_SERVICE'
  /** 停用 / Out of service */
  | 'OUT_OF_SERVICE'
  /** 建设中 / Under construction */
  | 'UNDER_CONSTRUCTION';

/** 设施类型 / Facility type */
export type FacilityType =
  /** 门禁 / Access-control gate */
  | 'ACCESS_GATE'
  /** 空气监测点 / Air monitoring point */
  | 'AIR_MONITORING_POINT'
  /** 监控设备 / Monitoring camera */
  | 'CAMERA'
  /** 社区办公用房 / Community office building */
  | 'COMMUNITY_OFFICE'
  /** 垃圾转运站 / Garbage transfer station */
  | 'GARBAGE_TRANSFER_STATION'
  /** 巡防室 / Patrol room */
  | 'PATROL_ROOM'
  /** 公厕 / Public toilet */
  | 'PUBLIC_TOILET';

/** 按类型的设施数 / Facilities of one type */
export type FacilityTypeCount = {
  __typename?: 'FacilityTypeCount';
  /** 总面积（㎡）/ Total floor area */
  areaSquareMeters: Measure;
  /** 覆盖社区数 / Distinct communities that have one */
  communities: Measure;
  /** 设施数 / Facilities */
  facilities: Measure;
  /** 类型 / Type */
  type: FacilityType;
};

/** 网格 / Grid (owned by civil affairs; urban management contributes its incidents) */
export type Grid = {
  __typename?: 'Grid';
  /** 区划代码（15位）/ Division code, 15 digits */
  code: Scalars['ID']['output'];
  /** 网格内事件 / Incidents in the grid */
  incidents?: Maybe<IncidentConnection>;
};


/** 网格 / Grid (owned by civil affairs; urban management contributes its incidents) */
export type GridIncidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<IncidentOrder>;
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

/** 网格事件 / A grid incident reported in a community */
export type Incident = {
  __typename?: 'Incident';
  /** 受理时间 / Accepted at */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 地点 / Location text */
  address?: Maybe<Scalars['String']['output']>;
  /** 派遣时间 / Assigned at */
  assignedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 类别 / Category */
  category: IncidentCategory;
  /** 结案时间 / Closed at */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 所属社区 / Community */
  community?: Maybe<Community>;
  /** 处置时限 / Deadline, from the category's time limit */
  deadline: Scalars['DateTime']['output'];
  /** 处置部门 / Department the incident is assigned to */
  department?: Maybe<Scalars['String']['output']>;
  /** 描述 / Description */
  description?: Maybe<Scalars['String']['output']>;
  /** 所属区划代码（最细一级）/ Most specific division code (grid or community) */
  divisionCode: Scalars['ID']['output'];
  /** 涉及企业 / The enterprise the incident concerns, if any */
  enterprise?: Maybe<Enterprise>;
  /** 所属网格 / Grid, when known */
  grid?: Maybe<Grid>;
  /** 处置用时（小时）/ Hours from report to resolution */
  handlingHours?: Maybe<Scalars['Float']['output']>;
  /** 变更记录（最新在前）/ Every change of the incident, newest first */
  history: IncidentHistoryConnection;
  /** 事件编号 / Incident id */
  id: Scalars['ID']['output'];
  /** 是否未办结 / Whether the incident is still open (reported, accepted, assigned or reopened) */
  open: Scalars['Boolean']['output'];
  /** 是否超期 / Whether it was (or still is) past its deadline when resolved (or now) */
  overdue: Scalars['Boolean']['output'];
  /** 上报时间 / Reported at */
  reportedAt: Scalars['DateTime']['output'];
  /** 上报人姓名（按权限脱敏；分析员和服务账号为 FORBIDDEN）/ Reporter's name, masked unless the viewer may read it; FORBIDDEN for analysts and services */
  reporterName?: Maybe<Scalars['String']['output']>;
  /** 上报人电话（按权限脱敏；分析员和服务账号为 FORBIDDEN）/ Reporter's phone, masked unless the viewer may read it; FORBIDDEN for analysts and services */
  reporterPhone?: Maybe<Scalars['String']['output']>;
  /** 最近一次处置结果 / Result of the latest resolution */
  resolution?: Maybe<Scalars['String']['output']>;
  /** 处置时间 / Resolved at */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 来源 / Source */
  source: IncidentSource;
  /** 状态 / Status */
  status: IncidentStatus;
  /** 所属街道 / Street */
  street?: Maybe<Street>;
  /** 标题 / Title */
  title: Scalars['String']['output'];
  /** 版本号（修改时作为 expectedVersion 传入）/ Version, incremented by every change; pass it as expectedVersion to change the incident */
  version: Scalars['Int']['output'];
};


/** 网格事件 / A grid incident reported in a community */
export type IncidentHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 事件类别 / Incident category */
export type IncidentCategory =
  /** 裸露地面 / Bare ground (dust) */
  | 'BARE_GROUND'
  /** 市容 / City appearance */
  | 'CITY_APPEARANCE'
  /** 油烟 / Cooking fumes */
  | 'COOKING_FUMES'
  /** 垃圾 / Garbage */
  | 'GARBAGE'
  /** 违规广告 / Illegal advertising */
  | 'ILLEGAL_ADVERTISING'
  /** 违建 / Illegal construction */
  | 'ILLEGAL_CONSTRUCTION'
  /** 散煤 / Loose coal burning or storage */
  | 'LOOSE_COAL'
  /** 噪声 / Noise */
  | 'NOISE'
  /** 公共设施损坏 / Damaged public facility */
  | 'PUBLIC_FACILITY'
  /** 占道 / Road occupation */
  | 'ROAD_OCCUPATION';

/** 按类别的事件数 / Incident count of one category */
export type IncidentCategoryCount = {
  __typename?: 'IncidentCategoryCount';
  /** 类别 / Category */
  category: IncidentCategory;
  /** 事件数 / Incidents */
  incidents: Measure;
};

/** 事件连接 / Incident connection */
export type IncidentConnection = {
  __typename?: 'IncidentConnection';
  /** 边 / Edges */
  edges: Array<IncidentEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 事件统计维度 / Dimension of the incident statistics */
export type IncidentDimension =
  /** 类别 / Category */
  | 'CATEGORY'
  /** 社区或村 / Community or village */
  | 'COMMUNITY'
  /** 网格 / Grid */
  | 'GRID'
  /** 上报月份（上海时区）/ Month reported, Asia/Shanghai */
  | 'MONTH'
  /** 来源 / Source */
  | 'SOURCE'
  /** 状态 / Status */
  | 'STATUS'
  /** 街道或镇 / Street or town */
  | 'STREET';

/** 事件边 / Incident edge */
export type IncidentEdge = {
  __typename?: 'IncidentEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 事件 / Incident */
  node: Incident;
};

/** 网格事件筛选 / Incident filter */
export type IncidentFilter = {
  /** 类别 / Categories */
  category?: InputMaybe<Array<IncidentCategory>>;
  /** 区划代码（任一级）/ Division code of any level */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** 仅未办结（true）或仅已办结（false）/ Only open (true) or only finished (false) incidents */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** 仅超期（true）或仅未超期（false）/ Only overdue (true) or only on-time (false) incidents */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** 上报时间起（含）/ Reported at or after */
  reportedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** 上报时间止（不含）/ Reported before */
  reportedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** 来源 / Sources */
  source?: InputMaybe<Array<IncidentSource>>;
  /** 状态 / Statuses */
  status?: InputMaybe<Array<IncidentStatus>>;
  /** 标题包含 / Title contains */
  titleContains?: InputMaybe<Scalars['String']['input']>;
};

/** 事件变更记录连接 / A page of an incident's history, newest first */
export type IncidentHistoryConnection = {
  __typename?: 'IncidentHistoryConnection';
  /** 边 / Edges */
  edges: Array<IncidentHistoryEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 事件变更记录边 / An edge of an incident's history */
export type IncidentHistoryEdge = {
  __typename?: 'IncidentHistoryEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 变更记录 / The change */
  node: HistoryEntry;
};

/** 按月的事件数 / Incident count of one month */
export type IncidentMonthCount = {
  __typename?: 'IncidentMonthCount';
  /** 事件数 / Incidents */
  incidents: Measure;
  /** 月份（YYYY-MM）/ Month, YYYY-MM */
  month: Scalars['String']['output'];
};

/** 事件排序 / Incident sort order */
export type IncidentOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Sort field */
  field?: IncidentOrderField;
};

/** 事件排序字段 / Incident sort field */
export type IncidentOrderField =
  /** 处置时限 / Deadline */
  | 'DEADLINE'
  /** 上报时间 / Reported at */
  | 'REPORTED_AT';

/** 事件来源 / How an incident was reported */
export type IncidentSource =
  /** 视频监控 / Spotted by a camera */
  | 'CAMERA'
  /** 网格巡查 / Found by a grid patrol */
  | 'GRID_PATROL'
  /** 热线 / Hotline call (12345) */
  | 'HOTLINE'
  /** 居民上报 / Reported by a resident */
  | 'RESIDENT_REPORT';

/** 按来源的事件数 / Incident count of one source */
export type IncidentSourceCount = {
  __typename?: 'IncidentSourceCount';
  /** 事件数 / Incidents */
  incidents: Measure;
  /** 来源 / Source */
  source: IncidentSource;
};

/** 事件统计分组键（未分组的维度为空）/ The group of an incident row; dimensions not grouped by are null */
export type IncidentStatisticsKeys = {
  __typename?: 'IncidentStatisticsKeys';
  /** 类别 / Category */
  category?: Maybe<IncidentCategory>;
  /** 社区代码 / Community code */
  community?: Maybe<Scalars['ID']['output']>;
  /** 网格代码 / Grid code */
  grid?: Maybe<Scalars['ID']['output']>;
  /** 上报月份（YYYY-MM）/ Month reported, YYYY-MM */
  month?: Maybe<Scalars['String']['output']>;
  /** 来源 / Source */
  source?: Maybe<IncidentSource>;
  /** 状态 / Status */
  status?: Maybe<IncidentStatus>;
  /** 街道代码 / Street code */
  street?: Maybe<Scalars['ID']['output']>;
};

/** 事件统计行 / One group of the incident statistics */
export type IncidentStatisticsRow = {
  __typename?: 'IncidentStatisticsRow';
  /** 平均办理时长（小时，已办结事件）/ Average hours from report to resolution of the resolved incidents; null when none is resolved */
  averageHandlingHours?: Maybe<Scalars['Float']['output']>;
  /** 事件数 / Incidents */
  incidents: Scalars['Int']['output'];
  /** 分组键 / The group */
  keys: IncidentStatisticsKeys;
  /** 未办结 / Still open */
  open: Scalars['Int']['output'];
  /** 超期 / Overdue: resolved after the deadline, or unresolved past it now */
  overdue: Scalars['Int']['output'];
  /** 超期率（%）/ Overdue rate, percent, two decimals */
  overdueRate: Scalars['Float']['output'];
};

/** 事件状态 / Incident status: REPORTED → ACCEPTED → ASSIGNED → RESOLVED → CLOSED, or REOPENED */
export type IncidentStatus =
  /** 已受理 / Accepted */
  | 'ACCEPTED'
  /** 已派遣 / Assigned to a handler */
  | 'ASSIGNED'
  /** 已结案 / Closed */
  | 'CLOSED'
  /** 已重新打开 / Reopened after an unsatisfactory resolution */
  | 'REOPENED'
  /** 已上报 / Reported */
  | 'REPORTED'
  /** 已处置 / Resolved */
  | 'RESOLVED';

/** 按状态的事件数 / Incident count of one status */
export type IncidentStatusCount = {
  __typename?: 'IncidentStatusCount';
  /** 事件数 / Incidents */
  incidents: Measure;
  /** 状态 / Status */
  status: IncidentStatus;
};

/** 专项检查行动 / An inspection campaign, e.g. 柏庄镇 loose-coal inspection */
export type InspectionCampaign = {
  __typename?: 'InspectionCampaign';
  /** 所属区划代码 / Division code */
  divisionCode: Scalars['ID']['output'];
  /** 截止统计日期 / End, or the date of the latest count */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /** 排查农户数 / Households checked */
  householdsChecked: Scalars['Int']['output'];
  /** 编号 / Id */
  id: Scalars['ID']['output'];
  /** 检查组数 / Inspection teams deployed */
  inspectionTeams: Scalars['Int']['output'];
  /** 排查市场数 / Markets inspected */
  marketsInspected: Scalars['Int']['output'];
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 排查商铺企业数 / Shops and enterprises checked */
  shopsAndEnterprisesChecked: Scalars['Int']['output'];
  /** 出动村镇干部人数 / Village and town cadres deployed */
  staffDeployed: Scalars['Int']['output'];
  /** 开始日期 / Start */
  startDate: Scalars['DateTime']['output'];
  /** 所属街道/镇 / Street or town */
  street?: Maybe<Street>;
  /** 主题 / Topic */
  topic: InspectionTopic;
  /** 覆盖的村（民政子图不可用时为空）/ The villages covered; null when civil affairs cannot be reached */
  villages?: Maybe<Array<Community>>;
  /** 覆盖村数 / Villages covered */
  villagesCovered: Scalars['Int']['output'];
};

/** 检查行动连接 / Inspection campaign connection */
export type InspectionCampaignConnection = {
  __typename?: 'InspectionCampaignConnection';
  /** 边 / Edges */
  edges: Array<InspectionCampaignEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 检查行动边 / Inspection campaign edge */
export type InspectionCampaignEdge = {
  __typename?: 'InspectionCampaignEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 检查行动 / Inspection campaign */
  node: InspectionCampaign;
};

/** 检查行动筛选 / Inspection campaign filter */
export type InspectionCampaignFilter = {
  /** 区划代码（任一级）/ Division code of any level */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** 开始日期起（含）/ Started at or after */
  startFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** 开始日期止（不含）/ Started before */
  startTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** 主题 / Topics */
  topic?: InputMaybe<Array<InspectionTopic>>;
};

/** 检查行动排序 / Inspection campaign sort order */
export type InspectionCampaignOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Sort field */
  field?: InspectionCampaignOrderField;
};

/** 检查行动排序字段 / Inspection campaign sort field */
export type InspectionCampaignOrderField =
  /** 名称 / Name */
  | 'NAME'
  /** 开始日期 / Start date */
  | 'START_DATE';

/** 检查主题 / Inspection topic */
export type InspectionTopic =
  /** 油烟治理 / Cooking fumes */
  | 'COOKING_FUMES'
  /** 扬尘治理 / Dust and bare ground */
  | 'DUST'
  /** 散煤治理 / Loose coal */
  | 'LOOSE_COAL';

/** 登记信访件 / A new petition */
export type IntakePetitionInput = {
  /** 涉及救助案件编号 / Assistance case id */
  assistanceCaseId?: InputMaybe<Scalars['ID']['input']>;
  /** 类别 / Category */
  category: PetitionCategory;
  /** 渠道 / Channel */
  channel: PetitionChannel;
  /** 内容 / Content */
  content?: InputMaybe<Scalars['String']['input']>;
  /** 所涉区划代码（街道、社区或网格，须存在）/ Division the petition concerns: an existing street, community or grid */
  divisionCode: Scalars['ID']['input'];
  /** 涉及企业编号 / Enterprise id */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** 涉及网格事件编号 / Incident id */
  incidentId?: InputMaybe<Scalars['ID']['input']>;
  /** 事项键（默认为新事项）/ Matter key shared with earlier petitions on the same matter; a new matter when omitted */
  matterKey?: InputMaybe<Scalars['String']['input']>;
  /** 信访人居民编号（登记居民）/ Petitioner's resident id, when registered */
  petitionerId?: InputMaybe<Scalars['ID']['input']>;
  /** 信访人姓名（个人信息）/ Petitioner's name; personal data */
  petitionerName: Scalars['String']['input'];
  /** 信访人手机号（个人信息）/ Petitioner's mobile number; personal data */
  petitionerPhone?: InputMaybe<Scalars['String']['input']>;
  /** 登记时间（默认当前，不得晚于当前）/ Received at; defaults to now, must not be in the future */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** 标题 / Title */
  title: Scalars['String']['input'];
};

/** 积案状态 / A petition's place in a long-standing case (积案) of its matter */
export type LongStandingStatus =
  /** 积案（同一事项反复信访）/ Part of a long-standing case: its matter was petitioned repeatedly or escalated */
  | 'LONG_STANDING'
  /** 非积案 / Not part of a long-standing case */
  | 'NONE'
  /** 积案已化解 / The long-standing case was resolved with this petition closed */
  | 'RESOLVED';

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
 * 事件处置流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；城市管理领域的官员限本辖区；
 * 社区工作者可上报、受理；派遣、处置、结案、重新打开需街道级及以上；分析员与服务账号为 FORBIDDEN。
 *
 * Incident lifecycle: REPORTED → ACCEPTED → ASSIGNED → RESOLVED → CLOSED, and RESOLVED or CLOSED →
 * REOPENED → ASSIGNED again. Every step takes the expectedVersion read from the incident (a stale
 * one gets CONFLICT with currentVersion, and nothing is written); an illegal step gets
 * BAD_USER_INPUT naming the current and requested state. Who may: admins anywhere; officials of
 * urban management inside their jurisdiction; community workers report and accept; assigning,
 * resolving, closing and reopening need a street official or above; analysts and services are FORBIDDEN.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** 受理事件（REPORTED → ACCEPTED）/ Accept a reported incident. Community worker or above. */
  acceptIncident: Incident;
  /** 受理（RECEIVED → ACCEPTED，办理时限为受理后60日）/ Accept: the handling deadline is 60 days from now. Community worker or above. */
  acceptPetition: Petition;
  /** 派遣到处置部门（ACCEPTED/REOPENED → ASSIGNED）/ Assign to a department. The deadline stays the report's (category limit from the report); a reopened incident gets a new one from now. Street official or above. */
  assignIncident: Incident;
  /** 交办（ACCEPTED/REOPENED → ASSIGNED）/ Assign to a department. Street official or above. */
  assignPetition: Petition;
  /** 结案（RESOLVED → CLOSED）/ Close a resolved incident. Street official or above. */
  closeIncident: Incident;
  /** 办结并记录满意度（REPLIED → CLOSED；积案随之化解）/ Close with the petitioner's satisfaction (1–5); a long-standing petition counts as resolved. Street official or above. */
  closePetition: Petition;
  /** 升级为积案（本件及同一事项各件）/ Escalate the petition's matter to a long-standing case: this petition and every unclosed one on the same matter. Street official or above. */
  escalatePetition: Petition;
  /** 延长办理时限30日（仅一次）/ Extend the handling deadline by 30 days, once; a second extension is BAD_USER_INPUT. Street official or above. */
  extendPetitionDeadline: Petition;
  /** 登记信访件（受理时限为登记后15日；同一事项已有3件及以上时升级为积案）/ Take in a petition: RECEIVED, acceptance deadline 15 days later; a matter that already has 3 or more petitions becomes a long-standing case. Community worker or above. */
  intakePetition: Petition;
  /** 重新打开（RESOLVED/CLOSED → REOPENED）/ Reopen after an unsatisfactory resolution; it must be assigned again. Street official or above. */
  reopenIncident: Incident;
  /** 重新办理（REPLIED/CLOSED → REOPENED）/ Reopen after an unsatisfactory reply. Street official or above. */
  reopenPetition: Petition;
  /** 答复（ASSIGNED → REPLIED）/ Record the reply to the petitioner. Street official or above. */
  replyPetition: Petition;
  /** 上报事件（状态 REPORTED，处置时限按类别计算）/ Report an incident: REPORTED, deadline from the category's time limit. Community worker or above. */
  reportIncident: Incident;
  /** 处置完毕（ASSIGNED → RESOLVED）/ Record the resolution. Street official or above. */
  resolveIncident: Incident;
};


/**
 * 事件处置流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；城市管理领域的官员限本辖区；
 * 社区工作者可上报、受理；派遣、处置、结案、重新打开需街道级及以上；分析员与服务账号为 FORBIDDEN。
 *
 * Incident lifecycle: REPORTED → ACCEPTED → ASSIGNED → RESOLVED → CLOSED, and RESOLVED or CLOSED →
 * REOPENED → ASSIGNED again. Every step takes the expectedVersion read from the incident (a stale
 * one gets CONFLICT with currentVersion, and nothing is written); an illegal step gets
 * BAD_USER_INPUT naming the current and requested state. Who may: admins anywhere; officials of
 * urban management inside their jurisdiction; community workers report and accept; assigning,
 * resolving, closing and reopening need a street official or above; analysts and services are FORBIDDEN.
 */
export type MutationAcceptIncidentArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 事件处置流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；城市管理领域的官员限本辖区；
 * 社区工作者可上报、受理；派遣、处置、结案、重新打开需街道级及以上；分析员与服务账号为 FORBIDDEN。
 *
 * Incident lifecycle: REPORTED → ACCEPTED → ASSIGNED → RESOLVED → CLOSED, and RESOLVED or CLOSED →
 * REOPENED → ASSIGNED again. Every step takes the expectedVersion read from the incident (a stale
 * one gets CONFLICT with currentVersion, and nothing is written); an illegal step gets
 * BAD_USER_INPUT naming the current and requested state. Who may: admins anywhere; officials of
 * urban management inside their jurisdiction; community workers report and accept; assigning,
 * resolving, closing and reopening need a street official or above; analysts and services are FORBIDDEN.
 */
export type MutationAcceptPetitionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 事件处置流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；城市管理领域的官员限本辖区；
 * 社区工作者可上报、受理；派遣、处置、结案、重新打开需街道级及以上；分析员与服务账号为 FORBIDDEN。
 *
 * Incident lifecycle: REPORTED → ACCEPTED → ASSIGNED → RESOLVED → CLOSED, and RESOLVED or CLOSED →
 * REOPENED → ASSIGNED again. Every step takes the expectedVersion read from the incident (a stale
 * one gets CONFLICT with currentVersion, and nothing is written); an illegal step gets
 * BAD_USER_INPUT naming the current and requested state. Who may: admins anywhere; officials of
 * urban management inside their jurisdiction; community workers report and accept; assigning,
 * resolving, closing and reopening need a street official or above; analysts and services are FORBIDDEN.
 */
export type MutationAssignIncidentArgs = {
  department: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 事件处置流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；城市管理领域的官员限本辖区；
 * 社区工作者可上报、受理；派遣、处置、结案、重新打开需街道级及以上；分析员与服务账号为 FORBIDDEN。
 *
 * Incident lifecycle: REPORTED → ACCEPTED → ASSIGNED → RESOLVED → CLOSED, and RESOLVED or CLOSED →
 * REOPENED → ASSIGNED again. Every step takes the expectedVersion read from the incident (a stale
 * one gets CONFLICT with currentVersion, and nothing is written); an illegal step gets
 * BAD_USER_INPUT naming the current and requested state. Who may: admins anywhere; officials of
 * urban management inside their jurisdiction; community workers report and accept; assigning,
 * resolving, closing and reopening need a street official or above; analysts and services are FORBIDDEN.
 */
export type MutationAssignPetitionArgs = {
  department: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 事件处置流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；城市管理领域的官员限本辖区；
 * 社区工作者可上报、受理；派遣、处置、结案、重新打开需街道级及以上；分析员与服务账号为 FORBIDDEN。
 *
 * Incident lifecycle: REPORTED → ACCEPTED → ASSIGNED → RESOLVED → CLOSED, and RESOLVED or CLOSED →
 * REOPENED → ASSIGNED again. Every step takes the expectedVersion read from the incident (a stale
 * one gets CONFLICT with currentVersion, and nothing is written); an illegal step gets
 * BAD_USER_INPUT naming the current and requested state. Who may: admins anywhere; officials of
 * urban management inside their jurisdiction; community workers report and accept; assigning,
 * resolving, closing and reopening need a street official or above; analysts and services are FORBIDDEN.
 */
export type MutationCloseIncidentArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 事件处置流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；城市管理领域的官员限本辖区；
 * 社区工作者可上报、受理；派遣、处置、结案、重新打开需街道级及以上；分析员与服务账号为 FORBIDDEN。
 *
 * Incident lifecycle: REPORTED → ACCEPTED → ASSIGNED → RESOLVED → CLOSED, and RESOLVED or CLOSED →
 * REOPENED → ASSIGNED again. Every step takes the expectedVersion read from the incident (a stale
 * one gets CONFLICT with currentVersion, and nothing is written); an illegal step gets
 * BAD_USER_INPUT naming the current and requested state. Who may: admins anywhere; officials of
 * urban management inside their jurisdiction; community workers report and accept; assigning,
 * resolving, closing and reopening need a street official or above; analysts and services are FORBIDDEN.
 */
export type MutationClosePetitionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  satisfaction: Scalars['Int']['input'];
};


/**
 * 事件处置流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；城市管理领域的官员限本辖区；
 * 社区工作者可上报、受理；派遣、处置、结案、重新打开需街道级及以上；分析员与服务账号为 FORBIDDEN。
 *
 * Incident lifecycle: REPORTED → ACCEPTED → ASSIGNED → RESOLVED → CLOSED, and RESOLVED or CLOSED →
 * REOPENED → ASSIGNED again. Every step takes the expectedVersion read from the incident (a stale
 * one gets CONFLICT with currentVersion, and nothing is written); an illegal step gets
 * BAD_USER_INPUT naming the current and requested state. Who may: admins anywhere; officials of
 * urban management inside their jurisdiction; community workers report and accept; assigning,
 * resolving, closing and reopening need a street official or above; analysts and services are FORBIDDEN.
 */
export type MutationEscalatePetitionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 事件处置流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；城市管理领域的官员限本辖区；
 * 社区工作者可上报、受理；派遣、处置、结案、重新打开需街道级及以上；分析员与服务账号为 FORBIDDEN。
 *
 * Incident lifecycle: REPORTED → ACCEPTED → ASSIGNED → RESOLVED → CLOSED, and RESOLVED or CLOSED →
 * REOPENED → ASSIGNED again. Every step takes the expectedVersion read from the incident (a stale
 * one gets CONFLICT with currentVersion, and nothing is written); an illegal step gets
 * BAD_USER_INPUT naming the current and requested state. Who may: admins anywhere; officials of
 * urban management inside their jurisdiction; community workers report and accept; assigning,
 * resolving, closing and reopening need a street official or above; analysts and services are FORBIDDEN.
 */
export type MutationExtendPetitionDeadlineArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * 事件处置流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；城市管理领域的官员限本辖区；
 * 社区工作者可上报、受理；派遣、处置、结案、重新打开需街道级及以上；分析员与服务账号为 FORBIDDEN。
 *
 * Incident lifecycle: REPORTED → ACCEPTED → ASSIGNED → RESOLVED → CLOSED, and RESOLVED or CLOSED →
 * REOPENED → ASSIGNED again. Every step takes the expectedVersion read from the incident (a stale
 * one gets CONFLICT with currentVersion, and nothing is written); an illegal step gets
 * BAD_USER_INPUT naming the current and requested state. Who may: admins anywhere; officials of
 * urban management inside their jurisdiction; community workers report and accept; assigning,
 * resolving, closing and reopening need a street official or above; analysts and services are FORBIDDEN.
 */
export type MutationIntakePetitionArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: IntakePetitionInput;
};


/**
 * 事件处置流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；城市管理领域的官员限本辖区；
 * 社区工作者可上报、受理；派遣、处置、结案、重新打开需街道级及以上；分析员与服务账号为 FORBIDDEN。
 *
 * Incident lifecycle: REPORTED → ACCEPTED → ASSIGNED → RESOLVED → CLOSED, and RESOLVED or CLOSED →
 * REOPENED → ASSIGNED again. Every step takes the expectedVersion read from the incident (a stale
 * one gets CONFLICT with currentVersion, and nothing is written); an illegal step gets
 * BAD_USER_INPUT naming the current and requested state. Who may: admins anywhere; officials of
 * urban management inside their jurisdiction; community workers report and accept; assigning,
 * resolving, closing and reopening need a street official or above; analysts and services are FORBIDDEN.
 */
export type MutationReopenIncidentArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 事件处置流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；城市管理领域的官员限本辖区；
 * 社区工作者可上报、受理；派遣、处置、结案、重新打开需街道级及以上；分析员与服务账号为 FORBIDDEN。
 *
 * Incident lifecycle: REPORTED → ACCEPTED → ASSIGNED → RESOLVED → CLOSED, and RESOLVED or CLOSED →
 * REOPENED → ASSIGNED again. Every step takes the expectedVersion read from the incident (a stale
 * one gets CONFLICT with currentVersion, and nothing is written); an illegal step gets
 * BAD_USER_INPUT naming the current and requested state. Who may: admins anywhere; officials of
 * urban management inside their jurisdiction; community workers report and accept; assigning,
 * resolving, closing and reopening need a street official or above; analysts and services are FORBIDDEN.
 */
export type MutationReopenPetitionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 事件处置流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；城市管理领域的官员限本辖区；
 * 社区工作者可上报、受理；派遣、处置、结案、重新打开需街道级及以上；分析员与服务账号为 FORBIDDEN。
 *
 * Incident lifecycle: REPORTED → ACCEPTED → ASSIGNED → RESOLVED → CLOSED, and RESOLVED or CLOSED →
 * REOPENED → ASSIGNED again. Every step takes the expectedVersion read from the incident (a stale
 * one gets CONFLICT with currentVersion, and nothing is written); an illegal step gets
 * BAD_USER_INPUT naming the current and requested state. Who may: admins anywhere; officials of
 * urban management inside their jurisdiction; community workers report and accept; assigning,
 * resolving, closing and reopening need a street official or above; analysts and services are FORBIDDEN.
 */
export type MutationReplyPetitionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reply: Scalars['String']['input'];
};


/**
 * 事件处置流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；城市管理领域的官员限本辖区；
 * 社区工作者可上报、受理；派遣、处置、结案、重新打开需街道级及以上；分析员与服务账号为 FORBIDDEN。
 *
 * Incident lifecycle: REPORTED → ACCEPTED → ASSIGNED → RESOLVED → CLOSED, and RESOLVED or CLOSED →
 * REOPENED → ASSIGNED again. Every step takes the expectedVersion read from the incident (a stale
 * one gets CONFLICT with currentVersion, and nothing is written); an illegal step gets
 * BAD_USER_INPUT naming the current and requested state. Who may: admins anywhere; officials of
 * urban management inside their jurisdiction; community workers report and accept; assigning,
 * resolving, closing and reopening need a street official or above; analysts and services are FORBIDDEN.
 */
export type MutationReportIncidentArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ReportIncidentInput;
};


/**
 * 事件处置流程。每一步都带 expectedVersion（乐观锁：版本过期返回 CONFLICT 及 currentVersion，不写入）；
 * 非法状态转换返回 BAD_USER_INPUT，指明当前与目标状态。权限：管理员不限；城市管理领域的官员限本辖区；
 * 社区工作者可上报、受理；派遣、处置、结案、重新打开需街道级及以上；分析员与服务账号为 FORBIDDEN。
 *
 * Incident lifecycle: REPORTED → ACCEPTED → ASSIGNED → RESOLVED → CLOSED, and RESOLVED or CLOSED →
 * REOPENED → ASSIGNED again. Every step takes the expectedVersion read from the incident (a stale
 * one gets CONFLICT with currentVersion, and nothing is written); an illegal step gets
 * BAD_USER_INPUT naming the current and requested state. Who may: admins anywhere; officials of
 * urban management inside their jurisdiction; community workers report and accept; assigning,
 * resolving, closing and reopening need a street official or above; analysts and services are FORBIDDEN.
 */
export type MutationResolveIncidentArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  result: Scalars['String']['input'];
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

/** 信访件 / A petition (信访件) */
export type Petition = {
  __typename?: 'Petition';
  /** 受理时限（登记后15日）/ Acceptance deadline: 15 days after intake */
  acceptanceDeadline: Scalars['DateTime']['output'];
  /** 受理时间 / Accepted at */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 交办时间 / Assigned at */
  assignedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 涉及救助案件 / The assistance case (decision) the petition concerns */
  assistanceCase?: Maybe<AssistanceCase>;
  /** 类别 / Category */
  category: PetitionCategory;
  /** 渠道 / Channel */
  channel: PetitionChannel;
  /** 办结时间 / Closed at */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 所涉社区 / Community, when known */
  community?: Maybe<Community>;
  /** 内容 / Content */
  content?: Maybe<Scalars['String']['output']>;
  /** 是否已延期 / Whether the handling deadline was extended */
  deadlineExtended: Scalars['Boolean']['output'];
  /** 承办部门 / Department handling the petition */
  department?: Maybe<Scalars['String']['output']>;
  /** 所涉区划代码 / Code of the division the petition concerns */
  divisionCode: Scalars['ID']['output'];
  /** 涉及企业 / The enterprise the petition concerns */
  enterprise?: Maybe<Enterprise>;
  /** 办理时限（受理后60日，可延长一次30日）/ Handling deadline: 60 days after acceptance, extendable once by 30 days */
  handlingDeadline?: Maybe<Scalars['DateTime']['output']>;
  /** 变更记录（最新在前）/ Every change of the petition, newest first */
  history: PetitionHistoryConnection;
  /** 信访件编号 / Petition id */
  id: Scalars['ID']['output'];
  /** 涉及网格事件 / The incident the petition concerns */
  incident?: Maybe<Incident>;
  /** 积案状态 / Long-standing case status */
  longStandingStatus: LongStandingStatus;
  /** 事项键（同一事项的信访件相同）/ Matter key shared by petitions on the same matter */
  matterKey: Scalars['String']['output'];
  /** 同一事项信访件数 / Petitions on the same matter (visible to the viewer) */
  matterPetitionCount: Scalars['Int']['output'];
  /** 是否超期 / Whether acceptance or handling is (or was) past its deadline */
  overdue: Scalars['Boolean']['output'];
  /** 信访人（登记居民）/ The petitioner, when a registered resident */
  petitioner?: Maybe<Resident>;
  /** 信访人姓名（承办部门外脱敏）/ Petitioner's name; masked outside the handling department (urban-management officials of the petition's jurisdiction); full reads are audited */
  petitionerName?: Maybe<Scalars['String']['output']>;
  /** 信访人电话（承办部门外脱敏）/ Petitioner's phone; masked outside the handling department; full reads are audited */
  petitionerPhone?: Maybe<Scalars['String']['output']>;
  /** 登记时间 / Received at */
  receivedAt: Scalars['DateTime']['output'];
  /** 是否重复信访 / Whether an earlier petition on the same matter exists */
  repeat: Scalars['Boolean']['output'];
  /** 答复时间 / Replied at */
  repliedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 答复意见 / Reply */
  reply?: Maybe<Scalars['String']['output']>;
  /** 满意度（1–5）/ Petitioner's satisfaction, 1 to 5 */
  satisfaction?: Maybe<Scalars['Int']['output']>;
  /** 状态 / Status */
  status: PetitionStatus;
  /** 所涉街道 / Street */
  street?: Maybe<Street>;
  /** 标题 / Title */
  title: Scalars['String']['output'];
  /** 版本号（修改时作为 expectedVersion 传入）/ Version, incremented by every change; pass it as expectedVersion to change the petition */
  version: Scalars['Int']['output'];
};


/** 信访件 / A petition (信访件) */
export type PetitionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 信访类别 / Petition category */
export type PetitionCategory =
  /** 企业纠纷 / Dispute with an enterprise */
  | 'ENTERPRISE_DISPUTE'
  /** 环境 / Environment */
  | 'ENVIRONMENT'
  /** 住房与拆迁 / Housing and demolition */
  | 'HOUSING_AND_DEMOLITION'
  /** 劳动与工资 / Labour and wages */
  | 'LABOUR_AND_WAGES'
  /** 其他 / Other */
  | 'OTHER'
  /** 社会救助 / Social assistance (低保 and other decisions) */
  | 'SOCIAL_ASSISTANCE'
  /** 城市管理 / Urban management */
  | 'URBAN_MANAGEMENT';

/** 信访渠道 / How a petition arrived */
export type PetitionChannel =
  /** 热线 / Hotline */
  | 'HOTLINE'
  /** 领导大接访 / Leaders' reception day (大接访) */
  | 'LEADER_RECEPTION_DAY'
  /** 来信 / Letter */
  | 'LETTER'
  /** 网上信访 / Online */
  | 'ONLINE'
  /** 来访 / Visit */
  | 'VISIT';

/** 信访件连接 / Petition connection */
export type PetitionConnection = {
  __typename?: 'PetitionConnection';
  /** 边 / Edges */
  edges: Array<PetitionEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 信访统计维度 / Dimension of the petition statistics */
export type PetitionDimension =
  /** 类别 / Category */
  | 'CATEGORY'
  /** 渠道 / Channel */
  | 'CHANNEL'
  /** 社区 / Community */
  | 'COMMUNITY'
  /** 登记月份（上海时区）/ Month received, Asia/Shanghai */
  | 'MONTH'
  /** 街道 / Street */
  | 'STREET';

/** 信访件边 / Petition edge */
export type PetitionEdge = {
  __typename?: 'PetitionEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 信访件 / Petition */
  node: Petition;
};

/** 信访件筛选 / Petition filter */
export type PetitionFilter = {
  /** 类别 / Categories */
  category?: InputMaybe<Array<PetitionCategory>>;
  /** 渠道 / Channels */
  channel?: InputMaybe<Array<PetitionChannel>>;
  /** 区划代码（任一级）/ Division code of any level */
  divisionCode?: InputMaybe<Scalars['ID']['input']>;
  /** 涉及企业编号 / Enterprise id */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** 积案状态 / Long-standing case statuses */
  longStandingStatus?: InputMaybe<Array<LongStandingStatus>>;
  /** 事项键 / Matter key */
  matterKey?: InputMaybe<Scalars['String']['input']>;
  /** 登记时间起（含）/ Received at or after */
  receivedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** 登记时间止（不含）/ Received before */
  receivedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** 状态 / Statuses */
  status?: InputMaybe<Array<PetitionStatus>>;
  /** 标题包含 / Title contains */
  titleContains?: InputMaybe<Scalars['String']['input']>;
};

/** 信访件变更记录连接 / A page of a petition's history, newest first */
export type PetitionHistoryConnection = {
  __typename?: 'PetitionHistoryConnection';
  /** 边 / Edges */
  edges: Array<PetitionHistoryEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 信访件变更记录边 / An edge of a petition's history */
export type PetitionHistoryEdge = {
  __typename?: 'PetitionHistoryEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 变更记录 / The change */
  node: HistoryEntry;
};

/** 信访件排序 / Petition sort order */
export type PetitionOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Sort field */
  field?: PetitionOrderField;
};

/** 信访件排序字段 / Petition sort field */
export type PetitionOrderField =
  /** 受理时限 / Acceptance deadline */
  | 'ACCEPTANCE_DEADLINE'
  /** 登记时间 / Received at */
  | 'RECEIVED_AT';

/** 信访统计分组键（未分组的维度为空）/ The group of a row; dimensions not grouped by are null */
export type PetitionStatisticsKeys = {
  __typename?: 'PetitionStatisticsKeys';
  /** 类别 / Category */
  category?: Maybe<PetitionCategory>;
  /** 渠道 / Channel */
  channel?: Maybe<PetitionChannel>;
  /** 社区代码 / Community code */
  community?: Maybe<Scalars['ID']['output']>;
  /** 月份（YYYY-MM）/ Month, YYYY-MM */
  month?: Maybe<Scalars['String']['output']>;
  /** 街道代码 / Street code */
  street?: Maybe<Scalars['ID']['output']>;
};

/** 信访统计行 / One group of the petition statistics */
export type PetitionStatisticsRow = {
  __typename?: 'PetitionStatisticsRow';
  /** 平均满意度 / Average satisfaction of the rated ones (for analysts and services: perturbed sum of ratings over the perturbed number rated, null when fewer than 5 rated) */
  averageSatisfaction?: Maybe<Scalars['Float']['output']>;
  /** 已办结件数 / Petitions closed */
  closed?: Maybe<Scalars['Int']['output']>;
  /** 分组键 / The group */
  keys: PetitionStatisticsKeys;
  /** 积案信访件数 / Petitions in long-standing cases (resolved or not) */
  longStanding?: Maybe<Scalars['Int']['output']>;
  /** 信访件数 / Petitions received */
  petitions?: Maybe<Scalars['Int']['output']>;
  /** 重复信访件数 / Repeat petitions */
  repeats?: Maybe<Scalars['Int']['output']>;
  /** 小样本已隐藏（分析员和服务账号）/ Figures withheld from an analyst or a service: a count of the row is 1 to 4, or below 5 after perturbation */
  suppressed: Scalars['Boolean']['output'];
};

/** 信访件状态 / Petition status: RECEIVED → ACCEPTED → ASSIGNED → REPLIED → CLOSED, or REOPENED */
export type PetitionStatus =
  /** 已受理 / Accepted: the handling deadline runs */
  | 'ACCEPTED'
  /** 已交办 / Assigned to a department */
  | 'ASSIGNED'
  /** 已办结 / Closed, with the petitioner's satisfaction rating */
  | 'CLOSED'
  /** 已登记 / Received, waiting for acceptance */
  | 'RECEIVED'
  /** 已重新办理 / Reopened after an unsatisfactory reply; to be assigned again */
  | 'REOPENED'
  /** 已答复 / Replied to the petitioner */
  | 'REPLIED';

export type Query = {
  __typename?: 'Query';
  /** 城市管理设施列表 / Urban-management facilities */
  facilities?: Maybe<FacilityConnection>;
  /** 按编号查询网格事件 / One grid incident by id (null when unknown or outside the viewer's jurisdiction) */
  incident?: Maybe<Incident>;
  /** 网格事件列表 / Grid incidents, newest first by default */
  incidents?: Maybe<IncidentConnection>;
  /** 专项检查行动列表 / Inspection campaigns, e.g. loose-coal inspections */
  inspectionCampaigns?: Maybe<InspectionCampaignConnection>;
  /** 按编号查询信访件（辖区外为空；分析员和服务账号为 FORBIDDEN）/ One petition by id; null outside the viewer's jurisdiction; FORBIDDEN for analysts and services, who see aggregates only */
  petition?: Maybe<Petition>;
  /** 信访统计（按维度分组；辖区外为空）/ Petitions received in a period in a division, grouped by the dimensions asked for; null outside the viewer's jurisdiction. For analysts and services the counts are perturbed (at most 2 from the exact count, the same petitions always giving the same answer) and a row of 1 to 4 petitions, or below 5 after perturbation, has its figures null and suppressed true */
  petitionStatistics?: Maybe<Array<PetitionStatisticsRow>>;
  /** 信访件列表（默认最新在前；分析员和服务账号为 FORBIDDEN）/ Petitions, newest first unless orderBy says otherwise; FORBIDDEN for analysts and services, who see aggregates only (petitionStatistics) */
  petitions?: Maybe<PetitionConnection>;
  /** 环境整治项目列表 / Rectification projects (roads, facades, residential areas, greening) */
  rectificationProjects?: Maybe<RectificationProjectConnection>;
  /** 城市管理个人信息完整读取审计（仅管理员，其他角色为FORBIDDEN）/ Full reads of personal values held by the urban-management subgraph, newest first; admins only (others get FORBIDDEN) */
  urbanManagementAuditRecords?: Maybe<AuditRecordConnection>;
  /** 平安创建命名列表 / Safety designations of divisions (平安社区, 无邪教社区, 平安街道) */
  urbanManagementSafetyDesignations?: Maybe<SafetyDesignationConnection>;
  /** 城市管理统计（按维度分组，辖区外为空）/ Urban-management statistics of a division for a period, grouped by the dimensions asked for; null when the division is outside the viewer's jurisdiction */
  urbanManagementStatistics?: Maybe<UrbanManagementStatistics>;
};


export type QueryFacilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FacilityOrder>;
};


export type QueryIncidentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIncidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<IncidentOrder>;
};


export type QueryInspectionCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InspectionCampaignFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InspectionCampaignOrder>;
};


export type QueryPetitionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPetitionStatisticsArgs = {
  division: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  groupBy: Array<PetitionDimension>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryPetitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PetitionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PetitionOrder>;
};


export type QueryRectificationProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RectificationProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RectificationProjectOrder>;
};


export type QueryUrbanManagementAuditRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUrbanManagementSafetyDesignationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SafetyDesignationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SafetyDesignationOrder>;
};


export type QueryUrbanManagementStatisticsArgs = {
  division: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 整治项目类型 / Rectification project kind */
export type RectificationKind =
  /** 裸露地面苫盖 / Bare ground covering */
  | 'BARE_GROUND_COVER'
  /** 楼房立面清拆 / Building facades */
  | 'BUILDING_FACADE'
  /** 文明示范小区创建 / Civilized model estate */
  | 'CIVILIZED_MODEL_ESTATE'
  /** 绿化提升 / Greening */
  | 'GREENING'
  /** 违法建设拆除 / Illegal construction demolition */
  | 'ILLEGAL_CONSTRUCTION_DEMOLITION'
  /** 老旧小区（旧楼区）改造 / Old residential area renovation */
  | 'OLD_RESIDENTIAL_RENOVATION'
  /** 居民区综合整治 / Residential area comprehensive rectification */
  | 'RESIDENTIAL_AREA'
  /** 道路立面整治 / Road (facade clean-up along a road) */
  | 'ROAD'
  /** 道路拓宽改造 / Road widening */
  | 'ROAD_WIDENING';

/** 按类型的整治量 / Rectification quantities of one kind */
export type RectificationKindQuantity = {
  __typename?: 'RectificationKindQuantity';
  /** 面积（㎡）/ Area */
  areaSquareMeters: Measure;
  /** 涉及楼栋数 / Buildings covered */
  buildings: Measure;
  /** 已完成项目数 / Completed projects */
  completedProjects: Measure;
  /** 类型 / Kind */
  kind: RectificationKind;
  /** 项目数（含工作计划目标）/ Projects, with the work plan's target if any */
  projects: Measure;
};

/** 环境整治项目 / A rectification project */
export type RectificationProject = {
  __typename?: 'RectificationProject';
  /** 面积（㎡）/ Area in ㎡ */
  areaSquareMeters?: Maybe<Scalars['Float']['output']>;
  /** 涉及楼栋数 / Buildings covered */
  buildingCount: Scalars['Int']['output'];
  /** 所属社区 / Community, when the project lies in one */
  community?: Maybe<Community>;
  /** 完成日期 / Completed on */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 所属区 / District */
  district?: Maybe<District>;
  /** 所属区划代码 / Most specific division code */
  divisionCode: Scalars['ID']['output'];
  /** 项目编号 / Project id */
  id: Scalars['ID']['output'];
  /** 类型 / Kind */
  kind: RectificationKind;
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 所属整治工程 / Programme it belongs to, e.g. 奋战300天市容环境综合整治 */
  programme?: Maybe<Scalars['String']['output']>;
  /** 开工日期 / Started on */
  startedAt: Scalars['DateTime']['output'];
  /** 状态 / Status */
  status: RectificationStatus;
  /** 所属街道 / Street, when the project lies in one */
  street?: Maybe<Street>;
  /** 年度 / Year */
  year: Scalars['Int']['output'];
};

/** 整治项目连接 / Rectification project connection */
export type RectificationProjectConnection = {
  __typename?: 'RectificationProjectConnection';
  /** 边 / Edges */
  edges: Array<RectificationProjectEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 整治项目边 / Rectification project edge */
export type RectificationProjectEdge = {
  __typename?: 'RectificationProjectEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 整治项目 / Rectification project */
  node: RectificationProject;
};

/** 整治项目筛选 / Rectification project filter */
export type RectificationProjectFilter = {
  /** 区划代码（任一级）/ Division code of any level */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** 类型 / Kinds */
  kind?: InputMaybe<Array<RectificationKind>>;
  /** 名称包含 / Name contains */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** 状态 / Statuses */
  status?: InputMaybe<Array<RectificationStatus>>;
  /** 年度 / Year */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** 整治项目排序 / Rectification project sort order */
export type RectificationProjectOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Sort field */
  field?: RectificationProjectOrderField;
};

/** 整治项目排序字段 / Rectification project sort field */
export type RectificationProjectOrderField =
  /** 名称 / Name */
  | 'NAME'
  /** 开工日期 / Started at */
  | 'STARTED_AT';

/** 整治项目状态 / Rectification project status */
export type RectificationStatus =
  /** 已完成 / Completed */
  | 'COMPLETED'
  /** 实施中 / In progress */
  | 'IN_PROGRESS'
  /** 计划中 / Planned or scheduled */
  | 'PLANNED';

/** 上报事件 / A new incident */
export type ReportIncidentInput = {
  /** 地点 / Location text */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 类别（决定处置时限）/ Category; decides the deadline */
  category: IncidentCategory;
  /** 描述 / Description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 所属社区或网格代码（须存在）/ Community (12 digits) or grid (15 digits) code of an existing division */
  divisionCode: Scalars['ID']['input'];
  /** 涉及企业编号 / Id of the enterprise the incident concerns */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** 上报时间（默认当前，不得晚于当前）/ Reported at; defaults to now, must not be in the future */
  reportedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** 上报人姓名（个人信息）/ Reporter's name; personal data */
  reporterName?: InputMaybe<Scalars['String']['input']>;
  /** 上报人手机号（个人信息）/ Reporter's mobile number; personal data */
  reporterPhone?: InputMaybe<Scalars['String']['input']>;
  /** 来源 / Source */
  source: IncidentSource;
  /** 标题 / Title */
  title: Scalars['String']['input'];
};

/** 居民 / Resident (owned by civil affairs; referenced by key only) */
export type Resident = {
  __typename?: 'Resident';
  /** 居民编号 / Resident id */
  id: Scalars['ID']['output'];
};

/** 平安创建命名 / A safety designation awarded to a division */
export type SafetyDesignation = {
  __typename?: 'SafetyDesignation';
  /** 授予单位 / Awarded by */
  awardedBy: Scalars['String']['output'];
  /** 获得命名的社区 / Community holding it, when a community */
  community?: Maybe<Community>;
  /** 获得命名的区划代码 / Division code of the holder */
  divisionCode: Scalars['ID']['output'];
  /** 编号 / Id */
  id: Scalars['ID']['output'];
  /** 类型 / Kind */
  kind: SafetyDesignationKind;
  /** 年度 / Year awarded */
  year: Scalars['Int']['output'];
};

/** 平安创建命名连接 / Safety designation connection */
export type SafetyDesignationConnection = {
  __typename?: 'SafetyDesignationConnection';
  /** 边 / Edges */
  edges: Array<SafetyDesignationEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total count */
  totalCount: Scalars['Int']['output'];
};

/** 平安创建命名边 / Safety designation edge */
export type SafetyDesignationEdge = {
  __typename?: 'SafetyDesignationEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 平安创建命名 / Safety designation */
  node: SafetyDesignation;
};

/** 平安创建命名筛选 / Safety designation filter */
export type SafetyDesignationFilter = {
  /** 区划代码（任一级）/ Division code of any level */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** 类型 / Kinds */
  kind?: InputMaybe<Array<SafetyDesignationKind>>;
  /** 年度 / Year */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** 平安创建命名类型 / Kind of safety designation */
export type SafetyDesignationKind =
  /** 无邪教社区 / Cult-free community */
  | 'CULT_FREE_COMMUNITY'
  /** 平安社区 / Safe community */
  | 'SAFE_COMMUNITY'
  /** 平安街道 / Safe street */
  | 'SAFE_STREET';

/** 平安创建命名排序 / Safety designation sort order */
export type SafetyDesignationOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Sort field */
  field?: SafetyDesignationOrderField;
};

/** 平安创建命名排序字段 / Safety designation sort field */
export type SafetyDesignationOrderField =
  /** 获得命名的区划代码 / Division code of the holder */
  | 'DIVISION_CODE'
  /** 年度 / Year awarded */
  | 'YEAR';

/** 排序方向 / Sort direction */
export type SortDirection =
  /** 升序 / Ascending */
  | 'ASC'
  /** 降序 / Descending */
  | 'DESC';

/** 街道/镇 / Street or town (owned by civil affairs; urban management contributes its fields) */
export type Street = {
  __typename?: 'Street';
  /** 区划代码（9位）/ Division code, 9 digits */
  code: Scalars['ID']['output'];
  /** 辖区内设施 / Facilities anywhere in the street */
  facilities?: Maybe<FacilityConnection>;
  /** 辖区内网格事件 / Incidents anywhere in the street */
  incidents?: Maybe<IncidentConnection>;
  /** 辖区内整治项目 / Rectification projects anywhere in the street */
  rectificationProjects?: Maybe<RectificationProjectConnection>;
  /** 城市管理指标 / Urban-management indicators of the street for a period */
  urbanManagementIndicators?: Maybe<UrbanManagementIndicators>;
};


/** 街道/镇 / Street or town (owned by civil affairs; urban management contributes its fields) */
export type StreetFacilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FacilityOrder>;
};


/** 街道/镇 / Street or town (owned by civil affairs; urban management contributes its fields) */
export type StreetIncidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<IncidentOrder>;
};


/** 街道/镇 / Street or town (owned by civil affairs; urban management contributes its fields) */
export type StreetRectificationProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RectificationProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RectificationProjectOrder>;
};


/** 街道/镇 / Street or town (owned by civil affairs; urban management contributes its fields) */
export type StreetUrbanManagementIndicatorsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 城市管理指标 / Urban-management indicators of a division for a period (events by their date in the period) */
export type UrbanManagementIndicators = {
  __typename?: 'UrbanManagementIndicators';
  /** 平均处置用时 / Average hours from report to resolution */
  averageHandlingHours: Measure;
  /** 预防可防性案件数 / Preventable cases prevented in the period */
  casesPrevented: Measure;
  /** 办公用房达400㎡的社区数 / Communities whose office has at least 400 ㎡ */
  communitiesWithStandardOffice: Measure;
  /** 无邪教社区数 / Cult-free communities designated in the period */
  cultFreeCommunities: Measure;
  /** 统计区划代码 / Division the figures cover (narrowed to the viewer's jurisdiction) */
  divisionCode: Scalars['ID']['output'];
  /** 按类型的设施（期内建成）/ Facilities installed in the period, by type */
  facilitiesByType: Array<FacilityTypeCount>;
  /** 上报事件数 / Incidents reported */
  incidents: Measure;
  /** 按类别 / Incidents by category */
  incidentsByCategory: Array<IncidentCategoryCount>;
  /** 按月（上海时区）/ Incidents by month, Asia/Shanghai */
  incidentsByMonth: Array<IncidentMonthCount>;
  /** 按来源 / Incidents by source */
  incidentsBySource: Array<IncidentSourceCount>;
  /** 按状态 / Incidents by status */
  incidentsByStatus: Array<IncidentStatusCount>;
  /** 未办结事件数 / Incidents still open */
  openIncidents: Measure;
  /** 超期率 / Share of incidents past their deadline, in percent */
  overdueRate: Measure;
  /** 按类型的整治量（期内开工）/ Rectification quantities of projects started in the period, by kind */
  rectificationByKind: Array<RectificationKindQuantity>;
  /** 平安社区数 / Safe communities designated in the period */
  safeCommunities: Measure;
};

/** 城市管理统计 / Urban-management statistics of one division and period (no figure here counts persons, so nothing is suppressed) */
export type UrbanManagementStatistics = {
  __typename?: 'UrbanManagementStatistics';
  /** 区划代码 / The division */
  division: Scalars['ID']['output'];
  /** 设施统计：期末前安装的设施 / Facilities installed before the period's end */
  facilities: Array<FacilityStatisticsRow>;
  /** 事件统计：期内上报的事件 / Incidents reported in the period */
  incidents: Array<IncidentStatisticsRow>;
};


/** 城市管理统计 / Urban-management statistics of one division and period (no figure here counts persons, so nothing is suppressed) */
export type UrbanManagementStatisticsFacilitiesArgs = {
  groupBy: Array<FacilityDimension>;
};


/** 城市管理统计 / Urban-management statistics of one division and period (no figure here counts persons, so nothing is suppressed) */
export type UrbanManagementStatisticsIncidentsArgs = {
  groupBy: Array<IncidentDimension>;
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
  Grid: Grid;
  Incident: Incident;
  Petition: Petition;
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
    & GraphQLRecursivePick<FederationTypes['Enterprise'], {"id":true}> );
  Grid:
    ( { __typename: 'Grid' }
    & GraphQLRecursivePick<FederationTypes['Grid'], {"code":true}> );
  Incident:
    ( { __typename: 'Incident' }
    & GraphQLRecursivePick<FederationTypes['Incident'], {"id":true}> );
  Petition:
    ( { __typename: 'Petition' }
    & GraphQLRecursivePick<FederationTypes['Petition'], {"id":true}> );
  Street:
    ( { __typename: 'Street' }
    & GraphQLRecursivePick<FederationTypes['Street'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActorRole: ActorRole;
  AssistanceCase: ResolverTypeWrapper<AssistanceCase>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditRecord: ResolverTypeWrapper<AuditRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditRecordConnection: ResolverTypeWrapper<AuditRecordConnection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditRecordEdge: ResolverTypeWrapper<AuditRecordEdge>;
  AuditRecordFilter: AuditRecordFilter;
  Community: ResolverTypeWrapper<DivisionRef>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  District: ResolverTypeWrapper<DivisionRef>;
  Enterprise: ResolverTypeWrapper<EnterpriseRef>;
  Facility: ResolverTypeWrapper<FacilityRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  FacilityConnection: ResolverTypeWrapper<Omit<FacilityConnection, 'edges'> & { edges: Array<ResolversTypes['FacilityEdge']> }>;
  FacilityDimension: FacilityDimension;
  FacilityEdge: ResolverTypeWrapper<Omit<FacilityEdge, 'node'> & { node: ResolversTypes['Facility'] }>;
  FacilityFilter: FacilityFilter;
  FacilityOrder: FacilityOrder;
  FacilityOrderField: FacilityOrderField;
  FacilityStatisticsKeys: ResolverTypeWrapper<FacilityStatisticsKeys>;
  FacilityStatisticsRow: ResolverTypeWrapper<FacilityStatisticsRow>;
  FacilityStatus: FacilityStatus;
  FacilityType: FacilityType;
  FacilityTypeCount: ResolverTypeWrapper<FacilityTypeCount>;
  Grid: ResolverTypeWrapper<DivisionRef>;
  HistoryEntry: ResolverTypeWrapper<HistoryEntryRecord>;
  Incident: ResolverTypeWrapper<IncidentRecord>;
  IncidentCategory: IncidentCategory;
  IncidentCategoryCount: ResolverTypeWrapper<IncidentCategoryCount>;
  IncidentConnection: ResolverTypeWrapper<Omit<IncidentConnection, 'edges'> & { edges: Array<ResolversTypes['IncidentEdge']> }>;
  IncidentDimension: IncidentDimension;
  IncidentEdge: ResolverTypeWrapper<Omit<IncidentEdge, 'node'> & { node: ResolversTypes['Incident'] }>;
  IncidentFilter: IncidentFilter;
  IncidentHistoryConnection: ResolverTypeWrapper<Omit<IncidentHistoryConnection, 'edges'> & { edges: Array<ResolversTypes['IncidentHistoryEdge']> }>;
  IncidentHistoryEdge: ResolverTypeWrapper<Omit<IncidentHistoryEdge, 'node'> & { node: ResolversTypes['HistoryEntry'] }>;
  IncidentMonthCount: ResolverTypeWrapper<IncidentMonthCount>;
  IncidentOrder: IncidentOrder;
  IncidentOrderField: IncidentOrderField;
  IncidentSource: IncidentSource;
  IncidentSourceCount: ResolverTypeWrapper<IncidentSourceCount>;
  IncidentStatisticsKeys: ResolverTypeWrapper<IncidentStatisticsKeys>;
  IncidentStatisticsRow: ResolverTypeWrapper<IncidentStatisticsRow>;
  IncidentStatus: IncidentStatus;
  IncidentStatusCount: ResolverTypeWrapper<IncidentStatusCount>;
  InspectionCampaign: ResolverTypeWrapper<InspectionCampaignRecord>;
  InspectionCampaignConnection: ResolverTypeWrapper<Omit<InspectionCampaignConnection, 'edges'> & { edges: Array<ResolversTypes['InspectionCampaignEdge']> }>;
  InspectionCampaignEdge: ResolverTypeWrapper<Omit<InspectionCampaignEdge, 'node'> & { node: ResolversTypes['InspectionCampaign'] }>;
  InspectionCampaignFilter: InspectionCampaignFilter;
  InspectionCampaignOrder: InspectionCampaignOrder;
  InspectionCampaignOrderField: InspectionCampaignOrderField;
  InspectionTopic: InspectionTopic;
  IntakePetitionInput: IntakePetitionInput;
  LongStandingStatus: LongStandingStatus;
  Measure: ResolverTypeWrapper<Measure>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PersonalDataKind: PersonalDataKind;
  Petition: ResolverTypeWrapper<PetitionRecord>;
  PetitionCategory: PetitionCategory;
  PetitionChannel: PetitionChannel;
  PetitionConnection: ResolverTypeWrapper<Omit<PetitionConnection, 'edges'> & { edges: Array<ResolversTypes['PetitionEdge']> }>;
  PetitionDimension: PetitionDimension;
  PetitionEdge: ResolverTypeWrapper<Omit<PetitionEdge, 'node'> & { node: ResolversTypes['Petition'] }>;
  PetitionFilter: PetitionFilter;
  PetitionHistoryConnection: ResolverTypeWrapper<Omit<PetitionHistoryConnection, 'edges'> & { edges: Array<ResolversTypes['PetitionHistoryEdge']> }>;
  PetitionHistoryEdge: ResolverTypeWrapper<Omit<PetitionHistoryEdge, 'node'> & { node: ResolversTypes['HistoryEntry'] }>;
  PetitionOrder: PetitionOrder;
  PetitionOrderField: PetitionOrderField;
  PetitionStatisticsKeys: ResolverTypeWrapper<PetitionStatisticsKeys>;
  PetitionStatisticsRow: ResolverTypeWrapper<PetitionStatisticsRow>;
  PetitionStatus: PetitionStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RectificationKind: RectificationKind;
  RectificationKindQuantity: ResolverTypeWrapper<RectificationKindQuantity>;
  RectificationProject: ResolverTypeWrapper<RectificationProjectRecord>;
  RectificationProjectConnection: ResolverTypeWrapper<Omit<RectificationProjectConnection, 'edges'> & { edges: Array<ResolversTypes['RectificationProjectEdge']> }>;
  RectificationProjectEdge: ResolverTypeWrapper<Omit<RectificationProjectEdge, 'node'> & { node: ResolversTypes['RectificationProject'] }>;
  RectificationProjectFilter: RectificationProjectFilter;
  RectificationProjectOrder: RectificationProjectOrder;
  RectificationProjectOrderField: RectificationProjectOrderField;
  RectificationStatus: RectificationStatus;
  ReportIncidentInput: ReportIncidentInput;
  Resident: ResolverTypeWrapper<Resident>;
  SafetyDesignation: ResolverTypeWrapper<SafetyDesignationRecord>;
  SafetyDesignationConnection: ResolverTypeWrapper<Omit<SafetyDesignationConnection, 'edges'> & { edges: Array<ResolversTypes['SafetyDesignationEdge']> }>;
  SafetyDesignationEdge: ResolverTypeWrapper<Omit<SafetyDesignationEdge, 'node'> & { node: ResolversTypes['SafetyDesignation'] }>;
  SafetyDesignationFilter: SafetyDesignationFilter;
  SafetyDesignationKind: SafetyDesignationKind;
  SafetyDesignationOrder: SafetyDesignationOrder;
  SafetyDesignationOrderField: SafetyDesignationOrderField;
  SortDirection: SortDirection;
  Street: ResolverTypeWrapper<DivisionRef>;
  UrbanManagementIndicators: ResolverTypeWrapper<UrbanManagementIndicators>;
  UrbanManagementStatistics: ResolverTypeWrapper<StatisticsRequest>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AssistanceCase: AssistanceCase;
  ID: Scalars['ID']['output'];
  AuditRecord: AuditRecord;
  String: Scalars['String']['output'];
  AuditRecordConnection: AuditRecordConnection;
  Int: Scalars['Int']['output'];
  AuditRecordEdge: AuditRecordEdge;
  AuditRecordFilter: AuditRecordFilter;
  Community: DivisionRef;
  DateTime: Scalars['DateTime']['output'];
  District: DivisionRef;
  Enterprise: EnterpriseRef;
  Facility: FacilityRecord;
  Float: Scalars['Float']['output'];
  Boolean: Scalars['Boolean']['output'];
  FacilityConnection: Omit<FacilityConnection, 'edges'> & { edges: Array<ResolversParentTypes['FacilityEdge']> };
  FacilityEdge: Omit<FacilityEdge, 'node'> & { node: ResolversParentTypes['Facility'] };
  FacilityFilter: FacilityFilter;
  FacilityOrder: FacilityOrder;
  FacilityStatisticsKeys: FacilityStatisticsKeys;
  FacilityStatisticsRow: FacilityStatisticsRow;
  FacilityTypeCount: FacilityTypeCount;
  Grid: DivisionRef;
  HistoryEntry: HistoryEntryRecord;
  Incident: IncidentRecord;
  IncidentCategoryCount: IncidentCategoryCount;
  IncidentConnection: Omit<IncidentConnection, 'edges'> & { edges: Array<ResolversParentTypes['IncidentEdge']> };
  IncidentEdge: Omit<IncidentEdge, 'node'> & { node: ResolversParentTypes['Incident'] };
  IncidentFilter: IncidentFilter;
  IncidentHistoryConnection: Omit<IncidentHistoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['IncidentHistoryEdge']> };
  IncidentHistoryEdge: Omit<IncidentHistoryEdge, 'node'> & { node: ResolversParentTypes['HistoryEntry'] };
  IncidentMonthCount: IncidentMonthCount;
  IncidentOrder: IncidentOrder;
  IncidentSourceCount: IncidentSourceCount;
  IncidentStatisticsKeys: IncidentStatisticsKeys;
  IncidentStatisticsRow: IncidentStatisticsRow;
  IncidentStatusCount: IncidentStatusCount;
  InspectionCampaign: InspectionCampaignRecord;
  InspectionCampaignConnection: Omit<InspectionCampaignConnection, 'edges'> & { edges: Array<ResolversParentTypes['InspectionCampaignEdge']> };
  InspectionCampaignEdge: Omit<InspectionCampaignEdge, 'node'> & { node: ResolversParentTypes['InspectionCampaign'] };
  InspectionCampaignFilter: InspectionCampaignFilter;
  InspectionCampaignOrder: InspectionCampaignOrder;
  IntakePetitionInput: IntakePetitionInput;
  Measure: Measure;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Petition: PetitionRecord;
  PetitionConnection: Omit<PetitionConnection, 'edges'> & { edges: Array<ResolversParentTypes['PetitionEdge']> };
  PetitionEdge: Omit<PetitionEdge, 'node'> & { node: ResolversParentTypes['Petition'] };
  PetitionFilter: PetitionFilter;
  PetitionHistoryConnection: Omit<PetitionHistoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['PetitionHistoryEdge']> };
  PetitionHistoryEdge: Omit<PetitionHistoryEdge, 'node'> & { node: ResolversParentTypes['HistoryEntry'] };
  PetitionOrder: PetitionOrder;
  PetitionStatisticsKeys: PetitionStatisticsKeys;
  PetitionStatisticsRow: PetitionStatisticsRow;
  Query: Record<PropertyKey, never>;
  RectificationKindQuantity: RectificationKindQuantity;
  RectificationProject: RectificationProjectRecord;
  RectificationProjectConnection: Omit<RectificationProjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['RectificationProjectEdge']> };
  RectificationProjectEdge: Omit<RectificationProjectEdge, 'node'> & { node: ResolversParentTypes['RectificationProject'] };
  RectificationProjectFilter: RectificationProjectFilter;
  RectificationProjectOrder: RectificationProjectOrder;
  ReportIncidentInput: ReportIncidentInput;
  Resident: Resident;
  SafetyDesignation: SafetyDesignationRecord;
  SafetyDesignationConnection: Omit<SafetyDesignationConnection, 'edges'> & { edges: Array<ResolversParentTypes['SafetyDesignationEdge']> };
  SafetyDesignationEdge: Omit<SafetyDesignationEdge, 'node'> & { node: ResolversParentTypes['SafetyDesignation'] };
  SafetyDesignationFilter: SafetyDesignationFilter;
  SafetyDesignationOrder: SafetyDesignationOrder;
  Street: DivisionRef;
  UrbanManagementIndicators: UrbanManagementIndicators;
  UrbanManagementStatistics: StatisticsRequest;
}>;

export type PersonalDirectiveArgs = {
  kind: PersonalDataKind;
};

export type PersonalDirectiveResolver<Result, Parent, ContextType = UrbanManagementContext, Args = PersonalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AssistanceCaseResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['AssistanceCase'] = ResolversParentTypes['AssistanceCase']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AuditRecordResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = ResolversObject<{
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

export type AuditRecordConnectionResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['AuditRecordConnection'] = ResolversParentTypes['AuditRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditRecordEdgeResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['AuditRecordEdge'] = ResolversParentTypes['AuditRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditRecord'], ParentType, ContextType>;
}>;

export type CommunityResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community'], FederationReferenceType extends FederationReferenceTypes['Community'] = FederationReferenceTypes['Community']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Community']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  facilities?: Resolver<Maybe<ResolversTypes['FacilityConnection']>, ParentType, ContextType, RequireFields<CommunityFacilitiesArgs, 'first'>>;
  incidents?: Resolver<Maybe<ResolversTypes['IncidentConnection']>, ParentType, ContextType, RequireFields<CommunityIncidentsArgs, 'first'>>;
  rectificationProjects?: Resolver<Maybe<ResolversTypes['RectificationProjectConnection']>, ParentType, ContextType, RequireFields<CommunityRectificationProjectsArgs, 'first'>>;
  safetyDesignations?: Resolver<Maybe<ResolversTypes['SafetyDesignationConnection']>, ParentType, ContextType, RequireFields<CommunitySafetyDesignationsArgs, 'first'>>;
  urbanManagementIndicators?: Resolver<Maybe<ResolversTypes['UrbanManagementIndicators']>, ParentType, ContextType, Partial<CommunityUrbanManagementIndicatorsArgs>>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District'], FederationReferenceType extends FederationReferenceTypes['District'] = FederationReferenceTypes['District']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  facilities?: Resolver<Maybe<ResolversTypes['FacilityConnection']>, ParentType, ContextType, RequireFields<DistrictFacilitiesArgs, 'first'>>;
  incidents?: Resolver<Maybe<ResolversTypes['IncidentConnection']>, ParentType, ContextType, RequireFields<DistrictIncidentsArgs, 'first'>>;
  rectificationProjects?: Resolver<Maybe<ResolversTypes['RectificationProjectConnection']>, ParentType, ContextType, RequireFields<DistrictRectificationProjectsArgs, 'first'>>;
  urbanManagementIndicators?: Resolver<Maybe<ResolversTypes['UrbanManagementIndicators']>, ParentType, ContextType, Partial<DistrictUrbanManagementIndicatorsArgs>>;
}>;

export type EnterpriseResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incidents?: Resolver<Maybe<ResolversTypes['IncidentConnection']>, ParentType, ContextType, RequireFields<EnterpriseIncidentsArgs, 'first'>>;
}>;

export type FacilityResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['Facility'] = ResolversParentTypes['Facility']> = ResolversObject<{
  areaSquareMeters?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  standardized?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FacilityStatus'], ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['Street']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FacilityType'], ParentType, ContextType>;
}>;

export type FacilityConnectionResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['FacilityConnection'] = ResolversParentTypes['FacilityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FacilityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FacilityEdgeResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['FacilityEdge'] = ResolversParentTypes['FacilityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
}>;

export type FacilityStatisticsKeysResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['FacilityStatisticsKeys'] = ResolversParentTypes['FacilityStatisticsKeys']> = ResolversObject<{
  community?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['FacilityStatus']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['FacilityType']>, ParentType, ContextType>;
}>;

export type FacilityStatisticsRowResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['FacilityStatisticsRow'] = ResolversParentTypes['FacilityStatisticsRow']> = ResolversObject<{
  areaSquareMeters?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  facilities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keys?: Resolver<ResolversTypes['FacilityStatisticsKeys'], ParentType, ContextType>;
}>;

export type FacilityTypeCountResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['FacilityTypeCount'] = ResolversParentTypes['FacilityTypeCount']> = ResolversObject<{
  areaSquareMeters?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  communities?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  facilities?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FacilityType'], ParentType, ContextType>;
}>;

export type GridResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['Grid'] = ResolversParentTypes['Grid'], FederationReferenceType extends FederationReferenceTypes['Grid'] = FederationReferenceTypes['Grid']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Grid']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incidents?: Resolver<Maybe<ResolversTypes['IncidentConnection']>, ParentType, ContextType, RequireFields<GridIncidentsArgs, 'first'>>;
}>;

export type HistoryEntryResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry']> = ResolversObject<{
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

export type IncidentResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident'], FederationReferenceType extends FederationReferenceTypes['Incident'] = FederationReferenceTypes['Incident']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Incident']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  assignedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['IncidentCategory'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  handlingHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['IncidentHistoryConnection'], ParentType, ContextType, RequireFields<IncidentHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reporterName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reporterPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['IncidentSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IncidentStatus'], ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['Street']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IncidentCategoryCountResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['IncidentCategoryCount'] = ResolversParentTypes['IncidentCategoryCount']> = ResolversObject<{
  category?: Resolver<ResolversTypes['IncidentCategory'], ParentType, ContextType>;
  incidents?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
}>;

export type IncidentConnectionResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['IncidentConnection'] = ResolversParentTypes['IncidentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['IncidentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IncidentEdgeResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['IncidentEdge'] = ResolversParentTypes['IncidentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Incident'], ParentType, ContextType>;
}>;

export type IncidentHistoryConnectionResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['IncidentHistoryConnection'] = ResolversParentTypes['IncidentHistoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['IncidentHistoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IncidentHistoryEdgeResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['IncidentHistoryEdge'] = ResolversParentTypes['IncidentHistoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HistoryEntry'], ParentType, ContextType>;
}>;

export type IncidentMonthCountResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['IncidentMonthCount'] = ResolversParentTypes['IncidentMonthCount']> = ResolversObject<{
  incidents?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IncidentSourceCountResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['IncidentSourceCount'] = ResolversParentTypes['IncidentSourceCount']> = ResolversObject<{
  incidents?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['IncidentSource'], ParentType, ContextType>;
}>;

export type IncidentStatisticsKeysResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['IncidentStatisticsKeys'] = ResolversParentTypes['IncidentStatisticsKeys']> = ResolversObject<{
  category?: Resolver<Maybe<ResolversTypes['IncidentCategory']>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['IncidentSource']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['IncidentStatus']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type IncidentStatisticsRowResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['IncidentStatisticsRow'] = ResolversParentTypes['IncidentStatisticsRow']> = ResolversObject<{
  averageHandlingHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  incidents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keys?: Resolver<ResolversTypes['IncidentStatisticsKeys'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdueRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type IncidentStatusCountResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['IncidentStatusCount'] = ResolversParentTypes['IncidentStatusCount']> = ResolversObject<{
  incidents?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IncidentStatus'], ParentType, ContextType>;
}>;

export type InspectionCampaignResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['InspectionCampaign'] = ResolversParentTypes['InspectionCampaign']> = ResolversObject<{
  divisionCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  householdsChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspectionTeams?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  marketsInspected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shopsAndEnterprisesChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staffDeployed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['Street']>, ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['InspectionTopic'], ParentType, ContextType>;
  villages?: Resolver<Maybe<Array<ResolversTypes['Community']>>, ParentType, ContextType>;
  villagesCovered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InspectionCampaignConnectionResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['InspectionCampaignConnection'] = ResolversParentTypes['InspectionCampaignConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InspectionCampaignEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InspectionCampaignEdgeResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['InspectionCampaignEdge'] = ResolversParentTypes['InspectionCampaignEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InspectionCampaign'], ParentType, ContextType>;
}>;

export type MeasureResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['Measure'] = ResolversParentTypes['Measure']> = ResolversObject<{
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationAcceptIncidentArgs, 'expectedVersion' | 'id'>>;
  acceptPetition?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationAcceptPetitionArgs, 'expectedVersion' | 'id'>>;
  assignIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationAssignIncidentArgs, 'department' | 'expectedVersion' | 'id'>>;
  assignPetition?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationAssignPetitionArgs, 'department' | 'expectedVersion' | 'id'>>;
  closeIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationCloseIncidentArgs, 'expectedVersion' | 'id'>>;
  closePetition?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationClosePetitionArgs, 'expectedVersion' | 'id' | 'satisfaction'>>;
  escalatePetition?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationEscalatePetitionArgs, 'expectedVersion' | 'id'>>;
  extendPetitionDeadline?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationExtendPetitionDeadlineArgs, 'expectedVersion' | 'id' | 'reason'>>;
  intakePetition?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationIntakePetitionArgs, 'idempotencyKey' | 'input'>>;
  reopenIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationReopenIncidentArgs, 'expectedVersion' | 'id'>>;
  reopenPetition?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationReopenPetitionArgs, 'expectedVersion' | 'id'>>;
  replyPetition?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationReplyPetitionArgs, 'expectedVersion' | 'id' | 'reply'>>;
  reportIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationReportIncidentArgs, 'idempotencyKey' | 'input'>>;
  resolveIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationResolveIncidentArgs, 'expectedVersion' | 'id' | 'result'>>;
}>;

export type PageInfoResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PetitionResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['Petition'] = ResolversParentTypes['Petition'], FederationReferenceType extends FederationReferenceTypes['Petition'] = FederationReferenceTypes['Petition']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Petition']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptanceDeadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assignedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assistanceCase?: Resolver<Maybe<ResolversTypes['AssistanceCase']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['PetitionCategory'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['PetitionChannel'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  content?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadlineExtended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  handlingDeadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['PetitionHistoryConnection'], ParentType, ContextType, RequireFields<PetitionHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
  longStandingStatus?: Resolver<ResolversTypes['LongStandingStatus'], ParentType, ContextType>;
  matterKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matterPetitionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  petitioner?: Resolver<Maybe<ResolversTypes['Resident']>, ParentType, ContextType>;
  petitionerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  petitionerPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  repeat?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  repliedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  satisfaction?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PetitionStatus'], ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['Street']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PetitionConnectionResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['PetitionConnection'] = ResolversParentTypes['PetitionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PetitionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PetitionEdgeResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['PetitionEdge'] = ResolversParentTypes['PetitionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Petition'], ParentType, ContextType>;
}>;

export type PetitionHistoryConnectionResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['PetitionHistoryConnection'] = ResolversParentTypes['PetitionHistoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PetitionHistoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PetitionHistoryEdgeResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['PetitionHistoryEdge'] = ResolversParentTypes['PetitionHistoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HistoryEntry'], ParentType, ContextType>;
}>;

export type PetitionStatisticsKeysResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['PetitionStatisticsKeys'] = ResolversParentTypes['PetitionStatisticsKeys']> = ResolversObject<{
  category?: Resolver<Maybe<ResolversTypes['PetitionCategory']>, ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['PetitionChannel']>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type PetitionStatisticsRowResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['PetitionStatisticsRow'] = ResolversParentTypes['PetitionStatisticsRow']> = ResolversObject<{
  averageSatisfaction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  closed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  keys?: Resolver<ResolversTypes['PetitionStatisticsKeys'], ParentType, ContextType>;
  longStanding?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  petitions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  repeats?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  facilities?: Resolver<Maybe<ResolversTypes['FacilityConnection']>, ParentType, ContextType, RequireFields<QueryFacilitiesArgs, 'first'>>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType, RequireFields<QueryIncidentArgs, 'id'>>;
  incidents?: Resolver<Maybe<ResolversTypes['IncidentConnection']>, ParentType, ContextType, RequireFields<QueryIncidentsArgs, 'first'>>;
  inspectionCampaigns?: Resolver<Maybe<ResolversTypes['InspectionCampaignConnection']>, ParentType, ContextType, RequireFields<QueryInspectionCampaignsArgs, 'first'>>;
  petition?: Resolver<Maybe<ResolversTypes['Petition']>, ParentType, ContextType, RequireFields<QueryPetitionArgs, 'id'>>;
  petitionStatistics?: Resolver<Maybe<Array<ResolversTypes['PetitionStatisticsRow']>>, ParentType, ContextType, RequireFields<QueryPetitionStatisticsArgs, 'division' | 'groupBy'>>;
  petitions?: Resolver<Maybe<ResolversTypes['PetitionConnection']>, ParentType, ContextType, RequireFields<QueryPetitionsArgs, 'first'>>;
  rectificationProjects?: Resolver<Maybe<ResolversTypes['RectificationProjectConnection']>, ParentType, ContextType, RequireFields<QueryRectificationProjectsArgs, 'first'>>;
  urbanManagementAuditRecords?: Resolver<Maybe<ResolversTypes['AuditRecordConnection']>, ParentType, ContextType, RequireFields<QueryUrbanManagementAuditRecordsArgs, 'first'>>;
  urbanManagementSafetyDesignations?: Resolver<Maybe<ResolversTypes['SafetyDesignationConnection']>, ParentType, ContextType, RequireFields<QueryUrbanManagementSafetyDesignationsArgs, 'first'>>;
  urbanManagementStatistics?: Resolver<Maybe<ResolversTypes['UrbanManagementStatistics']>, ParentType, ContextType, RequireFields<QueryUrbanManagementStatisticsArgs, 'division'>>;
}>;

export type RectificationKindQuantityResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['RectificationKindQuantity'] = ResolversParentTypes['RectificationKindQuantity']> = ResolversObject<{
  areaSquareMeters?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  buildings?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  completedProjects?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RectificationKind'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
}>;

export type RectificationProjectResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['RectificationProject'] = ResolversParentTypes['RectificationProject']> = ResolversObject<{
  areaSquareMeters?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  buildingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RectificationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RectificationStatus'], ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['Street']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RectificationProjectConnectionResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['RectificationProjectConnection'] = ResolversParentTypes['RectificationProjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RectificationProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RectificationProjectEdgeResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['RectificationProjectEdge'] = ResolversParentTypes['RectificationProjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RectificationProject'], ParentType, ContextType>;
}>;

export type ResidentResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['Resident'] = ResolversParentTypes['Resident']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SafetyDesignationResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['SafetyDesignation'] = ResolversParentTypes['SafetyDesignation']> = ResolversObject<{
  awardedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SafetyDesignationKind'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SafetyDesignationConnectionResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['SafetyDesignationConnection'] = ResolversParentTypes['SafetyDesignationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SafetyDesignationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SafetyDesignationEdgeResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['SafetyDesignationEdge'] = ResolversParentTypes['SafetyDesignationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SafetyDesignation'], ParentType, ContextType>;
}>;

export type StreetResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['Street'] = ResolversParentTypes['Street'], FederationReferenceType extends FederationReferenceTypes['Street'] = FederationReferenceTypes['Street']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Street']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  facilities?: Resolver<Maybe<ResolversTypes['FacilityConnection']>, ParentType, ContextType, RequireFields<StreetFacilitiesArgs, 'first'>>;
  incidents?: Resolver<Maybe<ResolversTypes['IncidentConnection']>, ParentType, ContextType, RequireFields<StreetIncidentsArgs, 'first'>>;
  rectificationProjects?: Resolver<Maybe<ResolversTypes['RectificationProjectConnection']>, ParentType, ContextType, RequireFields<StreetRectificationProjectsArgs, 'first'>>;
  urbanManagementIndicators?: Resolver<Maybe<ResolversTypes['UrbanManagementIndicators']>, ParentType, ContextType, Partial<StreetUrbanManagementIndicatorsArgs>>;
}>;

export type UrbanManagementIndicatorsResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['UrbanManagementIndicators'] = ResolversParentTypes['UrbanManagementIndicators']> = ResolversObject<{
  averageHandlingHours?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  casesPrevented?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  communitiesWithStandardOffice?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  cultFreeCommunities?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  facilitiesByType?: Resolver<Array<ResolversTypes['FacilityTypeCount']>, ParentType, ContextType>;
  incidents?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  incidentsByCategory?: Resolver<Array<ResolversTypes['IncidentCategoryCount']>, ParentType, ContextType>;
  incidentsByMonth?: Resolver<Array<ResolversTypes['IncidentMonthCount']>, ParentType, ContextType>;
  incidentsBySource?: Resolver<Array<ResolversTypes['IncidentSourceCount']>, ParentType, ContextType>;
  incidentsByStatus?: Resolver<Array<ResolversTypes['IncidentStatusCount']>, ParentType, ContextType>;
  openIncidents?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  overdueRate?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  rectificationByKind?: Resolver<Array<ResolversTypes['RectificationKindQuantity']>, ParentType, ContextType>;
  safeCommunities?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
}>;

export type UrbanManagementStatisticsResolvers<ContextType = UrbanManagementContext, ParentType extends ResolversParentTypes['UrbanManagementStatistics'] = ResolversParentTypes['UrbanManagementStatistics']> = ResolversObject<{
  division?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  facilities?: Resolver<Array<ResolversTypes['FacilityStatisticsRow']>, ParentType, ContextType, RequireFields<UrbanManagementStatisticsFacilitiesArgs, 'groupBy'>>;
  incidents?: Resolver<Array<ResolversTypes['IncidentStatisticsRow']>, ParentType, ContextType, RequireFields<UrbanManagementStatisticsIncidentsArgs, 'groupBy'>>;
}>;

export type Resolvers<ContextType = UrbanManagementContext> = ResolversObject<{
  AssistanceCase?: AssistanceCaseResolvers<ContextType>;
  AuditRecord?: AuditRecordResolvers<ContextType>;
  AuditRecordConnection?: AuditRecordConnectionResolvers<ContextType>;
  AuditRecordEdge?: AuditRecordEdgeResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  Facility?: FacilityResolvers<ContextType>;
  FacilityConnection?: FacilityConnectionResolvers<ContextType>;
  FacilityEdge?: FacilityEdgeResolvers<ContextType>;
  FacilityStatisticsKeys?: FacilityStatisticsKeysResolvers<ContextType>;
  FacilityStatisticsRow?: FacilityStatisticsRowResolvers<ContextType>;
  FacilityTypeCount?: FacilityTypeCountResolvers<ContextType>;
  Grid?: GridResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  Incident?: IncidentResolvers<ContextType>;
  IncidentCategoryCount?: IncidentCategoryCountResolvers<ContextType>;
  IncidentConnection?: IncidentConnectionResolvers<ContextType>;
  IncidentEdge?: IncidentEdgeResolvers<ContextType>;
  IncidentHistoryConnection?: IncidentHistoryConnectionResolvers<ContextType>;
  IncidentHistoryEdge?: IncidentHistoryEdgeResolvers<ContextType>;
  IncidentMonthCount?: IncidentMonthCountResolvers<ContextType>;
  IncidentSourceCount?: IncidentSourceCountResolvers<ContextType>;
  IncidentStatisticsKeys?: IncidentStatisticsKeysResolvers<ContextType>;
  IncidentStatisticsRow?: IncidentStatisticsRowResolvers<ContextType>;
  IncidentStatusCount?: IncidentStatusCountResolvers<ContextType>;
  InspectionCampaign?: InspectionCampaignResolvers<ContextType>;
  InspectionCampaignConnection?: InspectionCampaignConnectionResolvers<ContextType>;
  InspectionCampaignEdge?: InspectionCampaignEdgeResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Petition?: PetitionResolvers<ContextType>;
  PetitionConnection?: PetitionConnectionResolvers<ContextType>;
  PetitionEdge?: PetitionEdgeResolvers<ContextType>;
  PetitionHistoryConnection?: PetitionHistoryConnectionResolvers<ContextType>;
  PetitionHistoryEdge?: PetitionHistoryEdgeResolvers<ContextType>;
  PetitionStatisticsKeys?: PetitionStatisticsKeysResolvers<ContextType>;
  PetitionStatisticsRow?: PetitionStatisticsRowResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RectificationKindQuantity?: RectificationKindQuantityResolvers<ContextType>;
  RectificationProject?: RectificationProjectResolvers<ContextType>;
  RectificationProjectConnection?: RectificationProjectConnectionResolvers<ContextType>;
  RectificationProjectEdge?: RectificationProjectEdgeResolvers<ContextType>;
  Resident?: ResidentResolvers<ContextType>;
  SafetyDesignation?: SafetyDesignationResolvers<ContextType>;
  SafetyDesignationConnection?: SafetyDesignationConnectionResolvers<ContextType>;
  SafetyDesignationEdge?: SafetyDesignationEdgeResolvers<ContextType>;
  Street?: StreetResolvers<ContextType>;
  UrbanManagementIndicators?: UrbanManagementIndicatorsResolvers<ContextType>;
  UrbanManagementStatistics?: UrbanManagementStatisticsResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = UrbanManagementContext> = ResolversObject<{
  personal?: PersonalDirectiveResolver<any, any, ContextType>;
}>;
