import type DataLoader from 'dataloader';
import type { Model } from 'mongoose';
import { DIVISION_FIELD_BY_LEVEL, type DivisionField } from '../../platform/world/division-code.js';
import type { CursorSeal } from '../../platform/query/cursor-seal.js';
import { groupedConnectionLoader, uniqueKeyLoader, type Connection, type GroupedPageKey } from '../../platform/query/pagination.js';
import { createIndicatorsLoader } from './indicators.js';
import type { UrbanManagementModels } from './models.js';

type ListLoader<T> = DataLoader<GroupedPageKey, Connection<T>, string>;

/** One grouped-list loader per ancestry field, so a nested list groups on the parent's own level. */
function byDivisionLevel<T extends { _id: unknown }>(model: Model<T>, cursors: CursorSeal): Record<DivisionField, ListLoader<T>> {
  const fields = Object.values(DIVISION_FIELD_BY_LEVEL);
  return Object.fromEntries(fields.map((field) => [field, groupedConnectionLoader(model, field, cursors)])) as Record<DivisionField, ListLoader<T>>;
}

/** Per request: every entity reference and nested list is one query per batch of parents. */
export function createUrbanManagementLoaders(models: UrbanManagementModels, now: Date, cursors: CursorSeal) {
  return {
    incident: uniqueKeyLoader(models.Incident, '_id'),
    incidentsIn: byDivisionLevel(models.Incident, cursors),
    incidentsOfEnterprise: groupedConnectionLoader(models.Incident, 'enterpriseId', cursors),
    facilitiesIn: byDivisionLevel(models.Facility, cursors),
    rectificationProjectsIn: byDivisionLevel(models.RectificationProject, cursors),
    safetyDesignationsIn: byDivisionLevel(models.SafetyDesignation, cursors),
    indicators: createIndicatorsLoader(models, now),
  };
}

export type UrbanManagementLoaders = ReturnType<typeof createUrbanManagementLoaders>;
