import type { HistoryEntryResolvers } from '../__generated__/resolvers-types.js';
import { historyEntryResolvers } from '../../../platform/writes/history.js';

export const HistoryEntry: HistoryEntryResolvers = historyEntryResolvers;
