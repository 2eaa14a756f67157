import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PartyOrganizationRecord, PartyMemberRecord, PartyActivityRecord, PartyEvaluationRecord, DivisionRef, EntityRef } from '../models.js';
import type { PartyBuildingIndicatorValues } from '../indicators.js';
import type { StatisticsRequest } from '../../../platform/query/statistics.js';
import type { HistoryEntryRecord } from '../../../platform/writes/write-model.js';
import type { PartyBuildingContext } from '../context.js';
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

/** 社区（党建贡献字段）/ Community (fields contributed by party building) */
export type Community = {
  __typename?: 'Community';
  /** 区划代码 / Division code */
  code: Scalars['ID']['output'];
  /** 党建指标 / Party-building indicators */
  partyBuildingIndicators?: Maybe<PartyBuildingIndicators>;
  /** 社区内党组织 / Party organizations in the community */
  partyOrganizations?: Maybe<PartyOrganizationConnection>;
};


/** 社区（党建贡献字段）/ Community (fields contributed by party building) */
export type CommunityPartyBuildingIndicatorsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** 社区（党建贡献字段）/ Community (fields contributed by party building) */
export type CommunityPartyOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartyOrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PartyOrganizationOrder>;
};

/** 区（党建贡献字段）/ District (fields contributed by party building) */
export type District = {
  __typename?: 'District';
  /** 区划代码 / Division code */
  code: Scalars['ID']['output'];
  /** 党建指标 / Party-building indicators */
  partyBuildingIndicators?: Maybe<PartyBuildingIndicators>;
  /** 区内党组织（含街道、社区）/ Party organizations in the district, streets and communities included */
  partyOrganizations?: Maybe<PartyOrganizationConnection>;
};


/** 区（党建贡献字段）/ District (fields contributed by party building) */
export type DistrictPartyBuildingIndicatorsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** 区（党建贡献字段）/ District (fields contributed by party building) */
export type DistrictPartyOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartyOrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PartyOrganizationOrder>;
};

/** 企业（党建贡献字段）/ Enterprise (fields contributed by party building) */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** 企业编号 / Enterprise id */
  id: Scalars['ID']['output'];
  /** 企业的党组织（两新党建）/ The enterprise's party organization (non-public party building) */
  partyOrganization?: Maybe<PartyOrganization>;
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

/** 党建写操作 / Party-building mutations: activities with attendance, member transfers */
export type Mutation = {
  __typename?: 'Mutation';
  /** 补记参加活动的党员（一个事务）。社区工作者及以上 / Add members who attended an activity (one transaction). Community worker or above. */
  recordAttendance: PartyActivity;
  /** 记录党组织活动及参加党员（一个事务写入活动与出勤）。社区工作者及以上 / Record an activity with the members who attended (activity and attendance in one transaction). Community worker or above. */
  recordPartyActivity: PartyActivity;
  /** 转接党员组织关系（原组织 → 新组织；在新组织任普通党员）。街道官员及以上，辖区须覆盖两个组织 / Move a member to another organization, where they join as a member. Street official or above, with both organizations in the jurisdiction. */
  transferPartyMember: PartyMember;
};


/** 党建写操作 / Party-building mutations: activities with attendance, member transfers */
export type MutationRecordAttendanceArgs = {
  activityId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  memberIds: Array<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};


/** 党建写操作 / Party-building mutations: activities with attendance, member transfers */
export type MutationRecordPartyActivityArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: RecordPartyActivityInput;
};


/** 党建写操作 / Party-building mutations: activities with attendance, member transfers */
export type MutationTransferPartyMemberArgs = {
  expectedVersion: Scalars['Int']['input'];
  memberId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  toOrganizationId: Scalars['ID']['input'];
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

/** 党组织活动 / A party activity */
export type PartyActivity = {
  __typename?: 'PartyActivity';
  /** 参加党员人次（分析员和服务账号经扰动，小样本为空）/ Party members recorded as attending; for analysts and services perturbed and null when small */
  attendeeCount?: Maybe<Scalars['Int']['output']>;
  /** 参加的党员（分析员和服务账号为 FORBIDDEN）/ Members who attended; FORBIDDEN for analysts and services */
  attendees: PartyMemberConnection;
  /** 参加党员所属党组织数 / Number of organizations whose members attended */
  attendingOrganizationCount: Scalars['Int']['output'];
  /** 举办地社区 / Community where it took place (null above community level) */
  community?: Maybe<Community>;
  /** 举办地区划代码 / Code of the division where it took place */
  divisionCode: Scalars['String']['output'];
  /** 结束时间 / End */
  endsAt: Scalars['DateTime']['output'];
  /** 变更记录（新的在前）/ Changes of the activity, newest first */
  history: PartyActivityHistoryConnection;
  /** 编号 / Id */
  id: Scalars['ID']['output'];
  /** 类型 / Kind */
  kind: PartyActivityKind;
  /** 举办党组织（在辖区外时为空，如街道党工委在社区举办的活动）/ Organizing party organization; null when it lies outside the viewer's jurisdiction (a street committee's activity held in a community, seen by the community's worker) */
  organization?: Maybe<PartyOrganization>;
  /** 活动成果 / Counted results */
  outputs: Array<PartyActivityOutput>;
  /** 参加人数（含非党员志愿者；分析员和服务账号经扰动，小样本为空）/ Participants, non-member volunteers included; for analysts and services perturbed and null when small */
  participantCount?: Maybe<Scalars['Int']['output']>;
  /** 资料来源 / Source document, for documented activities */
  source?: Maybe<Scalars['String']['output']>;
  /** 开始时间 / Start */
  startsAt: Scalars['DateTime']['output'];
  /** 标题 / Title */
  title: Scalars['String']['output'];
  /** 版本号（修改时作为 expectedVersion 传回）/ Version, passed back as expectedVersion when changing the activity */
  version: Scalars['Int']['output'];
  /** 志愿服务总时长（小时；分析员和服务账号经扰动，参加人数为空时为空）/ Volunteer hours of all participants; for analysts and services perturbed by at most the hours of one participant, null when the participants are withheld */
  volunteerHours?: Maybe<Scalars['Float']['output']>;
};


/** 党组织活动 / A party activity */
export type PartyActivityAttendeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PartyAttendeeOrder>;
};


/** 党组织活动 / A party activity */
export type PartyActivityHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 活动分页 / A page of activities */
export type PartyActivityConnection = {
  __typename?: 'PartyActivityConnection';
  /** 本页条目 / Edges */
  edges: Array<PartyActivityEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total number of matches */
  totalCount: Scalars['Int']['output'];
};

/** 活动条目 / An activity in a page */
export type PartyActivityEdge = {
  __typename?: 'PartyActivityEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 活动 / Activity */
  node: PartyActivity;
};

/** 活动筛选 / Filter for party activities */
export type PartyActivityFilter = {
  /** 举办地区划代码（任一级）/ Division code, any level */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** 开始时间不早于 / Starts at or after */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** 类型 / Kind */
  kind?: InputMaybe<PartyActivityKind>;
  /** 举办党组织编号 / Organizing organization id */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 标题包含 / Title contains */
  titleContains?: InputMaybe<Scalars['String']['input']>;
  /** 开始时间早于 / Starts before */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 活动变更记录连接（状态为活动类型，不变）/ A page of an activity's history, newest first; the state is the activity's kind, which never changes */
export type PartyActivityHistoryConnection = {
  __typename?: 'PartyActivityHistoryConnection';
  /** 本页条目 / Edges */
  edges: Array<PartyActivityHistoryEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total number of entries */
  totalCount: Scalars['Int']['output'];
};

/** 活动变更记录条目 / An entry of an activity's history */
export type PartyActivityHistoryEdge = {
  __typename?: 'PartyActivityHistoryEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 变更记录 / The change */
  node: HistoryEntry;
};

/** 活动类型 / Kind of party activity */
export type PartyActivityKind =
  /** 比赛 / Competition */
  | 'COMPETITION'
  /** 宣讲 / Lecture tour spreading policy */
  | 'LECTURE'
  /** 科普文化 / Science popularisation and culture */
  | 'SCIENCE_POPULARIZATION'
  /** 学习 / Study session */
  | 'STUDY_SESSION'
  /** 主题实践 / Themed practice */
  | 'THEMED_PRACTICE'
  /** 培训 / Training */
  | 'TRAINING'
  /** 志愿服务 / Volunteer service */
  | 'VOLUNTEER_SERVICE';

/** 活动排序 / Sort order for activities */
export type PartyActivityOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field?: PartyActivityOrderField;
};

/** 活动排序字段 / Sort fields for activities */
export type PartyActivityOrderField =
  /** 参加人数 / Participants */
  | 'PARTICIPANT_COUNT'
  /** 开始时间 / Start */
  | 'STARTS_AT';

/** 活动成果 / A counted result of an activity, e.g. trees planted */
export type PartyActivityOutput = {
  __typename?: 'PartyActivityOutput';
  /** 成果代码 / Machine key, e.g. treesPlanted */
  key: Scalars['String']['output'];
  /** 说明 / Label, e.g. 栽种树苗 */
  label: Scalars['String']['output'];
  /** 单位 / Unit, e.g. 棵 */
  unit: Scalars['String']['output'];
  /** 数量 / Quantity */
  value: Scalars['Float']['output'];
};

/** 活动参加党员排序 / Sort order for the members who attended an activity */
export type PartyAttendeeOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field?: PartyAttendeeOrderField;
};

/** 活动参加党员排序字段 / Sort fields for the members who attended an activity */
export type PartyAttendeeOrderField =
  /** 党员所属党组织（同组织的党员相邻）/ The member's organization, so members of one organization are adjacent */
  | 'ORGANIZATION'
  /** 本人在该活动的志愿服务时长 / The member's volunteer hours at the activity */
  | 'VOLUNTEER_HOURS';

/** 按类别计数 / A count for one category value */
export type PartyBuildingCount = {
  __typename?: 'PartyBuildingCount';
  /** 数量 / Count */
  count: Scalars['Int']['output'];
  /** 类别值（枚举名）/ The category value (an enum name) */
  key: Scalars['String']['output'];
};

/** 党建指标 / Party-building indicators of a division for a period */
export type PartyBuildingIndicators = {
  __typename?: 'PartyBuildingIndicators';
  /** 期内活动数 / Activities that started in the period */
  activities: Measure;
  /** 期内党员参加活动人次 / Member attendances at activities in the period */
  memberAttendances: Measure;
  /** 党员数（期末）/ Party members at the end of the period */
  members: Measure;
  /** 期内新发展党员 / Members who joined in the period */
  newMembers: Measure;
  /** 党组织数（期末）/ Party organizations at the end of the period */
  organizations: Measure;
  /** 按层级的党组织数 / Organizations by level */
  organizationsByLevel: Array<PartyBuildingCount>;
  /** 按领域的党组织数 / Organizations by sector */
  organizationsBySector: Array<PartyBuildingCount>;
  /** 期内参加活动人数（含非党员）/ Participants of activities in the period, non-members included */
  participants: Measure;
  /** 期内志愿服务活动数 / Volunteer-service activities in the period */
  volunteerActivities: Measure;
  /** 期内志愿服务时长 / Volunteer hours in the period */
  volunteerHours: Measure;
};

/** 党建统计 / Party-building statistics of one division. For analysts and services member counts are perturbed by the cell-key method (the same members always give the same answer, at most 2 from the exact count) and a row of 1 to 4 members, or below 5 after perturbation, has members null and suppressed true; exact for officials and admins */
export type PartyBuildingStatistics = {
  __typename?: 'PartyBuildingStatistics';
  /** 区划代码 / The division */
  division: Scalars['ID']['output'];
  /** 党员统计（截至期末入党的党员，年龄按期末计算）/ Party members who joined before the period's end, aged as at the period's end */
  members: Array<PartyMemberStatisticsRow>;
  /** 党组织统计（截至期末成立的组织）/ Party organizations founded before the period's end */
  organizations: Array<PartyOrganizationStatisticsRow>;
};


/** 党建统计 / Party-building statistics of one division. For analysts and services member counts are perturbed by the cell-key method (the same members always give the same answer, at most 2 from the exact count) and a row of 1 to 4 members, or below 5 after perturbation, has members null and suppressed true; exact for officials and admins */
export type PartyBuildingStatisticsMembersArgs = {
  groupBy: Array<PartyMemberDimension>;
};


/** 党建统计 / Party-building statistics of one division. For analysts and services member counts are perturbed by the cell-key method (the same members always give the same answer, at most 2 from the exact count) and a row of 1 to 4 members, or below 5 after perturbation, has members null and suppressed true; exact for officials and admins */
export type PartyBuildingStatisticsOrganizationsArgs = {
  groupBy: Array<PartyOrganizationDimension>;
};

/** 党组织评议考核 / An evaluation of a party organization */
export type PartyEvaluation = {
  __typename?: 'PartyEvaluation';
  /** 等次 / Grade */
  grade: PartyEvaluationGrade;
  /** 编号 / Id */
  id: Scalars['ID']['output'];
  /** 类型 / Kind */
  kind: PartyEvaluationKind;
  /** 被评党组织 / Evaluated organization */
  organization: PartyOrganization;
  /** 得分（百分制）/ Score out of 100 */
  score: Scalars['Float']['output'];
  /** 年度 / Year */
  year: Scalars['Int']['output'];
};

/** 评议分页 / A page of evaluations */
export type PartyEvaluationConnection = {
  __typename?: 'PartyEvaluationConnection';
  /** 本页条目 / Edges */
  edges: Array<PartyEvaluationEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total number of matches */
  totalCount: Scalars['Int']['output'];
};

/** 评议条目 / An evaluation in a page */
export type PartyEvaluationEdge = {
  __typename?: 'PartyEvaluationEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 评议 / Evaluation */
  node: PartyEvaluation;
};

/** 评议筛选 / Filter for evaluations */
export type PartyEvaluationFilter = {
  /** 区划代码（任一级）/ Division code, any level */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** 等次 / Grade */
  grade?: InputMaybe<PartyEvaluationGrade>;
  /** 类型 / Kind */
  kind?: InputMaybe<PartyEvaluationKind>;
  /** 党组织编号 / Organization id */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 年度 / Year */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** 评定等次 / Grade */
export type PartyEvaluationGrade =
  /** 优秀 / Excellent */
  | 'EXCELLENT'
  /** 不合格 / Fail */
  | 'FAIL'
  /** 良好 / Good */
  | 'GOOD'
  /** 合格 / Pass */
  | 'PASS';

/** 评议类型 / Kind of evaluation */
export type PartyEvaluationKind =
  /** 年度考核 / Annual assessment */
  | 'ANNUAL_ASSESSMENT'
  /** 创先争优 / Striving for excellence (创先争优) campaign */
  | 'STRIVE_FOR_EXCELLENCE';

/** 评议排序 / Sort order for evaluations */
export type PartyEvaluationOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field?: PartyEvaluationOrderField;
};

/** 评议排序字段 / Sort fields for evaluations */
export type PartyEvaluationOrderField =
  /** 得分 / Score */
  | 'SCORE'
  /** 年度 / Year */
  | 'YEAR';

/** 党员 / A party member */
export type PartyMember = {
  __typename?: 'PartyMember';
  /** 参加的活动 / Activities the member attended */
  activities: PartyActivityConnection;
  /** 出生日期（YYYY-MM-DD，个人信息，无完整权限者仅见年份）/ Birth date as YYYY-MM-DD; personal data, the year only unless the viewer may read it */
  birthDate: Scalars['String']['output'];
  /** 居住社区 / Community the member lives in */
  community?: Maybe<Community>;
  /** 变更记录（新的在前）/ Changes of the member, newest first */
  history: PartyMemberHistoryConnection;
  /** 编号 / Id */
  id: Scalars['ID']['output'];
  /** 入党日期 / Date of joining the party */
  joinedOn: Scalars['DateTime']['output'];
  /** 姓名（个人信息，按权限脱敏）/ Name; personal data, masked unless the viewer may read it */
  name: Scalars['String']['output'];
  /** 所在党组织 / Organization */
  organization: PartyOrganization;
  /** 手机号（个人信息，按权限脱敏）/ Mobile phone; personal data, masked unless the viewer may read it */
  phone?: Maybe<Scalars['String']['output']>;
  /** 党内职务 / Position */
  position: PartyMemberPosition;
  /** 居民档案（民政，仅管理员可见，其他角色为空：党员身份与救助状况的关联属敏感信息）/ The member's resident record (civil affairs), which links party membership to assistance status: admins only, null for every other role */
  resident?: Maybe<Resident>;
  /** 性别 / Sex */
  sex: PartyMemberSex;
  /** 党员类别 / Membership status */
  status: PartyMemberStatus;
  /** 版本号（修改时作为 expectedVersion 传回）/ Version, passed back as expectedVersion when changing the member */
  version: Scalars['Int']['output'];
  /** 志愿服务时长（小时）/ Volunteer-service hours in the period */
  volunteerHours: Scalars['Float']['output'];
};


/** 党员 / A party member */
export type PartyMemberActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartyMemberActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PartyMemberActivityOrder>;
};


/** 党员 / A party member */
export type PartyMemberHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 党员 / A party member */
export type PartyMemberVolunteerHoursArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 党员参加的活动筛选 / Filter for the activities a member attended */
export type PartyMemberActivityFilter = {
  /** 开始时间不早于 / Starts at or after */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** 开始时间早于 / Starts before */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 党员参加活动排序 / Sort order for the activities a member attended */
export type PartyMemberActivityOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field?: PartyMemberActivityOrderField;
};

/** 党员参加活动排序字段 / Sort fields for the activities a member attended */
export type PartyMemberActivityOrderField =
  /** 活动开始时间 / Start of the activity */
  | 'STARTS_AT'
  /** 本人在该活动的志愿服务时长 / The member's volunteer hours at the activity */
  | 'VOLUNTEER_HOURS';

/** 党员年龄段（周岁）/ Age band of party members, in whole years */
export type PartyMemberAgeBand =
  /** 36至45岁 / 36 to 45 */
  | 'FROM_36_TO_45'
  /** 46至55岁 / 46 to 55 */
  | 'FROM_46_TO_55'
  /** 56至60岁 / 56 to 60 */
  | 'FROM_56_TO_60'
  /** 61至70岁 / 61 to 70 */
  | 'FROM_61_TO_70'
  /** 71岁及以上 / 71 and over */
  | 'OVER_70'
  /** 35岁及以下 / 35 and under */
  | 'UP_TO_35';

/** 党员分页 / A page of party members */
export type PartyMemberConnection = {
  __typename?: 'PartyMemberConnection';
  /** 本页条目 / Edges */
  edges: Array<PartyMemberEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total number of matches */
  totalCount: Scalars['Int']['output'];
};

/** 党员统计维度 / Dimension of the party-member statistics */
export type PartyMemberDimension =
  /** 年龄段 / Age band */
  | 'AGE_BAND'
  /** 社区或村 / Community or village */
  | 'COMMUNITY'
  /** 网格 / Grid */
  | 'GRID'
  /** 入党年份（上海时区）/ Year joined, Asia/Shanghai */
  | 'JOIN_YEAR'
  /** 性别 / Sex */
  | 'SEX'
  /** 党员类别 / Full or probationary */
  | 'STATUS'
  /** 街道或镇 / Street or town */
  | 'STREET';

/** 党员条目 / A party member in a page */
export type PartyMemberEdge = {
  __typename?: 'PartyMemberEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 党员 / Member */
  node: PartyMember;
};

/** 党员筛选 / Filter for party members */
export type PartyMemberFilter = {
  /** 党组织所在区划代码（任一级）/ Division code of the member's organization, any level */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** 入党日期不早于 / Joined on or after */
  joinedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** 入党日期早于 / Joined before */
  joinedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** 所在党组织编号 / Organization id */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 党内职务 / Position */
  position?: InputMaybe<PartyMemberPosition>;
  /** 性别 / Sex */
  sex?: InputMaybe<PartyMemberSex>;
  /** 党员类别 / Membership status */
  status?: InputMaybe<PartyMemberStatus>;
};

/** 党员变更记录连接（状态为所在党组织编号）/ A page of a member's history, newest first; the state is the member's organization id */
export type PartyMemberHistoryConnection = {
  __typename?: 'PartyMemberHistoryConnection';
  /** 本页条目 / Edges */
  edges: Array<PartyMemberHistoryEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total number of entries */
  totalCount: Scalars['Int']['output'];
};

/** 党员变更记录条目 / An entry of a member's history */
export type PartyMemberHistoryEdge = {
  __typename?: 'PartyMemberHistoryEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 变更记录 / The change */
  node: HistoryEntry;
};

/** 党员排序 / Sort order for party members */
export type PartyMemberOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field?: PartyMemberOrderField;
};

/** 党员排序字段 / Sort fields for party members */
export type PartyMemberOrderField =
  /** 出生日期（个人信息）/ Birth date; personal data */
  | 'BIRTH_DATE'
  /** 入党日期 / Join date */
  | 'JOINED_ON';

/** 党内职务 / Position in the organization */
export type PartyMemberPosition =
  /** 委员 / Committee member */
  | 'COMMITTEE_MEMBER'
  /** 副书记 / Deputy secretary */
  | 'DEPUTY_SECRETARY'
  /** 党员 / Member */
  | 'MEMBER'
  /** 书记 / Secretary */
  | 'SECRETARY';

/** 性别 / Sex of a party member */
export type PartyMemberSex =
  /** 女 / Female */
  | 'FEMALE'
  /** 男 / Male */
  | 'MALE';

/** 党员统计分组键（未分组的维度为空）/ The group of a member row; dimensions not grouped by are null */
export type PartyMemberStatisticsKeys = {
  __typename?: 'PartyMemberStatisticsKeys';
  /** 年龄段 / Age band */
  ageBand?: Maybe<PartyMemberAgeBand>;
  /** 社区代码 / Community code */
  community?: Maybe<Scalars['ID']['output']>;
  /** 网格代码 / Grid code */
  grid?: Maybe<Scalars['ID']['output']>;
  /** 入党年份 / Year joined */
  joinYear?: Maybe<Scalars['Int']['output']>;
  /** 性别 / Sex */
  sex?: Maybe<PartyMemberSex>;
  /** 党员类别 / Full or probationary */
  status?: Maybe<PartyMemberStatus>;
  /** 街道代码 / Street code */
  street?: Maybe<Scalars['ID']['output']>;
};

/** 党员统计行 / One group of the party-member statistics */
export type PartyMemberStatisticsRow = {
  __typename?: 'PartyMemberStatisticsRow';
  /** 分组键 / The group */
  keys: PartyMemberStatisticsKeys;
  /** 党员人数 / Members */
  members?: Maybe<Scalars['Int']['output']>;
  /** 小样本已隐藏（分析员和服务账号）/ Figures withheld from an analyst or a service: a count of the row is 1 to 4, or below 5 after perturbation */
  suppressed: Scalars['Boolean']['output'];
};

/** 党员类别 / Membership status */
export type PartyMemberStatus =
  /** 正式党员 / Full member */
  | 'FULL'
  /** 预备党员 / Probationary member */
  | 'PROBATIONARY';

/** 党组织 / A party organization */
export type PartyOrganization = {
  __typename?: 'PartyOrganization';
  /** 组织的活动 / Activities the organization held */
  activities: PartyActivityConnection;
  /** 下级党组织 / Subordinate organizations */
  children: PartyOrganizationConnection;
  /** 所在社区（街道级以上为空）/ Community (null above community level) */
  community?: Maybe<Community>;
  /** 所在区（民政子图不可用时为空）/ District; null when civil affairs cannot be reached */
  district?: Maybe<District>;
  /** 所在区划代码 / Code of the division the organization belongs to */
  divisionCode: Scalars['String']['output'];
  /** 两新组织所在企业 / The enterprise of a non-public organization */
  enterprise?: Maybe<Enterprise>;
  /** 评议考核 / Evaluations of the organization */
  evaluations: PartyEvaluationConnection;
  /** 成立日期 / Founding date */
  foundedOn: Scalars['DateTime']['output'];
  /** 编号 / Id */
  id: Scalars['ID']['output'];
  /** 层级 / Level */
  level: PartyOrganizationLevel;
  /** 党员人数（分析员和服务账号：经扰动，小样本为空）/ Number of members; for analysts and services perturbed (at most 2 from the exact count) and null when 1 to 4 or below 5 after perturbation */
  memberCount?: Maybe<Scalars['Int']['output']>;
  /** 党员 / Members (direct members only); FORBIDDEN for analysts and services */
  members: PartyMemberConnection;
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 上级党组织 / Parent organization */
  parent?: Maybe<PartyOrganization>;
  /** 书记姓名（个人信息，按权限脱敏）/ Name of the secretary; personal data, masked unless the viewer may read it */
  secretaryName?: Maybe<Scalars['String']['output']>;
  /** 领域 / Sector */
  sector: PartyOrganizationSector;
  /** 所在街道（区级组织为空）/ Street (null for district-level organizations) */
  street?: Maybe<Street>;
};


/** 党组织 / A party organization */
export type PartyOrganizationActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartyOrganizationActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PartyActivityOrder>;
};


/** 党组织 / A party organization */
export type PartyOrganizationChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartyOrganizationChildFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PartyOrganizationOrder>;
};


/** 党组织 / A party organization */
export type PartyOrganizationEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartyOrganizationEvaluationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PartyEvaluationOrder>;
};


/** 党组织 / A party organization */
export type PartyOrganizationMemberCountArgs = {
  includeSubordinates?: InputMaybe<Scalars['Boolean']['input']>;
};


/** 党组织 / A party organization */
export type PartyOrganizationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartyOrganizationMemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PartyMemberOrder>;
};

/** 党组织的活动筛选 / Filter for the activities of one organization */
export type PartyOrganizationActivityFilter = {
  /** 开始时间不早于 / Starts at or after */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** 类型 / Kind */
  kind?: InputMaybe<PartyActivityKind>;
  /** 标题包含 / Title contains */
  titleContains?: InputMaybe<Scalars['String']['input']>;
  /** 开始时间早于 / Starts before */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 下级党组织筛选 / Filter for the subordinate organizations of one organization */
export type PartyOrganizationChildFilter = {
  /** 层级 / Level */
  level?: InputMaybe<PartyOrganizationLevel>;
  /** 名称包含 / Name contains */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** 领域 / Sector */
  sector?: InputMaybe<PartyOrganizationSector>;
};

/** 党组织分页 / A page of party organizations */
export type PartyOrganizationConnection = {
  __typename?: 'PartyOrganizationConnection';
  /** 本页条目 / Edges */
  edges: Array<PartyOrganizationEdge>;
  /** 分页信息 / Page information */
  pageInfo: PageInfo;
  /** 总数 / Total number of matches */
  totalCount: Scalars['Int']['output'];
};

/** 党组织统计维度 / Dimension of the party-organization statistics */
export type PartyOrganizationDimension =
  /** 社区或村 / Community or village */
  | 'COMMUNITY'
  /** 网格 / Grid */
  | 'GRID'
  /** 层级（党工委、党委、党总支、党支部）/ Level */
  | 'LEVEL'
  /** 领域（机关、社区、农村、两新）/ Sector */
  | 'SECTOR'
  /** 街道或镇 / Street or town */
  | 'STREET';

/** 党组织条目 / A party organization in a page */
export type PartyOrganizationEdge = {
  __typename?: 'PartyOrganizationEdge';
  /** 游标 / Cursor */
  cursor: Scalars['String']['output'];
  /** 党组织 / Organization */
  node: PartyOrganization;
};

/** 党组织的评议筛选 / Filter for the evaluations of one organization */
export type PartyOrganizationEvaluationFilter = {
  /** 等次 / Grade */
  grade?: InputMaybe<PartyEvaluationGrade>;
  /** 类型 / Kind */
  kind?: InputMaybe<PartyEvaluationKind>;
  /** 年度 / Year */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** 党组织筛选 / Filter for party organizations */
export type PartyOrganizationFilter = {
  /** 区划代码（任一级，含下级）/ Division code of any level (includes everything under it) */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** 层级 / Level */
  level?: InputMaybe<PartyOrganizationLevel>;
  /** 名称包含 / Name contains */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** 上级党组织编号 / Parent organization id */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** 领域 / Sector */
  sector?: InputMaybe<PartyOrganizationSector>;
};

/** 党组织层级 / Level of a party organization */
export type PartyOrganizationLevel =
  /** 党支部 / Party branch */
  | 'BRANCH'
  /** 党委 / Party committee */
  | 'COMMITTEE'
  /** 党总支 / General party branch */
  | 'GENERAL_BRANCH'
  /** 党工委（街道、机关工作委员会）/ Working committee (of a street or of the district organs) */
  | 'WORKING_COMMITTEE';

/** 党组织的党员筛选 / Filter for the members of one organization */
export type PartyOrganizationMemberFilter = {
  /** 入党日期不早于 / Joined on or after */
  joinedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** 入党日期早于 / Joined before */
  joinedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** 党内职务 / Position */
  position?: InputMaybe<PartyMemberPosition>;
  /** 性别 / Sex */
  sex?: InputMaybe<PartyMemberSex>;
  /** 党员类别 / Membership status */
  status?: InputMaybe<PartyMemberStatus>;
};

/** 党组织排序 / Sort order for party organizations */
export type PartyOrganizationOrder = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field?: PartyOrganizationOrderField;
};

/** 党组织排序字段 / Sort fields for party organizations */
export type PartyOrganizationOrderField =
  /** 区划代码 / Division code */
  | 'DIVISION_CODE'
  /** 成立日期 / Founding date */
  | 'FOUNDED_ON'
  /** 名称 / Name */
  | 'NAME';

/** 党组织所属领域 / Sector a party organization works in */
export type PartyOrganizationSector =
  /** 社区 / Urban communities */
  | 'COMMUNITY'
  /** 两新（非公有制企业和新社会组织）/ Non-public enterprises and new social organizations */
  | 'NON_PUBLIC'
  /** 机关 / Government organs */
  | 'ORGAN'
  /** 农村 / Villages */
  | 'RURAL';

/** 党组织统计分组键（未分组的维度为空）/ The group of an organization row; dimensions not grouped by are null */
export type PartyOrganizationStatisticsKeys = {
  __typename?: 'PartyOrganizationStatisticsKeys';
  /** 社区代码 / Community code */
  community?: Maybe<Scalars['ID']['output']>;
  /** 网格代码 / Grid code */
  grid?: Maybe<Scalars['ID']['output']>;
  /** 层级 / Level */
  level?: Maybe<PartyOrganizationLevel>;
  /** 领域 / Sector */
  sector?: Maybe<PartyOrganizationSector>;
  /** 街道代码 / Street code */
  street?: Maybe<Scalars['ID']['output']>;
};

/** 党组织统计行 / One group of the party-organization statistics */
export type PartyOrganizationStatisticsRow = {
  __typename?: 'PartyOrganizationStatisticsRow';
  /** 分组键 / The group */
  keys: PartyOrganizationStatisticsKeys;
  /** 党组织数 / Organizations */
  organizations: Scalars['Int']['output'];
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

/** 党建查询 / Party-building queries */
export type Query = {
  __typename?: 'Query';
  /** 党组织活动列表 / Party activities */
  partyActivities?: Maybe<PartyActivityConnection>;
  /** 党建个人信息完整读取审计（仅管理员，其他角色为FORBIDDEN）/ Full reads of personal values held by the party-building subgraph, newest first; admins only (others get FORBIDDEN) */
  partyBuildingAuditRecords?: Maybe<AuditRecordConnection>;
  /** 党建统计（按维度分组，辖区外为空）/ Party-building statistics of a division, grouped by the dimensions asked for; null when the division is outside the viewer's jurisdiction */
  partyBuildingStatistics?: Maybe<PartyBuildingStatistics>;
  /** 党组织评议考核列表 / Evaluations of party organizations */
  partyEvaluations?: Maybe<PartyEvaluationConnection>;
  /** 按编号查党员（分析员和服务账号为 FORBIDDEN）/ A party member by id; FORBIDDEN for analysts and services */
  partyMember?: Maybe<PartyMember>;
  /** 党员列表（分析员和服务账号为 FORBIDDEN，用 partyBuildingStatistics）/ Party members; FORBIDDEN for analysts and services, who read partyBuildingStatistics */
  partyMembers?: Maybe<PartyMemberConnection>;
  /** 按编号查党组织（不存在或无权查看时为空）/ A party organization by id (null when unknown or outside the viewer's jurisdiction) */
  partyOrganization?: Maybe<PartyOrganization>;
  /** 党组织列表 / Party organizations */
  partyOrganizations?: Maybe<PartyOrganizationConnection>;
};


/** 党建查询 / Party-building queries */
export type QueryPartyActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartyActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PartyActivityOrder>;
};


/** 党建查询 / Party-building queries */
export type QueryPartyBuildingAuditRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 党建查询 / Party-building queries */
export type QueryPartyBuildingStatisticsArgs = {
  division: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** 党建查询 / Party-building queries */
export type QueryPartyEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartyEvaluationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PartyEvaluationOrder>;
};


/** 党建查询 / Party-building queries */
export type QueryPartyMemberArgs = {
  id: Scalars['ID']['input'];
};


/** 党建查询 / Party-building queries */
export type QueryPartyMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartyMemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PartyMemberOrder>;
};


/** 党建查询 / Party-building queries */
export type QueryPartyOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** 党建查询 / Party-building queries */
export type QueryPartyOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartyOrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PartyOrganizationOrder>;
};

/** 记录活动 / An activity to record */
export type RecordPartyActivityInput = {
  /** 参加的党员编号（须存在且在辖区内）/ Ids of the members who attended: existing, in the viewer's jurisdiction */
  attendeeIds: Array<Scalars['ID']['input']>;
  /** 结束时间（不得早于开始时间）/ End, not before the start */
  endsAt: Scalars['DateTime']['input'];
  /** 类型 / Kind */
  kind: PartyActivityKind;
  /** 备注 / Note for the history */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 举办党组织编号（须在辖区内）/ Id of the organizing organization, in the viewer's jurisdiction */
  organizationId: Scalars['ID']['input'];
  /** 其他参加人数（非党员）/ Participants who are not members */
  otherParticipants?: InputMaybe<Scalars['Int']['input']>;
  /** 开始时间（不得晚于当前）/ Start, not in the future */
  startsAt: Scalars['DateTime']['input'];
  /** 标题 / Title */
  title: Scalars['String']['input'];
  /** 每人志愿服务时长（小时，0–24）/ Volunteer hours each participant served, 0 to 24 */
  volunteerHoursEach?: InputMaybe<Scalars['Float']['input']>;
};

/** 居民（民政所有）/ Resident, owned by civil affairs */
export type Resident = {
  __typename?: 'Resident';
  /** 居民编号 / Resident id */
  id: Scalars['ID']['output'];
};

/** 排序方向 / Sort direction */
export type SortDirection =
  /** 升序 / Ascending */
  | 'ASC'
  /** 降序 / Descending */
  | 'DESC';

/** 街道（党建贡献字段）/ Street (fields contributed by party building) */
export type Street = {
  __typename?: 'Street';
  /** 区划代码 / Division code */
  code: Scalars['ID']['output'];
  /** 党建指标 / Party-building indicators */
  partyBuildingIndicators?: Maybe<PartyBuildingIndicators>;
  /** 街道内党组织（含社区）/ Party organizations in the street, communities included */
  partyOrganizations?: Maybe<PartyOrganizationConnection>;
};


/** 街道（党建贡献字段）/ Street (fields contributed by party building) */
export type StreetPartyBuildingIndicatorsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** 街道（党建贡献字段）/ Street (fields contributed by party building) */
export type StreetPartyOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartyOrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PartyOrganizationOrder>;
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
  PartyActivity: PartyActivity;
  PartyMember: PartyMember;
  PartyOrganization: PartyOrganization;
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
  PartyActivity:
    ( { __typename: 'PartyActivity' }
    & GraphQLRecursivePick<FederationTypes['PartyActivity'], {"id":true}> );
  PartyMember:
    ( { __typename: 'PartyMember' }
    & GraphQLRecursivePick<FederationTypes['PartyMember'], {"id":true}> );
  PartyOrganization:
    ( { __typename: 'PartyOrganization' }
    & GraphQLRecursivePick<FederationTypes['PartyOrganization'], {"id":true}> );
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
  Community: ResolverTypeWrapper<DivisionRef>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  District: ResolverTypeWrapper<DivisionRef>;
  Enterprise: ResolverTypeWrapper<EntityRef>;
  HistoryEntry: ResolverTypeWrapper<HistoryEntryRecord>;
  Measure: ResolverTypeWrapper<Measure>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartyActivity: ResolverTypeWrapper<PartyActivityRecord>;
  PartyActivityConnection: ResolverTypeWrapper<Omit<PartyActivityConnection, 'edges'> & { edges: Array<ResolversTypes['PartyActivityEdge']> }>;
  PartyActivityEdge: ResolverTypeWrapper<Omit<PartyActivityEdge, 'node'> & { node: ResolversTypes['PartyActivity'] }>;
  PartyActivityFilter: PartyActivityFilter;
  PartyActivityHistoryConnection: ResolverTypeWrapper<Omit<PartyActivityHistoryConnection, 'edges'> & { edges: Array<ResolversTypes['PartyActivityHistoryEdge']> }>;
  PartyActivityHistoryEdge: ResolverTypeWrapper<Omit<PartyActivityHistoryEdge, 'node'> & { node: ResolversTypes['HistoryEntry'] }>;
  PartyActivityKind: PartyActivityKind;
  PartyActivityOrder: PartyActivityOrder;
  PartyActivityOrderField: PartyActivityOrderField;
  PartyActivityOutput: ResolverTypeWrapper<PartyActivityOutput>;
  PartyAttendeeOrder: PartyAttendeeOrder;
  PartyAttendeeOrderField: PartyAttendeeOrderField;
  PartyBuildingCount: ResolverTypeWrapper<PartyBuildingCount>;
  PartyBuildingIndicators: ResolverTypeWrapper<PartyBuildingIndicatorValues>;
  PartyBuildingStatistics: ResolverTypeWrapper<StatisticsRequest>;
  PartyEvaluation: ResolverTypeWrapper<PartyEvaluationRecord>;
  PartyEvaluationConnection: ResolverTypeWrapper<Omit<PartyEvaluationConnection, 'edges'> & { edges: Array<ResolversTypes['PartyEvaluationEdge']> }>;
  PartyEvaluationEdge: ResolverTypeWrapper<Omit<PartyEvaluationEdge, 'node'> & { node: ResolversTypes['PartyEvaluation'] }>;
  PartyEvaluationFilter: PartyEvaluationFilter;
  PartyEvaluationGrade: PartyEvaluationGrade;
  PartyEvaluationKind: PartyEvaluationKind;
  PartyEvaluationOrder: PartyEvaluationOrder;
  PartyEvaluationOrderField: PartyEvaluationOrderField;
  PartyMember: ResolverTypeWrapper<PartyMemberRecord>;
  PartyMemberActivityFilter: PartyMemberActivityFilter;
  PartyMemberActivityOrder: PartyMemberActivityOrder;
  PartyMemberActivityOrderField: PartyMemberActivityOrderField;
  PartyMemberAgeBand: PartyMemberAgeBand;
  PartyMemberConnection: ResolverTypeWrapper<Omit<PartyMemberConnection, 'edges'> & { edges: Array<ResolversTypes['PartyMemberEdge']> }>;
  PartyMemberDimension: PartyMemberDimension;
  PartyMemberEdge: ResolverTypeWrapper<Omit<PartyMemberEdge, 'node'> & { node: ResolversTypes['PartyMember'] }>;
  PartyMemberFilter: PartyMemberFilter;
  PartyMemberHistoryConnection: ResolverTypeWrapper<Omit<PartyMemberHistoryConnection, 'edges'> & { edges: Array<ResolversTypes['PartyMemberHistoryEdge']> }>;
  PartyMemberHistoryEdge: ResolverTypeWrapper<Omit<PartyMemberHistoryEdge, 'node'> & { node: ResolversTypes['HistoryEntry'] }>;
  PartyMemberOrder: PartyMemberOrder;
  PartyMemberOrderField: PartyMemberOrderField;
  PartyMemberPosition: PartyMemberPosition;
  PartyMemberSex: PartyMemberSex;
  PartyMemberStatisticsKeys: ResolverTypeWrapper<PartyMemberStatisticsKeys>;
  PartyMemberStatisticsRow: ResolverTypeWrapper<PartyMemberStatisticsRow>;
  PartyMemberStatus: PartyMemberStatus;
  PartyOrganization: ResolverTypeWrapper<PartyOrganizationRecord>;
  PartyOrganizationActivityFilter: PartyOrganizationActivityFilter;
  PartyOrganizationChildFilter: PartyOrganizationChildFilter;
  PartyOrganizationConnection: ResolverTypeWrapper<Omit<PartyOrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['PartyOrganizationEdge']> }>;
  PartyOrganizationDimension: PartyOrganizationDimension;
  PartyOrganizationEdge: ResolverTypeWrapper<Omit<PartyOrganizationEdge, 'node'> & { node: ResolversTypes['PartyOrganization'] }>;
  PartyOrganizationEvaluationFilter: PartyOrganizationEvaluationFilter;
  PartyOrganizationFilter: PartyOrganizationFilter;
  PartyOrganizationLevel: PartyOrganizationLevel;
  PartyOrganizationMemberFilter: PartyOrganizationMemberFilter;
  PartyOrganizationOrder: PartyOrganizationOrder;
  PartyOrganizationOrderField: PartyOrganizationOrderField;
  PartyOrganizationSector: PartyOrganizationSector;
  PartyOrganizationStatisticsKeys: ResolverTypeWrapper<PartyOrganizationStatisticsKeys>;
  PartyOrganizationStatisticsRow: ResolverTypeWrapper<PartyOrganizationStatisticsRow>;
  PersonalDataKind: PersonalDataKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordPartyActivityInput: RecordPartyActivityInput;
  Resident: ResolverTypeWrapper<EntityRef>;
  SortDirection: SortDirection;
  Street: ResolverTypeWrapper<DivisionRef>;
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
  Community: DivisionRef;
  DateTime: Scalars['DateTime']['output'];
  District: DivisionRef;
  Enterprise: EntityRef;
  HistoryEntry: HistoryEntryRecord;
  Measure: Measure;
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PartyActivity: PartyActivityRecord;
  PartyActivityConnection: Omit<PartyActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartyActivityEdge']> };
  PartyActivityEdge: Omit<PartyActivityEdge, 'node'> & { node: ResolversParentTypes['PartyActivity'] };
  PartyActivityFilter: PartyActivityFilter;
  PartyActivityHistoryConnection: Omit<PartyActivityHistoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartyActivityHistoryEdge']> };
  PartyActivityHistoryEdge: Omit<PartyActivityHistoryEdge, 'node'> & { node: ResolversParentTypes['HistoryEntry'] };
  PartyActivityOrder: PartyActivityOrder;
  PartyActivityOutput: PartyActivityOutput;
  PartyAttendeeOrder: PartyAttendeeOrder;
  PartyBuildingCount: PartyBuildingCount;
  PartyBuildingIndicators: PartyBuildingIndicatorValues;
  PartyBuildingStatistics: StatisticsRequest;
  PartyEvaluation: PartyEvaluationRecord;
  PartyEvaluationConnection: Omit<PartyEvaluationConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartyEvaluationEdge']> };
  PartyEvaluationEdge: Omit<PartyEvaluationEdge, 'node'> & { node: ResolversParentTypes['PartyEvaluation'] };
  PartyEvaluationFilter: PartyEvaluationFilter;
  PartyEvaluationOrder: PartyEvaluationOrder;
  PartyMember: PartyMemberRecord;
  PartyMemberActivityFilter: PartyMemberActivityFilter;
  PartyMemberActivityOrder: PartyMemberActivityOrder;
  PartyMemberConnection: Omit<PartyMemberConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartyMemberEdge']> };
  PartyMemberEdge: Omit<PartyMemberEdge, 'node'> & { node: ResolversParentTypes['PartyMember'] };
  PartyMemberFilter: PartyMemberFilter;
  PartyMemberHistoryConnection: Omit<PartyMemberHistoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartyMemberHistoryEdge']> };
  PartyMemberHistoryEdge: Omit<PartyMemberHistoryEdge, 'node'> & { node: ResolversParentTypes['HistoryEntry'] };
  PartyMemberOrder: PartyMemberOrder;
  PartyMemberStatisticsKeys: PartyMemberStatisticsKeys;
  PartyMemberStatisticsRow: PartyMemberStatisticsRow;
  PartyOrganization: PartyOrganizationRecord;
  PartyOrganizationActivityFilter: PartyOrganizationActivityFilter;
  PartyOrganizationChildFilter: PartyOrganizationChildFilter;
  PartyOrganizationConnection: Omit<PartyOrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartyOrganizationEdge']> };
  PartyOrganizationEdge: Omit<PartyOrganizationEdge, 'node'> & { node: ResolversParentTypes['PartyOrganization'] };
  PartyOrganizationEvaluationFilter: PartyOrganizationEvaluationFilter;
  PartyOrganizationFilter: PartyOrganizationFilter;
  PartyOrganizationMemberFilter: PartyOrganizationMemberFilter;
  PartyOrganizationOrder: PartyOrganizationOrder;
  PartyOrganizationStatisticsKeys: PartyOrganizationStatisticsKeys;
  PartyOrganizationStatisticsRow: PartyOrganizationStatisticsRow;
  Query: Record<PropertyKey, never>;
  RecordPartyActivityInput: RecordPartyActivityInput;
  Resident: EntityRef;
  Street: DivisionRef;
}>;

export type PersonalDirectiveArgs = {
  kind: PersonalDataKind;
};

export type PersonalDirectiveResolver<Result, Parent, ContextType = PartyBuildingContext, Args = PersonalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuditRecordResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = ResolversObject<{
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

export type AuditRecordConnectionResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['AuditRecordConnection'] = ResolversParentTypes['AuditRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditRecordEdgeResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['AuditRecordEdge'] = ResolversParentTypes['AuditRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditRecord'], ParentType, ContextType>;
}>;

export type CommunityResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community'], FederationReferenceType extends FederationReferenceTypes['Community'] = FederationReferenceTypes['Community']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Community']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partyBuildingIndicators?: Resolver<Maybe<ResolversTypes['PartyBuildingIndicators']>, ParentType, ContextType, Partial<CommunityPartyBuildingIndicatorsArgs>>;
  partyOrganizations?: Resolver<Maybe<ResolversTypes['PartyOrganizationConnection']>, ParentType, ContextType, RequireFields<CommunityPartyOrganizationsArgs, 'first'>>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District'], FederationReferenceType extends FederationReferenceTypes['District'] = FederationReferenceTypes['District']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partyBuildingIndicators?: Resolver<Maybe<ResolversTypes['PartyBuildingIndicators']>, ParentType, ContextType, Partial<DistrictPartyBuildingIndicatorsArgs>>;
  partyOrganizations?: Resolver<Maybe<ResolversTypes['PartyOrganizationConnection']>, ParentType, ContextType, RequireFields<DistrictPartyOrganizationsArgs, 'first'>>;
}>;

export type EnterpriseResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partyOrganization?: Resolver<Maybe<ResolversTypes['PartyOrganization']>, ParentType, ContextType>;
}>;

export type HistoryEntryResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry']> = ResolversObject<{
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

export type MeasureResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['Measure'] = ResolversParentTypes['Measure']> = ResolversObject<{
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  recordAttendance?: Resolver<ResolversTypes['PartyActivity'], ParentType, ContextType, RequireFields<MutationRecordAttendanceArgs, 'activityId' | 'expectedVersion' | 'memberIds'>>;
  recordPartyActivity?: Resolver<ResolversTypes['PartyActivity'], ParentType, ContextType, RequireFields<MutationRecordPartyActivityArgs, 'idempotencyKey' | 'input'>>;
  transferPartyMember?: Resolver<ResolversTypes['PartyMember'], ParentType, ContextType, RequireFields<MutationTransferPartyMemberArgs, 'expectedVersion' | 'memberId' | 'toOrganizationId'>>;
}>;

export type PageInfoResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartyActivityResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyActivity'] = ResolversParentTypes['PartyActivity'], FederationReferenceType extends FederationReferenceTypes['PartyActivity'] = FederationReferenceTypes['PartyActivity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartyActivity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attendeeCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  attendees?: Resolver<ResolversTypes['PartyMemberConnection'], ParentType, ContextType, RequireFields<PartyActivityAttendeesArgs, 'first'>>;
  attendingOrganizationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['PartyActivityHistoryConnection'], ParentType, ContextType, RequireFields<PartyActivityHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartyActivityKind'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['PartyOrganization']>, ParentType, ContextType>;
  outputs?: Resolver<Array<ResolversTypes['PartyActivityOutput']>, ParentType, ContextType>;
  participantCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volunteerHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type PartyActivityConnectionResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyActivityConnection'] = ResolversParentTypes['PartyActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartyActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartyActivityEdgeResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyActivityEdge'] = ResolversParentTypes['PartyActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PartyActivity'], ParentType, ContextType>;
}>;

export type PartyActivityHistoryConnectionResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyActivityHistoryConnection'] = ResolversParentTypes['PartyActivityHistoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartyActivityHistoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartyActivityHistoryEdgeResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyActivityHistoryEdge'] = ResolversParentTypes['PartyActivityHistoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HistoryEntry'], ParentType, ContextType>;
}>;

export type PartyActivityOutputResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyActivityOutput'] = ResolversParentTypes['PartyActivityOutput']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PartyBuildingCountResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyBuildingCount'] = ResolversParentTypes['PartyBuildingCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PartyBuildingIndicatorsResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyBuildingIndicators'] = ResolversParentTypes['PartyBuildingIndicators']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  memberAttendances?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  newMembers?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  organizationsByLevel?: Resolver<Array<ResolversTypes['PartyBuildingCount']>, ParentType, ContextType>;
  organizationsBySector?: Resolver<Array<ResolversTypes['PartyBuildingCount']>, ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  volunteerActivities?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  volunteerHours?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
}>;

export type PartyBuildingStatisticsResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyBuildingStatistics'] = ResolversParentTypes['PartyBuildingStatistics']> = ResolversObject<{
  division?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['PartyMemberStatisticsRow']>, ParentType, ContextType, RequireFields<PartyBuildingStatisticsMembersArgs, 'groupBy'>>;
  organizations?: Resolver<Array<ResolversTypes['PartyOrganizationStatisticsRow']>, ParentType, ContextType, RequireFields<PartyBuildingStatisticsOrganizationsArgs, 'groupBy'>>;
}>;

export type PartyEvaluationResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyEvaluation'] = ResolversParentTypes['PartyEvaluation']> = ResolversObject<{
  grade?: Resolver<ResolversTypes['PartyEvaluationGrade'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartyEvaluationKind'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['PartyOrganization'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartyEvaluationConnectionResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyEvaluationConnection'] = ResolversParentTypes['PartyEvaluationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartyEvaluationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartyEvaluationEdgeResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyEvaluationEdge'] = ResolversParentTypes['PartyEvaluationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PartyEvaluation'], ParentType, ContextType>;
}>;

export type PartyMemberResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyMember'] = ResolversParentTypes['PartyMember'], FederationReferenceType extends FederationReferenceTypes['PartyMember'] = FederationReferenceTypes['PartyMember']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartyMember']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<ResolversTypes['PartyActivityConnection'], ParentType, ContextType, RequireFields<PartyMemberActivitiesArgs, 'first'>>;
  birthDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['PartyMemberHistoryConnection'], ParentType, ContextType, RequireFields<PartyMemberHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['PartyOrganization'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['PartyMemberPosition'], ParentType, ContextType>;
  resident?: Resolver<Maybe<ResolversTypes['Resident']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['PartyMemberSex'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PartyMemberStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volunteerHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType, Partial<PartyMemberVolunteerHoursArgs>>;
}>;

export type PartyMemberConnectionResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyMemberConnection'] = ResolversParentTypes['PartyMemberConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartyMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartyMemberEdgeResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyMemberEdge'] = ResolversParentTypes['PartyMemberEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PartyMember'], ParentType, ContextType>;
}>;

export type PartyMemberHistoryConnectionResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyMemberHistoryConnection'] = ResolversParentTypes['PartyMemberHistoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartyMemberHistoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartyMemberHistoryEdgeResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyMemberHistoryEdge'] = ResolversParentTypes['PartyMemberHistoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HistoryEntry'], ParentType, ContextType>;
}>;

export type PartyMemberStatisticsKeysResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyMemberStatisticsKeys'] = ResolversParentTypes['PartyMemberStatisticsKeys']> = ResolversObject<{
  ageBand?: Resolver<Maybe<ResolversTypes['PartyMemberAgeBand']>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  joinYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sex?: Resolver<Maybe<ResolversTypes['PartyMemberSex']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['PartyMemberStatus']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type PartyMemberStatisticsRowResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyMemberStatisticsRow'] = ResolversParentTypes['PartyMemberStatisticsRow']> = ResolversObject<{
  keys?: Resolver<ResolversTypes['PartyMemberStatisticsKeys'], ParentType, ContextType>;
  members?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartyOrganizationResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyOrganization'] = ResolversParentTypes['PartyOrganization'], FederationReferenceType extends FederationReferenceTypes['PartyOrganization'] = FederationReferenceTypes['PartyOrganization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartyOrganization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<ResolversTypes['PartyActivityConnection'], ParentType, ContextType, RequireFields<PartyOrganizationActivitiesArgs, 'first'>>;
  children?: Resolver<ResolversTypes['PartyOrganizationConnection'], ParentType, ContextType, RequireFields<PartyOrganizationChildrenArgs, 'first'>>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  evaluations?: Resolver<ResolversTypes['PartyEvaluationConnection'], ParentType, ContextType, RequireFields<PartyOrganizationEvaluationsArgs, 'first'>>;
  foundedOn?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['PartyOrganizationLevel'], ParentType, ContextType>;
  memberCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<PartyOrganizationMemberCountArgs, 'includeSubordinates'>>;
  members?: Resolver<ResolversTypes['PartyMemberConnection'], ParentType, ContextType, RequireFields<PartyOrganizationMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['PartyOrganization']>, ParentType, ContextType>;
  secretaryName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['PartyOrganizationSector'], ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['Street']>, ParentType, ContextType>;
}>;

export type PartyOrganizationConnectionResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyOrganizationConnection'] = ResolversParentTypes['PartyOrganizationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartyOrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartyOrganizationEdgeResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyOrganizationEdge'] = ResolversParentTypes['PartyOrganizationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PartyOrganization'], ParentType, ContextType>;
}>;

export type PartyOrganizationStatisticsKeysResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyOrganizationStatisticsKeys'] = ResolversParentTypes['PartyOrganizationStatisticsKeys']> = ResolversObject<{
  community?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['PartyOrganizationLevel']>, ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['PartyOrganizationSector']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type PartyOrganizationStatisticsRowResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['PartyOrganizationStatisticsRow'] = ResolversParentTypes['PartyOrganizationStatisticsRow']> = ResolversObject<{
  keys?: Resolver<ResolversTypes['PartyOrganizationStatisticsKeys'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  partyActivities?: Resolver<Maybe<ResolversTypes['PartyActivityConnection']>, ParentType, ContextType, RequireFields<QueryPartyActivitiesArgs, 'first'>>;
  partyBuildingAuditRecords?: Resolver<Maybe<ResolversTypes['AuditRecordConnection']>, ParentType, ContextType, RequireFields<QueryPartyBuildingAuditRecordsArgs, 'first'>>;
  partyBuildingStatistics?: Resolver<Maybe<ResolversTypes['PartyBuildingStatistics']>, ParentType, ContextType, RequireFields<QueryPartyBuildingStatisticsArgs, 'division'>>;
  partyEvaluations?: Resolver<Maybe<ResolversTypes['PartyEvaluationConnection']>, ParentType, ContextType, RequireFields<QueryPartyEvaluationsArgs, 'first'>>;
  partyMember?: Resolver<Maybe<ResolversTypes['PartyMember']>, ParentType, ContextType, RequireFields<QueryPartyMemberArgs, 'id'>>;
  partyMembers?: Resolver<Maybe<ResolversTypes['PartyMemberConnection']>, ParentType, ContextType, RequireFields<QueryPartyMembersArgs, 'first'>>;
  partyOrganization?: Resolver<Maybe<ResolversTypes['PartyOrganization']>, ParentType, ContextType, RequireFields<QueryPartyOrganizationArgs, 'id'>>;
  partyOrganizations?: Resolver<Maybe<ResolversTypes['PartyOrganizationConnection']>, ParentType, ContextType, RequireFields<QueryPartyOrganizationsArgs, 'first'>>;
}>;

export type ResidentResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['Resident'] = ResolversParentTypes['Resident']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type StreetResolvers<ContextType = PartyBuildingContext, ParentType extends ResolversParentTypes['Street'] = ResolversParentTypes['Street'], FederationReferenceType extends FederationReferenceTypes['Street'] = FederationReferenceTypes['Street']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Street']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partyBuildingIndicators?: Resolver<Maybe<ResolversTypes['PartyBuildingIndicators']>, ParentType, ContextType, Partial<StreetPartyBuildingIndicatorsArgs>>;
  partyOrganizations?: Resolver<Maybe<ResolversTypes['PartyOrganizationConnection']>, ParentType, ContextType, RequireFields<StreetPartyOrganizationsArgs, 'first'>>;
}>;

export type Resolvers<ContextType = PartyBuildingContext> = ResolversObject<{
  AuditRecord?: AuditRecordResolvers<ContextType>;
  AuditRecordConnection?: AuditRecordConnectionResolvers<ContextType>;
  AuditRecordEdge?: AuditRecordEdgeResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartyActivity?: PartyActivityResolvers<ContextType>;
  PartyActivityConnection?: PartyActivityConnectionResolvers<ContextType>;
  PartyActivityEdge?: PartyActivityEdgeResolvers<ContextType>;
  PartyActivityHistoryConnection?: PartyActivityHistoryConnectionResolvers<ContextType>;
  PartyActivityHistoryEdge?: PartyActivityHistoryEdgeResolvers<ContextType>;
  PartyActivityOutput?: PartyActivityOutputResolvers<ContextType>;
  PartyBuildingCount?: PartyBuildingCountResolvers<ContextType>;
  PartyBuildingIndicators?: PartyBuildingIndicatorsResolvers<ContextType>;
  PartyBuildingStatistics?: PartyBuildingStatisticsResolvers<ContextType>;
  PartyEvaluation?: PartyEvaluationResolvers<ContextType>;
  PartyEvaluationConnection?: PartyEvaluationConnectionResolvers<ContextType>;
  PartyEvaluationEdge?: PartyEvaluationEdgeResolvers<ContextType>;
  PartyMember?: PartyMemberResolvers<ContextType>;
  PartyMemberConnection?: PartyMemberConnectionResolvers<ContextType>;
  PartyMemberEdge?: PartyMemberEdgeResolvers<ContextType>;
  PartyMemberHistoryConnection?: PartyMemberHistoryConnectionResolvers<ContextType>;
  PartyMemberHistoryEdge?: PartyMemberHistoryEdgeResolvers<ContextType>;
  PartyMemberStatisticsKeys?: PartyMemberStatisticsKeysResolvers<ContextType>;
  PartyMemberStatisticsRow?: PartyMemberStatisticsRowResolvers<ContextType>;
  PartyOrganization?: PartyOrganizationResolvers<ContextType>;
  PartyOrganizationConnection?: PartyOrganizationConnectionResolvers<ContextType>;
  PartyOrganizationEdge?: PartyOrganizationEdgeResolvers<ContextType>;
  PartyOrganizationStatisticsKeys?: PartyOrganizationStatisticsKeysResolvers<ContextType>;
  PartyOrganizationStatisticsRow?: PartyOrganizationStatisticsRowResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Resident?: ResidentResolvers<ContextType>;
  Street?: StreetResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = PartyBuildingContext> = ResolversObject<{
  personal?: PersonalDirectiveResolver<any, any, ContextType>;
}>;
