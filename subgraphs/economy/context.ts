import type { RequestContext } from '../../platform/access/request-access.js';
import { createEconomyLoaders, type EconomyLoaders } from './loaders.js';
import type { EconomyModels } from './models.js';

export interface EconomyContext extends RequestContext {
  models: EconomyModels;
  loaders: EconomyLoaders;
}

export function createEconomyContext(base: RequestContext, models: EconomyModels): EconomyContext {
  return { ...base, models, loaders: createEconomyLoaders(models, base.cursors) };
}
