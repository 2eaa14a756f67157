import type { RequestContext } from '../../platform/access/request-access.js';
import { createCivilAffairsLoaders, type CivilAffairsLoaders } from './loaders.js';
import type { CivilAffairsModels } from './models.js';

export interface CivilAffairsContext extends RequestContext {
  models: CivilAffairsModels;
  loaders: CivilAffairsLoaders;
}

export function createCivilAffairsContext(base: RequestContext, models: CivilAffairsModels): CivilAffairsContext {
  return {
    ...base,
    models,
    loaders: createCivilAffairsLoaders(models, base.cursors, { perturbs: base.disclosure.perturbs }),
  };
}
