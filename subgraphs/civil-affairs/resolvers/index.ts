import type { Resolvers } from '../__generated__/resolvers-types.js';
import { AssistanceCase } from './AssistanceCase.js';
import { BenefitPayment } from './BenefitPayment.js';
import { Community } from './Community.js';
import { DateTimeScalar } from '../../../platform/contract/scalars.js';
import { District } from './District.js';
import { Division } from './Division.js';
import { Enterprise } from './Enterprise.js';
import { Grid } from './Grid.js';
import { HistoryEntry } from './HistoryEntry.js';
import { Mutation } from './Mutation.js';
import { Notice } from './Notice.js';
import { Query } from './Query.js';
import { Resident } from './Resident.js';
import { Street } from './Street.js';
import { CivilAffairsStatistics } from './CivilAffairsStatistics.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Division,
  District,
  Street,
  Community,
  Grid,
  Resident,
  Mutation,
  Notice,
  AssistanceCase,
  HistoryEntry,
  BenefitPayment,
  Enterprise,
  CivilAffairsStatistics,
};
