import { divisionByCode, divisionByName } from '../../../platform/world/divisions.js';
import { shanghaiTime } from '../../../platform/query/calendar.js';
import { PROBLEM_STATUSES, type EnterpriseRecord, type ServiceVisitRecord } from '../models.js';
import {
  DAGANG_TRAINING,
  DAGANG_VISIT_ACTIVITY,
  DAGANG_VISITED_ENTERPRISES,
  GUANGKAI_CARD,
  GUANGKAI_PROBLEMS,
  GUANGKAI_SERVICE_GROUPS,
} from './documented.js';
import { stamp, type EconomyWorld } from './world.js';

function addVisit(
  world: EconomyWorld,
  enterprise: EnterpriseRecord,
  fields: Omit<ServiceVisitRecord, '_id' | 'enterpriseId' | keyof ReturnType<typeof stamp>>,
): void {
  world.visits.push({
    _id: `svc-${String(world.visits.length).padStart(6, '0')}`,
    enterpriseId: enterprise._id,
    ...fields,
    ...stamp(enterprise.divisionCode),
  });
}

export function buildServiceVisits(world: EconomyWorld): void {
  const guangkai = divisionByName('广开街道').code;
  world.enterprises
    .filter((e) => e.streetCode === guangkai && e.taxCooperating)
    .forEach((enterprise, k) => {
      const problem = k % 3 === 2 ? null : GUANGKAI_PROBLEMS[k % GUANGKAI_PROBLEMS.length];
      addVisit(world, enterprise, {
        kind: 'CONTACT_CARD_VISIT',
        activity: GUANGKAI_CARD,
        serviceGroup: GUANGKAI_SERVICE_GROUPS[k % GUANGKAI_SERVICE_GROUPS.length],
        visitedAt: shanghaiTime(2010, 3 + (k % 8), 5 + k, 9),
        problem,
        problemStatus: problem === null ? null : k % 2 === 0 ? 'RESOLVED' : 'IN_PROGRESS',
      });
    });

  const dagang = divisionByName('大港街道').code;
  const dagangEnterprises = world.enterprises.filter((e) => e.streetCode === dagang);
  const named = DAGANG_VISITED_ENTERPRISES.map((n) => dagangEnterprises.find((e) => e.name === n.name)).filter(
    (e): e is EnterpriseRecord => e !== undefined,
  );
  named.forEach((enterprise, k) =>
    addVisit(world, enterprise, {
      kind: 'PROBLEM_SOLVING_VISIT',
      activity: DAGANG_VISIT_ACTIVITY,
      serviceGroup: '大港街道走訪組',
      visitedAt: shanghaiTime(2016, 4, 6 + k * 3, 9),
      problem: '企業發展中存在的問題（已采集）',
      problemStatus: 'IN_PROGRESS',
    }),
  );
  const trained = [...named, ...dagangEnterprises.filter((e) => !named.includes(e))].slice(
    0,
    DAGANG_TRAINING.participants,
  );
  if (trained.length < DAGANG_TRAINING.participants)
    throw new Error('大港街道 has too few enterprises for the documented training');
  for (const enterprise of trained) {
    addVisit(world, enterprise, {
      kind: 'TRAINING',
      activity: DAGANG_TRAINING.activity,
      serviceGroup: DAGANG_TRAINING.organizer,
      visitedAt: new Date(DAGANG_TRAINING.heldAt),
      problem: null,
      problemStatus: null,
    });
  }

  for (const enterprise of world.enterprises) {
    if (!world.random.chance(0.3)) continue;
    const street = divisionByCode(enterprise.streetCode ?? '')?.name ?? '';
    const group =
      enterprise.streetCode === guangkai
        ? world.random.pick(GUANGKAI_SERVICE_GROUPS)
        : `${street}第${world.random.int(1, 3)}服务组`;
    const hasProblem = world.random.chance(0.6);
    addVisit(world, enterprise, {
      kind: world.random.pick(['CONTACT_CARD_VISIT', 'PROBLEM_SOLVING_VISIT'] as const),
      activity: '企业走访服务',
      serviceGroup: group,
      visitedAt: shanghaiTime(world.random.pick([2019, 2020]), world.random.int(1, 12), world.random.int(1, 28), 9),
      problem: hasProblem ? world.random.pick(GUANGKAI_PROBLEMS) : null,
      problemStatus: hasProblem ? world.random.pick(PROBLEM_STATUSES) : null,
    });
  }
}
