import { divisionByName, divisionsOfLevel } from '../../../platform/world/divisions.js';
import type { BuildingRecord } from '../models.js';
import { NANKAI_BUILDINGS } from './documented.js';
import { NAME_STEMS } from './names.js';
import { NANKAI, stamp, type EconomyWorld } from './world.js';

/** 南开区's documented buildings (002); elsewhere `scale` generated buildings per street. */
function addBuilding(
  world: EconomyWorld,
  name: string,
  streetCode: string,
  annualTaxFen: number,
  billionYuanSince: number | null,
): void {
  const building: BuildingRecord = {
    _id: `bld-${streetCode}-${String(world.buildings.length).padStart(4, '0')}`,
    name,
    annualTaxFen,
    billionYuan: billionYuanSince !== null,
    billionYuanSince,
    ...stamp(streetCode),
  };
  world.buildings.push(building);
  world.buildingsByStreet.set(streetCode, [...(world.buildingsByStreet.get(streetCode) ?? []), building]);
}

export function buildBuildings(world: EconomyWorld): void {
  for (const building of NANKAI_BUILDINGS) {
    addBuilding(
      world,
      building.name,
      divisionByName(building.street).code,
      building.annualTaxWan * 10_000 * 100,
      building.billionYuanSince,
    );
  }
  for (const street of divisionsOfLevel('STREET').filter((s) => !s.code.startsWith(NANKAI))) {
    for (let i = 0; i < world.scale; i++) {
      const billion = world.random.chance(0.2);
      const taxWan = billion ? world.random.int(10_000, 20_000) : world.random.int(500, 9_000);
      addBuilding(
        world,
        `${street.name.replace(/街道|镇/, '')}${world.random.pick(NAME_STEMS)}大厦`,
        street.code,
        taxWan * 10_000 * 100,
        billion ? world.random.int(2015, 2020) : null,
      );
    }
  }
}
