import { divisionAncestry } from '../../../platform/world/division-code.js';
import type { DivisionSeed } from '../../../platform/world/divisions.js';
import type { SeededRandom } from '../../../platform/world/random.js';
import type { InspectionCampaignRecord } from '../models.js';
import { day } from './documented.js';

const HOUR_MS = 3_600_000;

/** One dust or cooking-fume campaign per street in 2018 and 2019 (柏庄镇's documented one stays alone). */
export function generateCampaigns(
  random: SeededRandom,
  streets: DivisionSeed[],
): Omit<InspectionCampaignRecord, '_id'>[] {
  return streets
    .filter((street) => street.name !== '柏庄镇')
    .flatMap((street) =>
      [2018, 2019].map((year) => {
        const local = random.fork(`campaign:${street.code}:${year}`);
        const topic = local.pick(['DUST', 'COOKING_FUMES'] as const);
        const startDate = day(`${year}-${String(local.int(3, 10)).padStart(2, '0')}-01`);
        return {
          divisionCode: street.code,
          ...divisionAncestry(street.code),
          name: `${street.name}${year}年${topic === 'DUST' ? '扬尘' : '油烟'}专项检查`,
          topic,
          startDate,
          endDate: new Date(startDate.getTime() + local.int(7, 30) * 24 * HOUR_MS),
          villageCodes: [],
          marketsInspected: local.int(0, 8),
          inspectionTeams: local.int(3, 12),
          staffDeployed: local.int(20, 90),
          householdsChecked: 0,
          shopsAndEnterprisesChecked: local.int(30, 200),
          source: null,
        };
      }),
    );
}
