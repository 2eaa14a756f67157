import DataLoader from 'dataloader';
import type { Model } from 'mongoose';
import type { RequestAccess } from '../../platform/access/request-access.js';
import { DIVISION_FIELD_BY_LEVEL, divisionFilter, type DivisionField } from '../../platform/world/division-code.js';
import type { CursorSeal } from '../../platform/query/cursor-seal.js';
import {
  groupedConnectionLoader,
  uniqueKeyLoader,
  type Connection,
  type GroupedPageKey,
} from '../../platform/query/pagination.js';
import { createIndicatorLoader } from './indicators.js';
import type { PetitionRecord, UrbanManagementModels } from './models.js';

type ListLoader<T> = DataLoader<GroupedPageKey, Connection<T>, string>;

/** One grouped-list loader per ancestry field, so a nested list groups on the parent's own level. */
function byDivisionLevel<T extends { _id: unknown }>(
  model: Model<T>,
  cursors: CursorSeal,
): Record<DivisionField, ListLoader<T>> {
  const fields = Object.values(DIVISION_FIELD_BY_LEVEL);
  return Object.fromEntries(fields.map((field) => [field, groupedConnectionLoader(model, field, cursors)])) as Record<
    DivisionField,
    ListLoader<T>
  >;
}

/** Petitions per matter inside the viewer's jurisdiction: one aggregation for all matters of a response. */
function matterPetitionCountLoader(model: Model<PetitionRecord>, access: RequestAccess): DataLoader<string, number> {
  return new DataLoader<string, number>(async (keys) => {
    const scope = access.scope(null) ?? '';
    const matters = { matterKey: { $in: [...keys] } };
    const rows = await model
      .aggregate<{ _id: string; count: number }>([
        { $match: scope === '' ? matters : { $and: [divisionFilter(scope), matters] } },
        { $group: { _id: '$matterKey', count: { $sum: 1 } } },
      ])
      .exec();
    const byKey = new Map(rows.map((row) => [row._id, row.count]));
    return keys.map((key) => byKey.get(key) ?? 0);
  });
}

/** Per request: every entity reference and nested list is one query per batch of parents. */
export function createUrbanManagementLoaders(
  models: UrbanManagementModels,
  now: Date,
  cursors: CursorSeal,
  access: RequestAccess,
) {
  return {
    incident: uniqueKeyLoader(models.Incident, '_id'),
    incidentsIn: byDivisionLevel(models.Incident, cursors),
    incidentsOfEnterprise: groupedConnectionLoader(models.Incident, 'enterpriseId', cursors),
    facilitiesIn: byDivisionLevel(models.Facility, cursors),
    rectificationProjectsIn: byDivisionLevel(models.RectificationProject, cursors),
    safetyDesignationsIn: byDivisionLevel(models.SafetyDesignation, cursors),
    matterPetitionCount: matterPetitionCountLoader(models.Petition, access),
    indicators: createIndicatorLoader(models, now),
  };
}

export type UrbanManagementLoaders = ReturnType<typeof createUrbanManagementLoaders>;
