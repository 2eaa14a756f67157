import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Building } from './Building.js';
import { Community } from './Community.js';
import { DateTimeScalar as DateTime } from '../../../platform/contract/scalars.js';
import { District } from './District.js';
import { EconomyIndicators } from './EconomyIndicators.js';
import { Enterprise } from './Enterprise.js';
import { HistoryEntry } from './HistoryEntry.js';
import { InvestmentProject } from './InvestmentProject.js';
import { InvestmentTrip } from './InvestmentTrip.js';
import { Mutation } from './Mutation.js';
import { Query } from './Query.js';
import { ServiceVisit } from './ServiceVisit.js';
import { Street } from './Street.js';
import { TaxRecord } from './TaxRecord.js';
import { EconomyStatistics } from './EconomyStatistics.js';

export const resolvers: Resolvers = {
  DateTime,
  Query,
  Mutation,
  Enterprise,
  InvestmentProject,
  InvestmentTrip,
  TaxRecord,
  ServiceVisit,
  HistoryEntry,
  Building,
  EconomyIndicators,
  District,
  Street,
  Community,
  EconomyStatistics,
};
