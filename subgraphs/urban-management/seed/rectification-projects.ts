import { divisionAncestry } from '../../../platform/world/division-code.js';
import type { DivisionSeed } from '../../../platform/world/divisions.js';
import type { SeededRandom } from '../../../platform/world/random.js';
import type { RectificationKind } from '../__generated__/resolvers-types.js';
import type { RectificationProjectRecord } from '../models.js';
import { day, DOCUMENTED_PROJECT_YEARS } from './documented.js';

/** Generated rectification projects: up to two a community, in years no document covers. */
const HOUR_MS = 3_600_000;
const GENERATED_PROJECT_YEARS = [2017, 2018, 2019, 2020];

const GENERATED_KINDS: RectificationKind[] = [
  'GREENING',
  'OLD_RESIDENTIAL_RENOVATION',
  'RESIDENTIAL_AREA',
  'BARE_GROUND_COVER',
  'ILLEGAL_CONSTRUCTION_DEMOLITION',
];
const KIND_NAMES: Partial<Record<RectificationKind, string>> = {
  GREENING: '绿化提升',
  OLD_RESIDENTIAL_RENOVATION: '老旧小区改造',
  RESIDENTIAL_AREA: '居民区综合整治',
  BARE_GROUND_COVER: '裸露地面苫盖',
  ILLEGAL_CONSTRUCTION_DEMOLITION: '违法建设拆除',
};

export function generateProjects(
  random: SeededRandom,
  communities: DivisionSeed[],
  scale: number,
): Omit<RectificationProjectRecord, '_id'>[] {
  const projects: Omit<RectificationProjectRecord, '_id'>[] = [];
  for (const community of communities) {
    const local = random.fork(`project:${community.code}`);
    const count = Math.round(local.int(0, 2) * scale);
    for (let i = 0; i < count; i++) {
      const kind = local.pick(GENERATED_KINDS);
      const year = local.pick(
        GENERATED_PROJECT_YEARS.filter((candidate) => !DOCUMENTED_PROJECT_YEARS.includes(candidate)),
      );
      const startedAt = day(
        `${year}-${String(local.int(3, 9)).padStart(2, '0')}-${String(local.int(1, 28)).padStart(2, '0')}`,
      );
      const completed = local.chance(0.8);
      projects.push({
        divisionCode: community.code,
        ...divisionAncestry(community.code),
        name: `${community.name.replace(/社区|社區/, '')}${KIND_NAMES[kind]}${i > 0 ? `（${i + 1}）` : ''}`,
        kind,
        status: completed ? 'COMPLETED' : 'IN_PROGRESS',
        programme: null,
        year,
        startedAt,
        completedAt: completed ? new Date(startedAt.getTime() + local.int(20, 120) * 24 * HOUR_MS) : null,
        buildingCount: kind === 'OLD_RESIDENTIAL_RENOVATION' || kind === 'RESIDENTIAL_AREA' ? local.int(3, 18) : 0,
        areaSquareMeters: kind === 'GREENING' || kind === 'BARE_GROUND_COVER' ? local.int(5, 120) * 100 : null,
        source: null,
      });
    }
  }
  return projects;
}
