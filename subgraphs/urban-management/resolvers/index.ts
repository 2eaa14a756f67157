import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateTimeScalar } from '../../../platform/contract/scalars.js';
import { Community } from './Community.js';
import { District } from './District.js';
import { Enterprise } from './Enterprise.js';
import { Facility } from './Facility.js';
import { Grid } from './Grid.js';
import { HistoryEntry } from './HistoryEntry.js';
import { Incident } from './Incident.js';
import { InspectionCampaign } from './InspectionCampaign.js';
import { Mutation } from './Mutation.js';
import { Petition } from './Petition.js';
import { Query } from './Query.js';
import { RectificationProject } from './RectificationProject.js';
import { SafetyDesignation } from './SafetyDesignation.js';
import { Street } from './Street.js';
import { UrbanManagementStatistics } from './UrbanManagementStatistics.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Petition,
  District,
  Street,
  Community,
  Grid,
  Enterprise,
  Incident,
  HistoryEntry,
  Facility,
  RectificationProject,
  InspectionCampaign,
  SafetyDesignation,
  UrbanManagementStatistics,
};
