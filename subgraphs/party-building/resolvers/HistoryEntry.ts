import { historyEntryResolvers } from '../../../platform/writes/history.js';
import type { HistoryEntryResolvers } from '../__generated__/resolvers-types.js';

export const HistoryEntry: HistoryEntryResolvers = historyEntryResolvers;
