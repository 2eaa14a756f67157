import type { Connection, Model } from 'mongoose';
import { SeededRandom } from '../../../platform/world/random.js';
import { withSearchNames } from '../../../platform/query/search-name.js';
import { createEconomyModels } from '../models.js';
import { buildBuildings } from './buildings.js';
import { buildEnterprises } from './enterprises.js';
import { buildDocumentedProjects, buildGeneratedProjects } from './investment-projects.js';
import { buildTrips } from './investment-trips.js';
import { buildServiceVisits } from './service-visits.js';
import { buildTargets } from './targets.js';
import { buildTaxRecords } from './tax-records.js';
import { EconomyWorld } from './world.js';

/**
 * The economy world: the documents' records (documented.ts) plus generated detail that never
 * touches a documented figure. Generated records keep out of the documented periods and
 * divisions (北关区 trips only in 2019/2021, 桐柏路 projects only from 2018, 2007 tax only the
 * documented total), or out of the documented subset (北关区 2020 projects under 1亿).
 * `scale` multiplies generated volumes only.
 */
interface SeedReport {
  database: 'economy';
  counts: Record<string, number>;
}

const BATCH = 2_000;

async function replace<T>(model: Model<T>, docs: T[]): Promise<number> {
  await model.deleteMany({}).exec();
  const named = withSearchNames(model, docs);
  for (let i = 0; i < named.length; i += BATCH) {
    await model.collection.insertMany(named.slice(i, i + BATCH) as never[], { ordered: false });
  }
  await model.createIndexes();
  return docs.length;
}

export async function seedEconomy(
  connection: Connection,
  options: { scale: number; seed: number },
): Promise<SeedReport> {
  const scale = Math.max(1, Math.floor(options.scale));
  const world = new EconomyWorld(new SeededRandom(options.seed).fork('economy'), scale);
  // The order of the parts is the order they draw from the one random stream: keep it.
  buildBuildings(world);
  buildEnterprises(world);
  buildDocumentedProjects(world);
  buildGeneratedProjects(world);
  buildTrips(world);
  buildTaxRecords(world);
  buildServiceVisits(world);
  buildTargets(world);

  const models = createEconomyModels(connection);
  const counts = {
    buildings: await replace(models.Building, world.buildings),
    enterprises: await replace(models.Enterprise, world.enterprises),
    investmentProjects: await replace(models.InvestmentProject, world.projects),
    investmentTrips: await replace(models.InvestmentTrip, world.trips),
    taxRecords: await replace(models.TaxRecord, world.taxRecords),
    serviceVisits: await replace(models.ServiceVisit, world.visits),
    targets: await replace(models.Target, world.targets),
  };
  return { database: 'economy', counts };
}
