import { divisionAncestry } from '../../../platform/world/division-code.js';
import type { DivisionSeed } from '../../../platform/world/divisions.js';
import type { SeededRandom } from '../../../platform/world/random.js';
import { FACILITY_TYPES, type FacilityRecord } from '../models.js';
import { day, DOCUMENTED_FACILITY_STREETS } from './documented.js';

/**
 * Generated facilities: every community's office and a few cameras, gates, patrol rooms, toilets
 * and transfer stations (no air monitoring points), except the types its street's documents count.
 */
const HOUR_MS = 3_600_000;

const FACILITY_NAMES: Record<FacilityRecord['type'], string> = {
  CAMERA: '视频监控点',
  ACCESS_GATE: '楼栋门禁',
  PATROL_ROOM: '巡防室',
  AIR_MONITORING_POINT: '空气监测点',
  PUBLIC_TOILET: '公厕',
  GARBAGE_TRANSFER_STATION: '垃圾转运站',
  COMMUNITY_OFFICE: '社区办公用房',
};

export function generateFacilities(
  random: SeededRandom,
  communities: DivisionSeed[],
  scale: number,
): Omit<FacilityRecord, '_id'>[] {
  const facilities: Omit<FacilityRecord, '_id'>[] = [];
  for (const community of communities) {
    const local = random.fork(`facility:${community.code}`);
    const excluded = DOCUMENTED_FACILITY_STREETS[community.code.slice(0, 9)] ?? [];
    for (const type of FACILITY_TYPES) {
      if (excluded.includes(type) || type === 'AIR_MONITORING_POINT') continue;
      const count =
        type === 'COMMUNITY_OFFICE'
          ? 1
          : Math.round(local.int(0, type === 'CAMERA' || type === 'ACCESS_GATE' ? 6 : 1) * scale);
      for (let i = 0; i < count; i++) {
        facilities.push({
          divisionCode: community.code,
          ...divisionAncestry(community.code),
          name: `${community.name}${FACILITY_NAMES[type]}${count > 1 ? `${i + 1}号` : ''}`,
          type,
          status: local.chance(0.92) ? 'IN_SERVICE' : local.pick(['UNDER_CONSTRUCTION', 'OUT_OF_SERVICE'] as const),
          installedAt: new Date(day(`${local.int(2012, 2020)}-01-01`).getTime() + local.int(0, 364) * 24 * HOUR_MS),
          areaSquareMeters:
            type === 'COMMUNITY_OFFICE' ? local.int(180, 650) : type === 'PUBLIC_TOILET' ? local.int(30, 90) : null,
          standardized: local.chance(0.6),
          source: null,
        });
      }
    }
  }
  return facilities;
}
