import mongoose from 'mongoose';
import type { DivisionResidentFilter, ResidentOrder } from '../__generated__/resolvers-types.js';
import { badUserInput } from '../../../platform/contract/errors.js';
import type { SortSpec } from '../../../platform/query/pagination.js';
import { shanghaiDay, shanghaiMidnight } from '../../../platform/query/calendar.js';

/**
 * Typed resident filters shared by `Query.residents` and the divisions' `residents`. Names are
 * personal data: there is deliberately no name search.
 */
function ageArgument(value: number | null | undefined, argumentName: string): number | null {
  if (value === null || value === undefined) return null;
  if (value < 0 || value > 150) throw badUserInput(argumentName, 'an age from 0 to 150');
  return value;
}

/**
 * Midnight in Asia/Shanghai starting the day after today, `years` years ago. Someone is at least
 * `n` years old today when born before `bornBefore(n)`, the same calendar-day rule as
 * `Resident.age`. Day-grained, so every parent of a request builds the same filter and nested
 * lists still share one query.
 */
function bornBefore(years: number): Date {
  const today = shanghaiDay(new Date());
  return shanghaiMidnight(today.year - years, today.month, today.day + 1);
}

export function residentFilter(filter: DivisionResidentFilter | null | undefined, argumentPrefix = 'filter'): Record<string, unknown> {
  const minAge = ageArgument(filter?.minAge, `${argumentPrefix}.minAge`);
  const maxAge = ageArgument(filter?.maxAge, `${argumentPrefix}.maxAge`);
  const birthDate = { ...(minAge !== null ? { $lt: bornBefore(minAge) } : {}), ...(maxAge !== null ? { $gte: bornBefore(maxAge + 1) } : {}) };
  return {
    ...(filter?.sex ? { sex: filter.sex } : {}),
    ...(Object.keys(birthDate).length > 0 ? { birthDate: mongoose.trusted(birthDate) } : {}),
  };
}

export function residentSort(orderBy: ResidentOrder | null | undefined): SortSpec {
  return { field: orderBy?.field === 'BIRTH_DATE' ? 'birthDate' : '_id', direction: orderBy?.direction ?? 'ASC' };
}
