import type { Connection, Model } from 'mongoose';
import { divisionAncestry } from '../../../platform/world/division-code.js';
import { DIVISIONS, divisionsOfLevel } from '../../../platform/world/divisions.js';
import { GUARANTEED_RESIDENTS_PER_COMMUNITY } from '../../../platform/world/keys.js';
import { SeededRandom } from '../../../platform/world/random.js';
import { createCivilAffairsModels, type CivilAffairsModels } from '../models.js';
import { DOCUMENTED } from '../figures.js';
import { BEIGUAN, seedBeiguan, seedDagang, seedGuangkai } from './documented.js';
import { seedNotices } from './notices.js';
import { cst, spread, WorldBuilder } from './world.js';
import { withSearchNames } from '../../../platform/query/search-name.js';
import { withRecordKeysOf } from '../../../platform/access/disclosure-control.js';

/**
 * Seeds the civil-affairs database: the division tree, residents (GUARANTEED_RESIDENTS_PER_COMMUNITY
 * with shared keys in every community), and the documented cases, payments and services of
 * 北关区 (2020), 广开街道 (2010) and 大港街道 (2016), with the work-plan targets of 南开区 (2012)
 * and 大港街道 (2016). Money is allocated in integer 分 by largest remainder, so every documented
 * total is exact. Generated background records lie outside the documented scopes (no case is
 * active in 北关区 in 2020 and none starts in 广开街道 in 2010 beyond the documented ones).
 * The parts: world.ts (the builder), documented.ts (the documents' records), notices.ts, names.ts.
 */
interface SeedReport {
  database: 'civil_affairs';
  counts: Record<string, number>;
  millis: number;
}

const BATCH = 5_000;

/** Background records elsewhere: 低保 households paid in 2019 outside 北关区, new jobs in 南开区 in 2012. */
function seedBackground(world: WorldBuilder, scale: number): void {
  const communities = DIVISIONS.filter(
    (division) => division.level === 'COMMUNITY' && !division.code.startsWith(BEIGUAN),
  );
  communities.forEach((community, c) => {
    for (let i = 0; i < Math.round(3 * scale); i++) {
      const head = world.resident(community.code, 1945, 1990);
      const record = world.assistanceCase(head, {
        program: 'DIBAO',
        tier: (['A', 'B', 'C'] as const)[(c + i) % 3],
        paymentSchedule: 'MONTHLY',
        persons: 1 + ((c + i) % 4),
        startedAt: cst(2017 + (i % 2), 1 + (c % 12), 3),
      });
      for (let month = 1; month <= 12; month++)
        world.payment(record, 2019, month, 1, (300 + 10 * ((c + i) % 9)) * record.persons * 100);
    }
  });
  const nankai = divisionsOfLevel('COMMUNITY', '120104');
  for (let i = 0; i < Math.round(600 * scale); i++)
    world.service(spread(nankai, i).code, 'NEW_JOB', cst(2012, 1 + (i % 12), 20));
}

async function refill<T>(model: Model<T>, docs: readonly object[]): Promise<void> {
  await model.collection.drop().catch(() => undefined);
  await model.createCollection();
  const named = withRecordKeysOf(model, withSearchNames(model, docs));
  for (let i = 0; i < named.length; i += BATCH)
    await model.collection.insertMany(named.slice(i, i + BATCH) as never[], { ordered: false });
  await model.createIndexes();
}

export async function seedCivilAffairs(
  connection: Connection,
  options: { scale: number; seed: number },
): Promise<SeedReport> {
  const started = Date.now();
  const models: CivilAffairsModels = createCivilAffairsModels(connection);
  const random = new SeededRandom(options.seed).fork('civil-affairs');
  const world = new WorldBuilder(random.fork('world'));

  // The shared keys first, so residentId(code, i) for i < GUARANTEED is the same person whatever else is seeded.
  for (const community of divisionsOfLevel('COMMUNITY')) {
    for (let i = 0; i < GUARANTEED_RESIDENTS_PER_COMMUNITY; i += 1) {
      const householdStart = i - (i % 3);
      const relation = i % 3 === 0 ? 'HEAD' : i % 3 === 1 ? 'SPOUSE' : 'CHILD';
      // Born 1941 or later: nobody outside the documented allowance recipients is 80+ in 2020.
      world.resident(community.code, relation === 'CHILD' ? 1985 : 1941, relation === 'CHILD' ? 2015 : 1995, {
        number: `${community.code}-H${String(householdStart).padStart(5, '0')}`,
        relation,
      });
    }
  }
  seedBeiguan(world, random.fork('beiguan'));
  seedGuangkai(world);
  const dagang = seedDagang(world, random.fork('dagang'), options.scale);
  seedBackground(world, options.scale);

  const divisions = DIVISIONS.map((division) => ({
    _id: division.code,
    code: division.code,
    name: division.name,
    level: division.level,
    kind: division.kind,
    parentCode: division.parentCode,
    ...divisionAncestry(division.code),
  }));
  const targets = DOCUMENTED.targets.map((target) => ({
    _id: `${target.divisionCode}-${target.year}-${target.indicator}`,
    ...target,
  }));

  await refill(models.Division, divisions);
  await refill(models.Resident, world.residents);
  await refill(models.AssistanceCase, world.cases);
  await refill(models.BenefitPayment, world.payments);
  await refill(models.ServiceRecord, world.services);
  await refill(models.JobFairParticipation, dagang.participations);
  await refill(models.DayCareCentre, dagang.dayCare);
  await refill(models.Target, targets);
  const notices = seedNotices(random.fork('notices'));
  await refill(models.Notice, notices.notices);
  await refill(models.NoticeRead, notices.reads);

  return {
    database: 'civil_affairs',
    counts: {
      divisions: divisions.length,
      residents: world.residents.length,
      assistanceCases: world.cases.length,
      benefitPayments: world.payments.length,
      serviceRecords: world.services.length,
      jobFairParticipations: dagang.participations.length,
      dayCareCentres: dagang.dayCare.length,
      targets: targets.length,
      notices: notices.notices.length,
      noticeReads: notices.reads.length,
    },
    millis: Date.now() - started,
  };
}
