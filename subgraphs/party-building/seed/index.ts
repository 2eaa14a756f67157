import type { Connection, Model } from 'mongoose';
import { childrenOf, divisionByName, DISTRICT_SPECS } from '../../../platform/world/divisions.js';
import { SeededRandom } from '../../../platform/world/random.js';
import { withSearchNames } from '../../../platform/query/search-name.js';
import { createPartyBuildingModels } from '../models.js';
import { seedBeiguanOrgans, seedDagang, seedGuangkai, seedTongbailu } from './documented.js';
import { BEIGUAN_ORGAN_UNITS, GENERATED_ORGAN_COUNT } from './names.js';
import { buildStreet, districtOrgan, districtOrgansCommittee } from './organizations.js';
import { PartyWorld } from './world.js';

/**
 * The party-building world: for every district a 区直属机关工委 with its organs, for every street
 * a 党工委 (a town: 党委) with its 机关 branch, one party organization per community or village,
 * 两新 organizations in the guaranteed enterprises, members, activities with attendance and
 * evaluations. Documented records (documents 000, 001, 003, 004) are placed exactly; generated
 * ones fall in each district's document year and never change a documented figure (documented
 * figures are counts of kinds or organizations that generation does not produce).
 */
interface SeedReport {
  domain: 'party-building';
  counts: Record<'organizations' | 'members' | 'activities' | 'attendances' | 'evaluations' | 'targets', number>;
  elapsedMs: number;
}

async function refill<T>(model: Model<T>, docs: T[]): Promise<void> {
  await model.deleteMany({}).exec();
  await model.createIndexes();
  const named = withSearchNames(model, docs);
  for (let i = 0; i < named.length; i += 5_000) await model.insertMany(named.slice(i, i + 5_000), { lean: true });
}

export async function seedPartyBuilding(
  connection: Connection,
  options: { scale: number; seed: number },
): Promise<SeedReport> {
  const started = Date.now();
  const root = new SeededRandom(options.seed).fork('party-building');
  const world = new PartyWorld(root.fork('world'), options.scale);
  for (const spec of DISTRICT_SPECS) {
    const district = divisionByName(spec.name);
    const random = root.fork(district.code);
    const residences = childrenOf(district.code).flatMap((street) => childrenOf(street.code).map((c) => c.code));
    if (district.code === '410503') seedBeiguanOrgans(world, district, random, residences);
    else {
      const committee = districtOrgansCommittee(world, district, random, residences);
      BEIGUAN_ORGAN_UNITS.slice(0, GENERATED_ORGAN_COUNT).forEach(([unit, level], i) =>
        districtOrgan(world, district, committee, random, residences, unit, level, i),
      );
    }
    for (const street of childrenOf(district.code)) {
      const organizations = buildStreet(world, street, random.fork(street.code));
      if (street.name === '广开街道') seedGuangkai(world, organizations, random.fork('000'));
      if (street.name === '桐柏路街道') seedTongbailu(world, organizations, random.fork('001'));
      if (street.name === '大港街道') seedDagang(world, organizations, random.fork('004'));
    }
  }
  const models = createPartyBuildingModels(connection);
  await refill(models.organization, world.organizations);
  await refill(models.member, world.members);
  await refill(models.activity, world.activities);
  await refill(models.attendance, world.attendances);
  await refill(models.evaluation, world.evaluations);
  await refill(models.target, world.targets);
  return {
    domain: 'party-building',
    counts: {
      organizations: world.organizations.length,
      members: world.members.length,
      activities: world.activities.length,
      attendances: world.attendances.length,
      evaluations: world.evaluations.length,
      targets: world.targets.length,
    },
    elapsedMs: Date.now() - started,
  };
}
