import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Community } from './Community.js';
import { DateTimeScalar as DateTime } from '../../../platform/contract/scalars.js';
import { District } from './District.js';
import { Enterprise } from './Enterprise.js';
import { HistoryEntry } from './HistoryEntry.js';
import { Mutation } from './Mutation.js';
import { PartyActivity } from './PartyActivity.js';
import { PartyEvaluation } from './PartyEvaluation.js';
import { PartyMember } from './PartyMember.js';
import { PartyOrganization } from './PartyOrganization.js';
import { Query } from './Query.js';
import { Street } from './Street.js';
import { PartyBuildingStatistics } from './PartyBuildingStatistics.js';

export const resolvers: Resolvers = {
  DateTime,
  Query,
  Mutation,
  PartyOrganization,
  PartyMember,
  PartyActivity,
  PartyEvaluation,
  District,
  Street,
  Community,
  Enterprise,
  HistoryEntry,
  PartyBuildingStatistics,
};
