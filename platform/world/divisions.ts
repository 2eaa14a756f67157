/**
 * The administrative world of the source documents (../shared/seeds): four real districts with
 * their national division codes, the streets and towns the documents name, and the communities
 * and villages they name, filled up with generated names to the counts the documents state
 * (广开街 13 communities, 桐柏路街道 19, 柏庄镇 38 villages). Every subgraph's seeder places
 * its records in these divisions, so the codes agree across domains without any subgraph
 * reading another's collections.
 *
 * Codes: 6 digits district, +3 street (001-099 街道, 100+ 镇), +3 community (001-199 社区,
 * 200+ 村), +3 grid. 大港街道's names are kept in Traditional script, as its document writes them.
 */
export type DivisionLevel = 'DISTRICT' | 'STREET' | 'COMMUNITY' | 'GRID';
export type DivisionKind = 'DISTRICT' | 'STREET' | 'TOWN' | 'COMMUNITY' | 'VILLAGE' | 'GRID';

export interface DivisionSeed {
  code: string;
  name: string;
  level: DivisionLevel;
  kind: DivisionKind;
  parentCode: string | null;
  /** Source document the name or count comes from, when it does. */
  source?: string;
}

interface StreetSpec {
  suffix: string;
  name: string;
  kind: 'STREET' | 'TOWN';
  /** Names from the documents, in order; the rest are generated up to `count`. */
  named: string[];
  count: number;
  source?: string;
}

interface DistrictSpec {
  code: string;
  name: string;
  city: string;
  streets: StreetSpec[];
}

const GENERATED_COMMUNITY_NAMES = [
  '文化里',
  '新华里',
  '长江里',
  '和平里',
  '育才里',
  '春晖里',
  '惠民里',
  '松竹苑',
  '翠园',
  '丽景苑',
  '阳光里',
  '书香园',
  '安居里',
  '华庭',
  '锦绣里',
  '金桥里',
  '迎春里',
  '幸福里',
  '康乐里',
  '向阳里',
];
const GENERATED_TRADITIONAL_NAMES = ['迎賓里', '勝利里', '團結里', '陽光里', '華康里', '學府里'];
const VILLAGE_STEMS = [
  '柏庄',
  '东柏庄',
  '西柏庄',
  '南士旺',
  '北士旺',
  '郭王度',
  '张王度',
  '李王度',
  '后张村',
  '前张村',
  '马家',
  '丁家',
  '王家',
  '刘家',
  '赵家',
  '孙家',
  '周家',
  '吴家',
  '郑家',
  '冯家',
  '陈家',
  '褚家',
  '卫家',
  '蒋家',
  '沈家',
  '韩家',
  '杨家',
  '朱家',
  '秦家',
  '尤家',
  '许家',
  '何家',
  '吕家',
  '施家',
  '孔家',
  '曹家',
  '严家',
  '华家',
  '金家',
  '魏家',
];

export const DISTRICT_SPECS: DistrictSpec[] = [
  {
    code: '120104',
    name: '南开区',
    city: '天津市',
    streets: [
      { suffix: '001', name: '长虹街道', kind: 'STREET', named: [], count: 4 },
      { suffix: '002', name: '鼓楼街道', kind: 'STREET', named: [], count: 4 },
      { suffix: '003', name: '兴南街道', kind: 'STREET', named: [], count: 4 },
      {
        suffix: '004',
        name: '广开街道',
        kind: 'STREET',
        named: ['朝园里', '桦林园', '开明西里', '康舜里'],
        count: 13,
        source: '000',
      },
      { suffix: '005', name: '万兴街道', kind: 'STREET', named: [], count: 4 },
      { suffix: '006', name: '学府街道', kind: 'STREET', named: [], count: 4 },
    ],
  },
  {
    code: '120116',
    name: '滨海新区',
    city: '天津市',
    streets: [
      {
        suffix: '011',
        name: '大港街道',
        kind: 'STREET',
        named: [
          '福苑里',
          '三春里',
          '振業里',
          '春港花園',
          '前進里',
          '興華里',
          '建安里',
          '曙光里',
          '前光里',
          '五方里',
          '榮華里',
        ],
        count: 14,
        source: '004',
      },
      { suffix: '012', name: '古林街道', kind: 'STREET', named: [], count: 4 },
    ],
  },
  {
    code: '410102',
    name: '中原区',
    city: '郑州市',
    streets: [
      { suffix: '001', name: '林山寨街道', kind: 'STREET', named: [], count: 4 },
      { suffix: '002', name: '建设路街道', kind: 'STREET', named: [], count: 4 },
      {
        suffix: '005',
        name: '桐柏路街道',
        kind: 'STREET',
        named: ['风和日丽', '西站西', '西站东', '开元'],
        count: 19,
        source: '001',
      },
      { suffix: '006', name: '三官庙街道', kind: 'STREET', named: [], count: 4 },
    ],
  },
  {
    code: '410503',
    name: '北关区',
    city: '安阳市',
    streets: [
      { suffix: '001', name: '红旗路街道', kind: 'STREET', named: ['红旗北'], count: 5, source: '003' },
      { suffix: '002', name: '灯塔路街道', kind: 'STREET', named: [], count: 5 },
      { suffix: '003', name: '解放路街道', kind: 'STREET', named: [], count: 5 },
      { suffix: '004', name: '豆腐营街道', kind: 'STREET', named: [], count: 5, source: '003' },
      { suffix: '005', name: '彰东街道', kind: 'STREET', named: [], count: 5, source: '003' },
      { suffix: '006', name: '洹北街道', kind: 'STREET', named: [], count: 5 },
      { suffix: '007', name: '彰北街道', kind: 'STREET', named: [], count: 5 },
      { suffix: '008', name: '河北街道', kind: 'STREET', named: ['北辰'], count: 5, source: '003' },
      { suffix: '100', name: '柏庄镇', kind: 'TOWN', named: [], count: 38, source: '003' },
    ],
  },
];

/** Grids per community: deterministic from the code, 2 to 5. */
function gridCount(communityCode: string): number {
  return 2 + (Number(communityCode.slice(-3)) % 4);
}

function generatedNames(street: StreetSpec, streetIndex: number): string[] {
  const names = [...street.named];
  if (street.kind === 'TOWN') {
    for (let i = 0; names.length < street.count; i++) names.push(`${VILLAGE_STEMS[i % VILLAGE_STEMS.length]}村`);
    return names;
  }
  const traditional = street.name === '大港街道';
  const bank = traditional ? GENERATED_TRADITIONAL_NAMES : GENERATED_COMMUNITY_NAMES;
  for (let i = 0; names.length < street.count; i++) {
    const candidate = bank[(streetIndex * 7 + i) % bank.length];
    const round = Math.floor(i / bank.length);
    const name = round === 0 ? candidate : `${candidate}${round + 1}`;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

function communitySuffix(kind: 'STREET' | 'TOWN', index: number): string {
  return String((kind === 'TOWN' ? 200 : 1) + index).padStart(3, '0');
}

function buildDivisions(): DivisionSeed[] {
  const divisions: DivisionSeed[] = [];
  DISTRICT_SPECS.forEach((district) => {
    divisions.push({ code: district.code, name: district.name, level: 'DISTRICT', kind: 'DISTRICT', parentCode: null });
    district.streets.forEach((street, streetIndex) => {
      const streetCode = district.code + street.suffix;
      divisions.push({
        code: streetCode,
        name: street.name,
        level: 'STREET',
        kind: street.kind,
        parentCode: district.code,
        source: street.source,
      });
      generatedNames(street, streetIndex).forEach((name, index) => {
        const isVillage = street.kind === 'TOWN';
        const communityCode = streetCode + communitySuffix(street.kind, index);
        const fullName = `${name}${street.name === '大港街道' ? '社區' : '社区'}`;
        divisions.push({
          code: communityCode,
          name: isVillage ? name : fullName,
          level: 'COMMUNITY',
          kind: isVillage ? 'VILLAGE' : 'COMMUNITY',
          parentCode: streetCode,
          source: street.named.includes(name) ? street.source : undefined,
        });
        for (let g = 1; g <= gridCount(communityCode); g++) {
          divisions.push({
            code: communityCode + String(g).padStart(3, '0'),
            name: `第${g}网格`,
            level: 'GRID',
            kind: 'GRID',
            parentCode: communityCode,
          });
        }
      });
    });
  });
  return divisions;
}

export const DIVISIONS: readonly DivisionSeed[] = buildDivisions();

const BY_CODE = new Map(DIVISIONS.map((division) => [division.code, division]));
const BY_NAME = new Map(DIVISIONS.filter((d) => d.level !== 'GRID').map((division) => [division.name, division]));

export function divisionByCode(code: string): DivisionSeed | undefined {
  return BY_CODE.get(code);
}

/** Looks a district, street or community up by its stored name, e.g. '广开街道' or '福苑里社区'. */
export function divisionByName(name: string): DivisionSeed {
  const division = BY_NAME.get(name);
  if (!division) throw new Error(`no division named ${name}`);
  return division;
}

export function childrenOf(code: string): DivisionSeed[] {
  return DIVISIONS.filter((division) => division.parentCode === code);
}

export function divisionsOfLevel(level: DivisionLevel, within = ''): DivisionSeed[] {
  return DIVISIONS.filter((division) => division.level === level && division.code.startsWith(within));
}
