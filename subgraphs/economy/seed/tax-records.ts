import { divisionByName } from '../../../platform/world/divisions.js';
import { shanghaiDay, shanghaiTime } from '../../../platform/query/calendar.js';
import type { EnterpriseRecord } from '../models.js';
import { TONGBAI_TAX_2007_YUAN } from './documented.js';
import { stamp, type EconomyWorld } from './world.js';

export function buildTaxRecords(world: EconomyWorld): void {
  const addRecord = (enterprise: EnterpriseRecord, year: number, month: number, amountFen: number) =>
    world.taxRecords.push({
      _id: `tax-${enterprise._id}-${year}${String(month).padStart(2, '0')}`,
      enterpriseId: enterprise._id,
      year,
      month,
      period: shanghaiTime(year, month, 1),
      amountFen,
      ...stamp(enterprise.divisionCode),
    });
  for (const enterprise of world.enterprises) {
    for (let month = 1; month <= 12; month++)
      addRecord(enterprise, 2020, month, world.random.int(5_000, 300_000) * 100);
  }
  // 桐柏路街道 2007 (001): the documented total, split over every month each enterprise then existed.
  const tongbai = divisionByName('桐柏路街道').code;
  const slots: { enterprise: EnterpriseRecord; month: number; weight: number }[] = [];
  for (const enterprise of world.enterprises.filter(
    (e) => e.streetCode === tongbai && e.establishedAt < shanghaiTime(2007, 12, 1),
  )) {
    const firstMonth =
      enterprise.establishedAt < shanghaiTime(2007, 1, 1) ? 1 : shanghaiDay(enterprise.establishedAt).month + 1;
    for (let month = firstMonth; month <= 12; month++)
      slots.push({ enterprise, month, weight: world.random.int(1, 100) });
  }
  const totalFen = TONGBAI_TAX_2007_YUAN * 100;
  const totalWeight = slots.reduce((sum, slot) => sum + slot.weight, 0);
  const amounts = slots.map((slot) => Math.floor((totalFen * slot.weight) / totalWeight));
  amounts[0] += totalFen - amounts.reduce((sum, amount) => sum + amount, 0);
  slots.forEach((slot, k) => addRecord(slot.enterprise, 2007, slot.month, amounts[k]));
}
