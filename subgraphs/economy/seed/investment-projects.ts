import { childrenOf, divisionByName, divisionsOfLevel } from '../../../platform/world/divisions.js';
import { enterpriseId, GUARANTEED_ENTERPRISES_PER_COMMUNITY } from '../../../platform/world/keys.js';
import { shanghaiTime } from '../../../platform/query/calendar.js';
import { HUNDRED_MILLION_YUAN_FEN } from '../indicators.js';
import { INDUSTRIES, type Industry, type InvestmentProjectRecord, type ProjectStage } from '../models.js';
import { BEIGUAN_NAMED_PROJECTS, BEIGUAN_OTHER_LARGE_PROJECTS, NANKAI_2012_KEY_PROJECTS } from './documented.js';
import { NAME_STEMS, PROJECT_WORDS } from './names.js';
import { BEIGUAN, stamp, type EconomyWorld } from './world.js';

const GENERATED_PROJECTS_PER_DISTRICT = 10;
const YI_FEN = HUNDRED_MILLION_YUAN_FEN;
const EPOCH = new Date(0);

function yiToFen(amountYi: number): number {
  // One decimal of 亿 is 1,000万 = 1e9 fen: integer arithmetic keeps sums exact.
  return Math.round(amountYi * 10) * (YI_FEN / 10);
}

/** A project record numbered in the world's order (桐柏路's introduced enterprises add theirs in enterprises.ts). */
export function projectRecord(
  world: EconomyWorld,
  name: string,
  industry: Industry,
  amountFen: number,
  stage: ProjectStage,
  signedAt: Date | null,
  divisionCode: string,
  extra: Partial<InvestmentProjectRecord> = {},
): InvestmentProjectRecord {
  return {
    _id: `prj-${divisionCode.slice(0, 6)}-${String(world.projects.length).padStart(5, '0')}`,
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

export function buildDocumentedProjects(world: EconomyWorld): void {
  const streets = childrenOf(BEIGUAN);
  [...BEIGUAN_NAMED_PROJECTS, ...BEIGUAN_OTHER_LARGE_PROJECTS].forEach((documented, k, all) => {
    const street = streets[k % streets.length];
    const communities = childrenOf(street.code);
    const community = communities[Math.floor(k / streets.length) % communities.length];
    const signedAt = new Date(shanghaiTime(2020, 1, 8, 10).getTime() + Math.floor((k * 320) / all.length) * 86_400_000);
    world.projects.push(
      projectRecord(
        world,
        documented.name,
        documented.industry,
        yiToFen(documented.amountYi),
        k % 3 === 0 ? 'STARTED' : 'SIGNED',
        signedAt,
        community.code,
      ),
    );
  });
  for (const keyProject of NANKAI_2012_KEY_PROJECTS) {
    const signedAt = shanghaiTime(2011, world.random.int(1, 12), world.random.int(1, 28), 10);
    world.projects.push(
      projectRecord(
        world,
        keyProject.name,
        keyProject.industry,
        yiToFen(keyProject.amountYi),
        'STARTED',
        signedAt,
        divisionByName(keyProject.street).code,
        {
          keyProjectCategory: keyProject.category,
          keyProjectYear: 2012,
        },
      ),
    );
  }
}

export function buildGeneratedProjects(world: EconomyWorld): void {
  const stages: ProjectStage[] = ['LEAD', 'NEGOTIATING', 'SIGNED', 'STARTED', 'COMPLETED'];
  for (const district of divisionsOfLevel('DISTRICT')) {
    const communities = divisionsOfLevel('COMMUNITY', district.code);
    for (let i = 0; i < GENERATED_PROJECTS_PER_DISTRICT * world.scale; i++) {
      const community = world.random.pick(communities);
      const industry = world.random.pick(INDUSTRIES);
      const stage = world.random.pick(stages);
      const year = world.random.pick([2018, 2019, 2020, 2021]);
      const signedAt =
        stage === 'LEAD' || stage === 'NEGOTIATING'
          ? null
          : shanghaiTime(year, world.random.int(1, 12), world.random.int(1, 28), 10);
      // 北关区's documented 2020 figure is the 45 projects of at least 1亿: others stay below.
      const small = district.code === BEIGUAN && year === 2020;
      const amountFen = small
        ? world.random.int(1_000, 9_900) * 10_000 * 100
        : world.random.int(2_000, 50_000) * 10_000 * 100;
      world.projects.push(
        projectRecord(
          world,
          `${world.random.pick(NAME_STEMS)}${PROJECT_WORDS[industry]}项目`,
          industry,
          amountFen,
          stage,
          signedAt,
          community.code,
          {
            enterpriseId: world.random.chance(0.5)
              ? enterpriseId(community.code, world.random.int(0, GUARANTEED_ENTERPRISES_PER_COMMUNITY - 1))
              : null,
          },
        ),
      );
    }
  }
}
