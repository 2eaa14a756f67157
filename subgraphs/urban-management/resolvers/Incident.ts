import type { IncidentResolvers } from '../__generated__/resolvers-types.js';
import { historyConnection } from '../../../platform/writes/history.js';
import { recordVersion } from '../../../platform/writes/write-model.js';
import { divisionRef, OPEN_STATUSES } from '../models.js';

const HOUR_MS = 3_600_000;

export const Incident: IncidentResolvers = {
  async __resolveReference({ id }, ctx) {
    const record = await ctx.loaders.incident.load(id);
    return record ?? null;
  },
  id: (incident) => incident._id,
  open: (incident) => OPEN_STATUSES.includes(incident.status),
  overdue: (incident, _args, ctx) => incident.deadline.getTime() < (incident.resolvedAt ?? ctx.now).getTime(),
  handlingHours: (incident) =>
    incident.resolvedAt
      ? Math.round(((incident.resolvedAt.getTime() - incident.reportedAt.getTime()) / HOUR_MS) * 100) / 100
      : null,
  community: (incident) => divisionRef(incident.communityCode),
  grid: (incident) => divisionRef(incident.gridCode),
  street: (incident) => divisionRef(incident.streetCode),
  enterprise: (incident) => (incident.enterpriseId ? { id: incident.enterpriseId } : null),
  department: (incident) => incident.department ?? null,
  resolution: (incident) => incident.resolution ?? null,
  version: (incident) => recordVersion(incident),
  history: (incident, args, ctx) => historyConnection(incident, args, ctx.cursors, 'Incident'),
  // reporterName and reporterPhone are the stored values; the schema's @personal masks them.
};
