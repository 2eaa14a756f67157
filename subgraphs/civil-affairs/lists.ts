import type { AssistanceCaseFilter, AssistanceCaseOrder } from './__generated__/resolvers-types.js';
import type { SortSpec } from '../../platform/query/pagination.js';
import mongoose from 'mongoose';
import { dateArgument } from '../../platform/contract/scalars.js';

/** Typed filter fields to a MongoDB filter (the division part is handled by the caller's scope). */
export function caseFilter(filter: AssistanceCaseFilter | null | undefined, argumentPrefix = 'filter'): Record<string, unknown> {
  if (!filter) return {};
  const startedFrom = dateArgument(filter.startedFrom, `${argumentPrefix}.startedFrom`);
  const startedTo = dateArgument(filter.startedTo, `${argumentPrefix}.startedTo`);
  const startedAt = { ...(startedFrom ? { $gte: startedFrom } : {}), ...(startedTo ? { $lt: startedTo } : {}) };
  return {
    ...(filter.program ? { program: filter.program } : {}),
    ...(filter.tier ? { tier: filter.tier } : {}),
    ...(filter.urbanRural ? { urbanRural: filter.urbanRural } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(Object.keys(startedAt).length > 0 ? { startedAt: mongoose.trusted(startedAt) } : {}),
  };
}

export function caseSort(orderBy: AssistanceCaseOrder | null | undefined): SortSpec {
  return { field: orderBy?.field === 'STARTED_AT' ? 'startedAt' : '_id', direction: orderBy?.direction ?? 'ASC' };
}
