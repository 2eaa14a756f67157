import type { RequestContext } from '../../platform/access/request-access.js';
import { createPartyBuildingLoaders, type PartyBuildingLoaders } from './loaders.js';
import type { PartyBuildingModels } from './models.js';

export interface PartyBuildingContext extends RequestContext {
  models: PartyBuildingModels;
  loaders: PartyBuildingLoaders;
}

export function createPartyBuildingContext(base: RequestContext, models: PartyBuildingModels): PartyBuildingContext {
  return { ...base, models, loaders: createPartyBuildingLoaders(models, base.cursors) };
}
