import { divisionAncestry } from '../../../platform/world/division-code.js';
import { makeCreditCode } from '../../../platform/world/identifiers.js';
import type { SeededRandom } from '../../../platform/world/random.js';
import type {
  BuildingRecord,
  EnterpriseRecord,
  InvestmentProjectRecord,
  InvestmentTripRecord,
  ServiceVisitRecord,
  TargetRecord,
  TaxRecordRecord,
} from '../models.js';

export const BEIGUAN = '410503';
export const NANKAI = '120104';

/** A record's division and its ancestry. */
export function stamp(code: string) {
  return { divisionCode: code, ...divisionAncestry(code) };
}

/**
 * The records being built, in the order the parts (buildings.ts, enterprises.ts, …) add them
 * from one seeded random stream: the order of the parts' calls in index.ts is the seed.
 */
export class EconomyWorld {
  readonly enterprises: EnterpriseRecord[] = [];
  readonly projects: InvestmentProjectRecord[] = [];
  readonly trips: InvestmentTripRecord[] = [];
  readonly taxRecords: TaxRecordRecord[] = [];
  readonly visits: ServiceVisitRecord[] = [];
  readonly buildings: BuildingRecord[] = [];
  readonly targets: TargetRecord[] = [];
  readonly buildingsByStreet = new Map<string, BuildingRecord[]>();
  private readonly creditCodes = new Set<string>();

  constructor(
    readonly random: SeededRandom,
    readonly scale: number,
  ) {}

  /** A credit code of the district no enterprise of the world has yet. */
  creditCode(districtCode: string): string {
    for (;;) {
      const code = makeCreditCode(districtCode, this.random);
      if (!this.creditCodes.has(code)) {
        this.creditCodes.add(code);
        return code;
      }
    }
  }
}
