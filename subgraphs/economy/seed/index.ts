import type { Connection, Model } from 'mongoose';
import { divisionAncestry } from '../../../platform/world/division-code.js';
import { childrenOf, divisionByCode, divisionByName, divisionsOfLevel, type DivisionSeed } from '../../../platform/world/divisions.js';
import { makeCreditCode, makeMobile } from '../../../platform/world/identifiers.js';
import { enterpriseId, GUARANTEED_ENTERPRISES_PER_COMMUNITY } from '../../../platform/world/keys.js';
import { SeededRandom } from '../../../platform/world/random.js';
import { shanghaiDay, shanghaiTime } from '../../../platform/query/calendar.js';
import {
  BEIGUAN_DECEMBER_TRIP,
  BEIGUAN_DEPARTMENTS,
  BEIGUAN_NAMED_PROJECTS,
  BEIGUAN_OTHER_LARGE_PROJECTS,
  BEIGUAN_TRIPS,
  DAGANG_TRAINING,
  DAGANG_VISIT_ACTIVITY,
  DAGANG_VISITED_ENTERPRISES,
  GUANGKAI_CARD,
  GUANGKAI_PROBLEMS,
  GUANGKAI_SERVICE_GROUPS,
  GUANGKAI_TAX_COOPERATING,
  INVESTMENT_DESTINATIONS,
  NANKAI_2012_KEY_PROJECTS,
  NANKAI_2012_TARGETS,
  NANKAI_BUILDINGS,
  TONGBAI_INTRODUCED,
  TONGBAI_TAX_2007_YUAN,
} from './documented.js';
import { HUNDRED_MILLION_YUAN_FEN } from '../indicators.js';
import { withSearchNames } from '../../../platform/query/search-name.js';
import {
  createEconomyModels,
  INDUSTRIES,
  PROBLEM_STATUSES,
  type BuildingRecord,
  type EnterpriseRecord,
  type Industry,
  type InvestmentProjectRecord,
  type InvestmentTripRecord,
  type ProjectStage,
  type ServiceVisitRecord,
  type TargetRecord,
  type TaxRecordRecord,
  type TripLeaderLevel,
} from '../models.js';

/**
 * The economy world: the documents' records (documented.ts) plus generated detail that never
 * touches a documented figure. Generated records keep out of the documented periods and
 * divisions (北关区 trips only in 2019/2021, 桐柏路 projects only from 2018, 2007 tax only the
 * documented total), or out of the documented subset (北关区 2020 projects under 1亿).
 * `scale` multiplies generated volumes only.
 */
export interface SeedReport {
  database: 'economy';
  counts: Record<string, number>;
}

const GENERATED_ENTERPRISES_PER_COMMUNITY = 3;
const GENERATED_PROJECTS_PER_DISTRICT = 10;
const GENERATED_TRIPS_PER_DISTRICT = 6;
const BEIGUAN = '410503';
const NANKAI = '120104';
const YI_FEN = HUNDRED_MILLION_YUAN_FEN;
const EPOCH = new Date(0);

/** A documented date (YYYY-MM-DD) at an hour in Asia/Shanghai. */
function shanghaiDate(isoDate: string, hour = 9): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return shanghaiTime(y, m, d, hour);
}

function stamp(code: string) {
  return { divisionCode: code, ...divisionAncestry(code) };
}

function yiToFen(amountYi: number): number {
  // One decimal of 亿 is 1,000万 = 1e9 fen: integer arithmetic keeps sums exact.
  return Math.round(amountYi * 10) * (YI_FEN / 10);
}

function shuffle<T>(items: T[], random: SeededRandom): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

const NAME_STEMS = ['华信', '恒达', '鑫源', '联创', '博远', '天宇', '中兴', '永泰', '宏达', '金盛', '瑞丰', '新宇', '嘉禾', '锦程', '泰和', '广源', '德润', '正阳'];
const INDUSTRY_WORDS: Record<Industry, string> = {
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
const PROJECT_WORDS: Record<Industry, string> = {
  PETROCHEMICAL: '精细化工', TEXTILE_APPAREL: '服装加工', HIGH_END_EQUIPMENT: '装备制造', ELECTRONICS_IT: '电子信息',
  TECHNOLOGY_SERVICES: '科技研发', FINANCE: '金融服务', REAL_ESTATE: '商住开发', COMMERCE: '商贸中心',
  BUSINESS_SERVICES: '商务服务', CULTURE_TOURISM: '文旅融合', LOGISTICS: '物流仓储',
};
const CITY_PREFIX: Record<string, string> = { '120104': '天津', '120116': '天津', '410102': '郑州', '410503': '安阳' };

class EconomyWorld {
  readonly enterprises: EnterpriseRecord[] = [];
  readonly projects: InvestmentProjectRecord[] = [];
  readonly trips: InvestmentTripRecord[] = [];
  readonly taxRecords: TaxRecordRecord[] = [];
  readonly visits: ServiceVisitRecord[] = [];
  readonly buildings: BuildingRecord[] = [];
  readonly targets: TargetRecord[] = [];
  private readonly creditCodes = new Set<string>();
  private readonly buildingsByStreet = new Map<string, BuildingRecord[]>();

  constructor(
    private readonly random: SeededRandom,
    private readonly scale: number,
  ) {}

  private creditCode(districtCode: string): string {
    for (;;) {
      const code = makeCreditCode(districtCode, this.random);
      if (!this.creditCodes.has(code)) {
        this.creditCodes.add(code);
        return code;
      }
    }
  }

  private addBuilding(name: string, streetCode: string, annualTaxFen: number, billionYuanSince: number | null): void {
    const building: BuildingRecord = {
      _id: `bld-${streetCode}-${String(this.buildings.length).padStart(4, '0')}`,
      name,
      annualTaxFen,
      billionYuan: billionYuanSince !== null,
      billionYuanSince,
      ...stamp(streetCode),
    };
    this.buildings.push(building);
    this.buildingsByStreet.set(streetCode, [...(this.buildingsByStreet.get(streetCode) ?? []), building]);
  }

  buildBuildings(): void {
    for (const building of NANKAI_BUILDINGS) {
      this.addBuilding(building.name, divisionByName(building.street).code, building.annualTaxWan * 10_000 * 100, building.billionYuanSince);
    }
    for (const street of divisionsOfLevel('STREET').filter((s) => !s.code.startsWith(NANKAI))) {
      for (let i = 0; i < this.scale; i++) {
        const billion = this.random.chance(0.2);
        const taxWan = billion ? this.random.int(10_000, 20_000) : this.random.int(500, 9_000);
        this.addBuilding(`${street.name.replace(/街道|镇/, '')}${this.random.pick(NAME_STEMS)}大厦`, street.code, taxWan * 10_000 * 100, billion ? this.random.int(2015, 2020) : null);
      }
    }
  }

  private addEnterprise(community: DivisionSeed, index: number, fields: Partial<EnterpriseRecord> & { name?: string; industry?: Industry }): EnterpriseRecord {
    const districtCode = community.code.slice(0, 6);
    const industry = fields.industry ?? this.random.pick(INDUSTRIES);
    const techSme = districtCode === NANKAI ? this.random.chance(0.45) : this.random.chance(0.2);
    const streetBuildings = this.buildingsByStreet.get(community.code.slice(0, 9)) ?? [];
    const enterprise: EnterpriseRecord = {
      _id: enterpriseId(community.code, index),
      creditCode: this.creditCode(districtCode),
      name: fields.name ?? `${CITY_PREFIX[districtCode]}${this.random.pick(NAME_STEMS)}${INDUSTRY_WORDS[industry]}`,
      industry,
      taxCooperating: this.random.chance(0.3),
      techSme,
      littleGiant: techSme && this.random.chance(0.08),
      nonPublic: this.random.chance(0.92),
      address: `${community.name}${this.random.int(1, 200)}号`,
      buildingId: streetBuildings.length > 0 && this.random.chance(0.25) ? this.random.pick(streetBuildings)._id : null,
      establishedAt: shanghaiTime(this.random.int(1998, 2019), this.random.int(1, 12), this.random.int(1, 28)),
      legalRepresentativePhone: makeMobile(this.random),
      ...stamp(community.code),
      ...fields,
    };
    this.enterprises.push(enterprise);
    return enterprise;
  }

  buildEnterprises(): void {
    const guangkai = divisionByName('广开街道').code;
    let guangkaiCooperating = 0;
    for (const community of divisionsOfLevel('COMMUNITY')) {
      const inGuangkai = community.code.startsWith(guangkai);
      const count = GUARANTEED_ENTERPRISES_PER_COMMUNITY + GENERATED_ENTERPRISES_PER_COMMUNITY * this.scale;
      for (let i = 0; i < count; i++) {
        // 广开街道: exactly the first 24 guaranteed enterprises cooperate on tax (000).
        const taxCooperating = inGuangkai ? i < GUARANTEED_ENTERPRISES_PER_COMMUNITY && guangkaiCooperating++ < GUANGKAI_TAX_COOPERATING : undefined;
        this.addEnterprise(community, i, taxCooperating === undefined ? {} : { taxCooperating });
      }
    }
    const tongbai = childrenOf(divisionByName('桐柏路街道').code);
    TONGBAI_INTRODUCED.forEach((introduced, k) => {
      const signedAt = shanghaiDate(introduced.signedAt);
      const enterprise = this.addEnterprise(tongbai[k % tongbai.length], 800 + k, { name: introduced.name, industry: introduced.industry, establishedAt: signedAt });
      this.projects.push(this.project(`${introduced.name}落户项目`, introduced.industry, introduced.amountWan * 10_000 * 100, 'COMPLETED', signedAt, enterprise.divisionCode, {
        enterpriseId: enterprise._id,
        investorName: introduced.name,
      }));
    });
    const dagang = childrenOf(divisionByName('大港街道').code);
    DAGANG_VISITED_ENTERPRISES.forEach((named, k) => {
      this.addEnterprise(dagang[k % dagang.length], 900 + k, { name: named.name, industry: named.industry, nonPublic: true, establishedAt: shanghaiTime(2005 + k, 4, 1) });
    });
  }

  private project(
    name: string,
    industry: Industry,
    amountFen: number,
    stage: ProjectStage,
    signedAt: Date | null,
    divisionCode: string,
    extra: Partial<InvestmentProjectRecord> = {},
  ): InvestmentProjectRecord {
    return {
      _id: `prj-${divisionCode.slice(0, 6)}-${String(this.projects.length).padStart(5, '0')}`,
      name,
      industry,
      amountFen,
      stage,
      signedAt,
      signedSortKey: signedAt ?? EPOCH,
      investorName: null,
      enterpriseId: null,
      keyProjectCategory: null,
      keyProjectYear: null,
      ...stamp(divisionCode),
      ...extra,
    };
  }

  buildDocumentedProjects(): void {
    const streets = childrenOf(BEIGUAN);
    [...BEIGUAN_NAMED_PROJECTS, ...BEIGUAN_OTHER_LARGE_PROJECTS].forEach((documented, k, all) => {
      const street = streets[k % streets.length];
      const communities = childrenOf(street.code);
      const community = communities[Math.floor(k / streets.length) % communities.length];
      const signedAt = new Date(shanghaiTime(2020, 1, 8, 10).getTime() + Math.floor((k * 320) / all.length) * 86_400_000);
      this.projects.push(this.project(documented.name, documented.industry, yiToFen(documented.amountYi), k % 3 === 0 ? 'STARTED' : 'SIGNED', signedAt, community.code));
    });
    for (const keyProject of NANKAI_2012_KEY_PROJECTS) {
      const signedAt = shanghaiTime(2011, this.random.int(1, 12), this.random.int(1, 28), 10);
      this.projects.push(this.project(keyProject.name, keyProject.industry, yiToFen(keyProject.amountYi), 'STARTED', signedAt, divisionByName(keyProject.street).code, {
        keyProjectCategory: keyProject.category,
        keyProjectYear: 2012,
      }));
    }
  }

  buildGeneratedProjects(): void {
    const stages: ProjectStage[] = ['LEAD', 'NEGOTIATING', 'SIGNED', 'STARTED', 'COMPLETED'];
    for (const district of divisionsOfLevel('DISTRICT')) {
      const communities = divisionsOfLevel('COMMUNITY', district.code);
      for (let i = 0; i < GENERATED_PROJECTS_PER_DISTRICT * this.scale; i++) {
        const community = this.random.pick(communities);
        const industry = this.random.pick(INDUSTRIES);
        const stage = this.random.pick(stages);
        const year = this.random.pick([2018, 2019, 2020, 2021]);
        const signedAt = stage === 'LEAD' || stage === 'NEGOTIATING' ? null : shanghaiTime(year, this.random.int(1, 12), this.random.int(1, 28), 10);
        // 北关区's documented 2020 figure is the 45 projects of at least 1亿: others stay below.
        const small = district.code === BEIGUAN && year === 2020;
        const amountFen = small ? this.random.int(1_000, 9_900) * 10_000 * 100 : this.random.int(2_000, 50_000) * 10_000 * 100;
        this.projects.push(this.project(`${this.random.pick(NAME_STEMS)}${PROJECT_WORDS[industry]}项目`, industry, amountFen, stage, signedAt, community.code, {
          enterpriseId: this.random.chance(0.5) ? enterpriseId(community.code, this.random.int(0, GUARANTEED_ENTERPRISES_PER_COMMUNITY - 1)) : null,
        }));
      }
    }
  }

  private trip(level: TripLeaderLevel, leader: string, divisionCode: string, startedAt: Date, days: number, projectsNegotiated: number, visited: string[] = []): InvestmentTripRecord {
    return {
      _id: `trp-${divisionCode.slice(0, 6)}-${String(this.trips.length).padStart(5, '0')}`,
      leaderLevel: level,
      leader,
      destination: this.random.pick(INVESTMENT_DESTINATIONS),
      visitedOrganizations: visited,
      startedAt,
      endedAt: new Date(startedAt.getTime() + days * 86_400_000),
      projectsNegotiated,
      ...stamp(divisionCode),
    };
  }

  private leaderOf(level: TripLeaderLevel, street: DivisionSeed): { leader: string; code: string } {
    if (level === 'TOP_LEADER') return { leader: this.random.pick(['区委书记', '区长']), code: street.parentCode ?? street.code };
    if (level === 'COUNTY_LEADER') return { leader: this.random.pick(['副区长', '区委常委', '区人大常委会副主任', '区政协副主席']), code: street.parentCode ?? street.code };
    if (level === 'DEPARTMENT') return { leader: this.random.pick(BEIGUAN_DEPARTMENTS), code: street.parentCode ?? street.code };
    return { leader: `${street.name}${street.kind === 'TOWN' ? '政府' : '办事处'}`, code: street.code };
  }

  buildTrips(): void {
    const beiguanStreets = childrenOf(BEIGUAN);
    const levels: TripLeaderLevel[] = [
      ...Array<TripLeaderLevel>(BEIGUAN_TRIPS.topLeader).fill('TOP_LEADER'),
      ...Array<TripLeaderLevel>(BEIGUAN_TRIPS.countyLeader).fill('COUNTY_LEADER'),
      ...Array<TripLeaderLevel>(BEIGUAN_TRIPS.department).fill('DEPARTMENT'),
      ...Array<TripLeaderLevel>(BEIGUAN_TRIPS.street).fill('STREET'),
    ];
    const order = shuffle(levels, this.random.fork('beiguan-trips'));
    order.forEach((level, i) => {
      // 126 negotiated projects spread as evenly as whole numbers allow over the 172 trips.
      const negotiated = Math.floor((BEIGUAN_TRIPS.projectsNegotiated * (i + 1)) / order.length) - Math.floor((BEIGUAN_TRIPS.projectsNegotiated * i) / order.length);
      const startedAt = new Date(shanghaiTime(2020, 1, 3, 8).getTime() + Math.floor((i * 325) / order.length) * 86_400_000);
      const { leader, code } = this.leaderOf(level, beiguanStreets[i % beiguanStreets.length]);
      this.trips.push(this.trip(level, leader, code, startedAt, this.random.int(1, 4), negotiated));
    });
    const december = this.trip('TOP_LEADER', BEIGUAN_DECEMBER_TRIP.leader, BEIGUAN, new Date(BEIGUAN_DECEMBER_TRIP.startedAt), 0, BEIGUAN_DECEMBER_TRIP.projectsNegotiated, BEIGUAN_DECEMBER_TRIP.visitedOrganizations);
    this.trips.push({ ...december, destination: BEIGUAN_DECEMBER_TRIP.destination, endedAt: new Date(BEIGUAN_DECEMBER_TRIP.endedAt) });

    for (const district of divisionsOfLevel('DISTRICT')) {
      const streets = childrenOf(district.code);
      // 北关区's 2020 trips are exactly the documented ones; generated ones go to other years.
      const years = district.code === BEIGUAN ? [2019, 2021] : [2019, 2020, 2021];
      for (let i = 0; i < GENERATED_TRIPS_PER_DISTRICT * this.scale; i++) {
        const level = this.random.pick<TripLeaderLevel>(['TOP_LEADER', 'COUNTY_LEADER', 'DEPARTMENT', 'STREET']);
        const { leader, code } = this.leaderOf(level, this.random.pick(streets));
        const startedAt = shanghaiTime(this.random.pick(years), this.random.int(1, 12), this.random.int(1, 28), 8);
        this.trips.push(this.trip(level, leader, code, startedAt, this.random.int(1, 4), this.random.int(0, 3)));
      }
    }
  }

  buildTaxRecords(): void {
    const addRecord = (enterprise: EnterpriseRecord, year: number, month: number, amountFen: number) =>
      this.taxRecords.push({
        _id: `tax-${enterprise._id}-${year}${String(month).padStart(2, '0')}`,
        enterpriseId: enterprise._id,
        year,
        month,
        period: shanghaiTime(year, month, 1),
        amountFen,
        ...stamp(enterprise.divisionCode),
      });
    for (const enterprise of this.enterprises) {
      for (let month = 1; month <= 12; month++) addRecord(enterprise, 2020, month, this.random.int(5_000, 300_000) * 100);
    }
    // 桐柏路街道 2007 (001): the documented total, split over every month each enterprise then existed.
    const tongbai = divisionByName('桐柏路街道').code;
    const slots: { enterprise: EnterpriseRecord; month: number; weight: number }[] = [];
    for (const enterprise of this.enterprises.filter((e) => e.streetCode === tongbai && e.establishedAt < shanghaiTime(2007, 12, 1))) {
      const firstMonth = enterprise.establishedAt < shanghaiTime(2007, 1, 1) ? 1 : shanghaiDay(enterprise.establishedAt).month + 1;
      for (let month = firstMonth; month <= 12; month++) slots.push({ enterprise, month, weight: this.random.int(1, 100) });
    }
    const totalFen = TONGBAI_TAX_2007_YUAN * 100;
    const totalWeight = slots.reduce((sum, slot) => sum + slot.weight, 0);
    const amounts = slots.map((slot) => Math.floor((totalFen * slot.weight) / totalWeight));
    amounts[0] += totalFen - amounts.reduce((sum, amount) => sum + amount, 0);
    slots.forEach((slot, k) => addRecord(slot.enterprise, 2007, slot.month, amounts[k]));
  }

  private visit(enterprise: EnterpriseRecord, fields: Omit<ServiceVisitRecord, '_id' | 'enterpriseId' | keyof ReturnType<typeof stamp>>): void {
    this.visits.push({ _id: `svc-${String(this.visits.length).padStart(6, '0')}`, enterpriseId: enterprise._id, ...fields, ...stamp(enterprise.divisionCode) });
  }

  buildServiceVisits(): void {
    const guangkai = divisionByName('广开街道').code;
    this.enterprises
      .filter((e) => e.streetCode === guangkai && e.taxCooperating)
      .forEach((enterprise, k) => {
        const problem = k % 3 === 2 ? null : GUANGKAI_PROBLEMS[k % GUANGKAI_PROBLEMS.length];
        this.visit(enterprise, {
          kind: 'CONTACT_CARD_VISIT',
          activity: GUANGKAI_CARD,
          serviceGroup: GUANGKAI_SERVICE_GROUPS[k % GUANGKAI_SERVICE_GROUPS.length],
          visitedAt: shanghaiTime(2010, 3 + (k % 8), 5 + k, 9),
          problem,
          problemStatus: problem === null ? null : k % 2 === 0 ? 'RESOLVED' : 'IN_PROGRESS',
        });
      });

    const dagang = divisionByName('大港街道').code;
    const dagangEnterprises = this.enterprises.filter((e) => e.streetCode === dagang);
    const named = DAGANG_VISITED_ENTERPRISES.map((n) => dagangEnterprises.find((e) => e.name === n.name)).filter((e): e is EnterpriseRecord => e !== undefined);
    named.forEach((enterprise, k) =>
      this.visit(enterprise, {
        kind: 'PROBLEM_SOLVING_VISIT',
        activity: DAGANG_VISIT_ACTIVITY,
        serviceGroup: '大港街道走訪組',
        visitedAt: shanghaiTime(2016, 4, 6 + k * 3, 9),
        problem: '企業發展中存在的問題（已采集）',
        problemStatus: 'IN_PROGRESS',
      }),
    );
    const trained = [...named, ...dagangEnterprises.filter((e) => !named.includes(e))].slice(0, DAGANG_TRAINING.participants);
    if (trained.length < DAGANG_TRAINING.participants) throw new Error('大港街道 has too few enterprises for the documented training');
    for (const enterprise of trained) {
      this.visit(enterprise, {
        kind: 'TRAINING',
        activity: DAGANG_TRAINING.activity,
        serviceGroup: DAGANG_TRAINING.organizer,
        visitedAt: new Date(DAGANG_TRAINING.heldAt),
        problem: null,
        problemStatus: null,
      });
    }

    for (const enterprise of this.enterprises) {
      if (!this.random.chance(0.3)) continue;
      const street = divisionByCode(enterprise.streetCode ?? '')?.name ?? '';
      const group = enterprise.streetCode === guangkai ? this.random.pick(GUANGKAI_SERVICE_GROUPS) : `${street}第${this.random.int(1, 3)}服务组`;
      const hasProblem = this.random.chance(0.6);
      this.visit(enterprise, {
        kind: this.random.pick(['CONTACT_CARD_VISIT', 'PROBLEM_SOLVING_VISIT'] as const),
        activity: '企业走访服务',
        serviceGroup: group,
        visitedAt: shanghaiTime(this.random.pick([2019, 2020]), this.random.int(1, 12), this.random.int(1, 28), 9),
        problem: hasProblem ? this.random.pick(GUANGKAI_PROBLEMS) : null,
        problemStatus: hasProblem ? this.random.pick(PROBLEM_STATUSES) : null,
      });
    }
  }

  buildTargets(): void {
    for (const target of NANKAI_2012_TARGETS) {
      this.targets.push({ _id: `tgt-${NANKAI}-2012-${target.key}`, divisionCode: NANKAI, year: 2012, ...target, source: '002 中共南开区委2012年工作要点' });
    }
  }
}

const BATCH = 2_000;

async function replace<T>(model: Model<T>, docs: T[]): Promise<number> {
  await model.deleteMany({}).exec();
  const named = withSearchNames(model, docs);
  for (let i = 0; i < named.length; i += BATCH) {
    await model.collection.insertMany(named.slice(i, i + BATCH) as never[], { ordered: false });
  }
  await model.createIndexes();
  return docs.length;
}

export async function seedEconomy(connection: Connection, options: { scale: number; seed: number }): Promise<SeedReport> {
  const scale = Math.max(1, Math.floor(options.scale));
  const world = new EconomyWorld(new SeededRandom(options.seed).fork('economy'), scale);
  world.buildBuildings();
  world.buildEnterprises();
  world.buildDocumentedProjects();
  world.buildGeneratedProjects();
  world.buildTrips();
  world.buildTaxRecords();
  world.buildServiceVisits();
  world.buildTargets();

  const models = createEconomyModels(connection);
  const counts = {
    buildings: await replace(models.Building, world.buildings),
    enterprises: await replace(models.Enterprise, world.enterprises),
    investmentProjects: await replace(models.InvestmentProject, world.projects),
    investmentTrips: await replace(models.InvestmentTrip, world.trips),
    taxRecords: await replace(models.TaxRecord, world.taxRecords),
    serviceVisits: await replace(models.ServiceVisit, world.visits),
    targets: await replace(models.Target, world.targets),
  };
  return { database: 'economy', counts };
}
