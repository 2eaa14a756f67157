import type { RequestContext } from '../../platform/access/request-access.js';
import { createUrbanManagementLoaders, type UrbanManagementLoaders } from './loaders.js';
import type { UrbanManagementModels } from './models.js';

export interface UrbanManagementContext extends RequestContext {
  models: UrbanManagementModels;
  loaders: UrbanManagementLoaders;
  /** One instant per request: "open and overdue" is judged against it everywhere in the response. */
  now: Date;
}

export function createUrbanManagementContext(
  base: RequestContext,
  models: UrbanManagementModels,
  now = new Date(),
): UrbanManagementContext {
  return { ...base, models, now, loaders: createUrbanManagementLoaders(models, now, base.cursors, base.access) };
}
