import type { BenefitPaymentFilter, BenefitPaymentOrder } from '../__generated__/resolvers-types.js';
import { badUserInput } from '../../../platform/contract/errors.js';
import { operator, type SortSpec } from '../../../platform/query/pagination.js';

/** Typed filter and sort of `AssistanceCase.payments`; months compare as YYYY-MM text. */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function monthArgument(value: string | null | undefined, argumentName: string): string | null {
  if (value === null || value === undefined) return null;
  if (!MONTH.test(value)) throw badUserInput(argumentName, 'a month as YYYY-MM, e.g. 2020-06');
  return value;
}

export function paymentFilter(filter: BenefitPaymentFilter | null | undefined, argumentPrefix = 'filter'): Record<string, unknown> {
  const from = monthArgument(filter?.fromMonth, `${argumentPrefix}.fromMonth`);
  const to = monthArgument(filter?.toMonth, `${argumentPrefix}.toMonth`);
  const conditions = [...(from ? [{ period: operator('$gte', from) }] : []), ...(to ? [{ period: operator('$lte', to) }] : [])];
  return conditions.length === 0 ? {} : { $and: conditions };
}

export function paymentSort(orderBy: BenefitPaymentOrder | null | undefined): SortSpec {
  return { field: orderBy?.field === 'PERIOD' ? 'period' : 'paidAt', direction: orderBy?.direction ?? 'ASC' };
}
