import { historyEntryResolvers } from '../../shared/history.js';
import type { HistoryEntryResolvers } from '../__generated__/resolvers-types.js';

export const HistoryEntry: HistoryEntryResolvers = historyEntryResolvers;
