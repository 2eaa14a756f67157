import { divisionAncestry } from '../../../platform/world/division-code.js';
import type { SeededRandom } from '../../../platform/world/random.js';
import { divisionByName, divisionsOfLevel } from '../../../platform/world/divisions.js';
import { shanghaiTime } from '../../../platform/query/calendar.js';
import {
  noticeReadId,
  searchTitleOf,
  type NoticeCategory,
  type NoticeReadRecord,
  type NoticeRecord,
} from '../models.js';

/**
 * Seeded notices: 大港街道's 慧·安大港 platform in 2016 (信息发布, in the document's Traditional
 * script: the job fair, the tree planting at 福苑里, bare-ground covering, the beautiful-community
 * applications, access-control gates) and 南开区's 2012 notices (the leaders' reception days,
 * old residential areas, civilized model estates). Seeded notices carry no history: they count as
 * version 0, like every seeded record. Read counts are deterministic from the seed.
 */
interface NoticeSeed {
  publisher: string;
  targets?: string[];
  title: string;
  body: string;
  category: NoticeCategory;
  /** Asia/Shanghai date of publication. */
  date: string;
  withdrawn?: string;
}

const community = (name: string) => divisionByName(name).code;
const DAGANG = divisionByName('大港街道').code;
const GUANGKAI = divisionByName('广开街道').code;
const NANKAI = divisionByName('南开区').code;

const NOTICES: NoticeSeed[] = [
  {
    publisher: DAGANG,
    title: '「慧·安大港」信息發佈平台上線運行',
    body: '街道綜合信息平台即日起向轄區居民發佈政策、服務、安全與活動信息。',
    category: 'POLICY',
    date: '2016-01-08',
  },
  {
    publisher: DAGANG,
    title: '2016年春風行動大型招聘會通知',
    body: '3月5日舉辦春風行動大型招聘會，75家企業到場，提供就業崗位。',
    category: 'SERVICE',
    date: '2016-02-25',
  },
  {
    publisher: DAGANG,
    targets: [community('福苑里社區')],
    title: '福苑里社區義務植樹活動招募志願者',
    body: '歡迎居民報名參加植樹活動，共建綠色家園。',
    category: 'ACTIVITY',
    date: '2016-03-20',
  },
  {
    publisher: DAGANG,
    title: '裸露地面苫蓋及揚塵治理通告',
    body: '轄區內裸露地面一律苫蓋，請各單位配合。',
    category: 'SAFETY',
    date: '2016-04-06',
  },
  {
    publisher: DAGANG,
    targets: ['振業里社區', '春港花園社區', '前進里社區', '興華里社區'].map(community),
    title: '美麗社區創建申報公示',
    body: '振業里、春港花園、前進里、興華里四個社區申報美麗社區，現予公示。',
    category: 'POLICY',
    date: '2016-05-16',
  },
  {
    publisher: DAGANG,
    title: '樓棟門禁系統安裝入戶通知',
    body: '門禁系統安裝期間請居民配合登記。',
    category: 'SAFETY',
    date: '2016-07-11',
  },
  {
    publisher: DAGANG,
    title: '老年日間照料中心開放時間調整',
    body: '照料中心開放時間調整如下。',
    category: 'SERVICE',
    date: '2016-09-01',
    withdrawn: '2016-09-03',
  },
  {
    publisher: NANKAI,
    title: '南开区2012年领导干部大接访活动安排',
    body: '区级领导每月定期接待来访群众，现将接访日程公布如下。',
    category: 'POLICY',
    date: '2012-01-16',
  },
  {
    publisher: NANKAI,
    title: '关于开展老旧小区综合整治的通知',
    body: '2012年全区完成46个老旧小区综合整治。',
    category: 'SERVICE',
    date: '2012-03-02',
  },
  {
    publisher: NANKAI,
    title: '创建文明小区活动通知',
    body: '2012年创建20个文明示范小区，欢迎居民参与。',
    category: 'ACTIVITY',
    date: '2012-04-09',
  },
  {
    publisher: GUANGKAI,
    targets: ['朝园里社区', '桦林园社区', '开明西里社区', '康舜里社区'].map(community),
    title: '广开街居民小区提升改造施工公告',
    body: '朝园里、桦林园、开明西里、康舜里四个居民小区开展提升改造，施工期间请注意安全。',
    category: 'SAFETY',
    date: '2012-05-14',
  },
];

/** 09:00 Asia/Shanghai on a YYYY-MM-DD day. */
function at(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return shanghaiTime(year, month, day, 9);
}

export function seedNotices(random: SeededRandom): { notices: NoticeRecord[]; reads: NoticeReadRecord[] } {
  const notices = NOTICES.map((seed, i): NoticeRecord => ({
    _id: `notice-${String(i + 1).padStart(4, '0')}`,
    divisionCode: seed.publisher,
    ...divisionAncestry(seed.publisher),
    title: seed.title,
    searchTitle: searchTitleOf(seed.title),
    body: seed.body,
    category: seed.category,
    status: seed.withdrawn ? 'WITHDRAWN' : 'PUBLISHED',
    targetCodes: seed.targets ?? [seed.publisher],
    draftedAt: at(seed.date),
    publishedAt: at(seed.date),
    withdrawnAt: seed.withdrawn ? at(seed.withdrawn) : null,
  }));
  const reads = notices.flatMap((notice) =>
    divisionsOfLevel('COMMUNITY', notice.divisionCode)
      .filter((c) => notice.targetCodes.some((target) => c.code.startsWith(target)))
      .map((c) => ({
        _id: noticeReadId(notice._id, c.code),
        noticeId: notice._id,
        communityCode: c.code,
        count: random.int(5, 120),
      })),
  );
  return { notices, reads };
}
