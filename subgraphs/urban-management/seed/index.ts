import type { Connection, Model } from 'mongoose';
import { divisionAncestry } from '../../../platform/world/division-code.js';
import { SeededRandom } from '../../../platform/world/random.js';
import { divisionsOfLevel } from '../../../platform/world/divisions.js';
import { documentedRecords } from './documented.js';
import { createUrbanManagementModels, type IncidentRecord } from '../models.js';
import { withSearchNames } from '../../../platform/query/search-name.js';
import { generateFacilities } from './facilities.js';
import { generateIncidents } from './incidents.js';
import { generateCampaigns } from './inspection-campaigns.js';
import { generatePetitions } from './petitions.js';
import { generateProjects } from './rectification-projects.js';

/**
 * Seeds the urban-management database: the documented records (documented.ts) plus generated
 * incidents, facilities, projects, campaigns and petitions (a file each here). Deterministic from
 * `seed` (current-year incidents are placed between 1 January and the day of seeding); `scale`
 * multiplies the generated volumes only.
 */
interface UrbanManagementSeedReport {
  database: string;
  counts: Record<string, number>;
}

/** The id `refill` gives each community's first generated incident (ids follow the list order). */
function firstIncidentOfCommunity(incidents: Omit<IncidentRecord, '_id'>[]): Map<string, string> {
  const ids = new Map<string, string>();
  incidents.forEach((incident, i) => {
    if (incident.communityCode && !ids.has(incident.communityCode))
      ids.set(incident.communityCode, `inc-${String(i + 1).padStart(6, '0')}`);
  });
  return ids;
}

/** Replaces a collection's content; ids are deterministic (`prefix-000001`), like everything else. */
async function refill<T>(model: Model<T>, prefix: string, docs: object[]): Promise<number> {
  await model.collection.deleteMany({});
  await model.createIndexes();
  const BATCH = 2_000;
  for (let i = 0; i < docs.length; i += BATCH) {
    const batch = withSearchNames(model, docs.slice(i, i + BATCH)).map((doc, j) => ({
      _id: `${prefix}-${String(i + j + 1).padStart(6, '0')}`,
      ...doc,
    }));
    await model.insertMany(batch, { lean: true });
  }
  return docs.length;
}

export async function seedUrbanManagement(
  connection: Connection,
  options: { scale: number; seed: number },
): Promise<UrbanManagementSeedReport> {
  const models = createUrbanManagementModels(connection);
  const random = new SeededRandom(options.seed).fork('urban-management');
  const communities = divisionsOfLevel('COMMUNITY');
  const documented = documentedRecords();
  const withAncestry = <T extends { divisionCode: string }>(records: T[]) =>
    records.map((record) => ({ ...record, ...divisionAncestry(record.divisionCode) }));
  const incidents = generateIncidents(random.fork('incidents'), communities, options.scale, new Date());
  const counts = {
    incidents: await refill(models.Incident, 'inc', incidents),
    facilities: await refill(models.Facility, 'fac', [
      ...withAncestry(documented.facilities),
      ...generateFacilities(random.fork('facilities'), communities, options.scale),
    ]),
    rectificationProjects: await refill(models.RectificationProject, 'rp', [
      ...withAncestry(documented.projects),
      ...generateProjects(random.fork('projects'), communities, options.scale),
    ]),
    inspectionCampaigns: await refill(models.InspectionCampaign, 'ic', [
      ...withAncestry(documented.campaigns),
      ...generateCampaigns(random.fork('campaigns'), divisionsOfLevel('STREET')),
    ]),
    safetyDesignations: await refill(models.SafetyDesignation, 'sd', withAncestry(documented.designations)),
    safetyStatistics: await refill(models.SafetyStatistic, 'ss', withAncestry(documented.statistics)),
    targets: await refill(models.Target, 'tg', withAncestry(documented.targets)),
    petitions: await refill(
      models.Petition,
      'pet',
      generatePetitions(random.fork('petitions'), firstIncidentOfCommunity(incidents)),
    ),
  };
  return { database: connection.name, counts };
}
