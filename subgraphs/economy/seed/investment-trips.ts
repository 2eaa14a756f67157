import { childrenOf, divisionsOfLevel, type DivisionSeed } from '../../../platform/world/divisions.js';
import type { SeededRandom } from '../../../platform/world/random.js';
import { shanghaiTime } from '../../../platform/query/calendar.js';
import type { InvestmentTripRecord, TripLeaderLevel } from '../models.js';
import { BEIGUAN_DECEMBER_TRIP, BEIGUAN_DEPARTMENTS, BEIGUAN_TRIPS, INVESTMENT_DESTINATIONS } from './documented.js';
import { BEIGUAN, stamp, type EconomyWorld } from './world.js';

const GENERATED_TRIPS_PER_DISTRICT = 6;

function shuffle<T>(items: T[], random: SeededRandom): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

function tripRecord(
  world: EconomyWorld,
  level: TripLeaderLevel,
  leader: string,
  divisionCode: string,
  startedAt: Date,
  days: number,
  projectsNegotiated: number,
  visited: string[] = [],
): InvestmentTripRecord {
  return {
    _id: `trp-${divisionCode.slice(0, 6)}-${String(world.trips.length).padStart(5, '0')}`,
    leaderLevel: level,
    leader,
    destination: world.random.pick(INVESTMENT_DESTINATIONS),
    visitedOrganizations: visited,
    startedAt,
    endedAt: new Date(startedAt.getTime() + days * 86_400_000),
    projectsNegotiated,
    ...stamp(divisionCode),
  };
}

function leaderOf(world: EconomyWorld, level: TripLeaderLevel, street: DivisionSeed): { leader: string; code: string } {
  if (level === 'TOP_LEADER')
    return { leader: world.random.pick(['区委书记', '区长']), code: street.parentCode ?? street.code };
  if (level === 'COUNTY_LEADER')
    return {
      leader: world.random.pick(['副区长', '区委常委', '区人大常委会副主任', '区政协副主席']),
      code: street.parentCode ?? street.code,
    };
  if (level === 'DEPARTMENT')
    return { leader: world.random.pick(BEIGUAN_DEPARTMENTS), code: street.parentCode ?? street.code };
  return { leader: `${street.name}${street.kind === 'TOWN' ? '政府' : '办事处'}`, code: street.code };
}

export function buildTrips(world: EconomyWorld): void {
  const beiguanStreets = childrenOf(BEIGUAN);
  const levels: TripLeaderLevel[] = [
    ...Array<TripLeaderLevel>(BEIGUAN_TRIPS.topLeader).fill('TOP_LEADER'),
    ...Array<TripLeaderLevel>(BEIGUAN_TRIPS.countyLeader).fill('COUNTY_LEADER'),
    ...Array<TripLeaderLevel>(BEIGUAN_TRIPS.department).fill('DEPARTMENT'),
    ...Array<TripLeaderLevel>(BEIGUAN_TRIPS.street).fill('STREET'),
  ];
  const order = shuffle(levels, world.random.fork('beiguan-trips'));
  order.forEach((level, i) => {
    // 126 negotiated projects spread as evenly as whole numbers allow over the 172 trips.
    const negotiated =
      Math.floor((BEIGUAN_TRIPS.projectsNegotiated * (i + 1)) / order.length) -
      Math.floor((BEIGUAN_TRIPS.projectsNegotiated * i) / order.length);
    const startedAt = new Date(
      shanghaiTime(2020, 1, 3, 8).getTime() + Math.floor((i * 325) / order.length) * 86_400_000,
    );
    const { leader, code } = leaderOf(world, level, beiguanStreets[i % beiguanStreets.length]);
    world.trips.push(tripRecord(world, level, leader, code, startedAt, world.random.int(1, 4), negotiated));
  });
  const december = tripRecord(
    world,
    'TOP_LEADER',
    BEIGUAN_DECEMBER_TRIP.leader,
    BEIGUAN,
    new Date(BEIGUAN_DECEMBER_TRIP.startedAt),
    0,
    BEIGUAN_DECEMBER_TRIP.projectsNegotiated,
    BEIGUAN_DECEMBER_TRIP.visitedOrganizations,
  );
  world.trips.push({
    ...december,
    destination: BEIGUAN_DECEMBER_TRIP.destination,
    endedAt: new Date(BEIGUAN_DECEMBER_TRIP.endedAt),
  });

  for (const district of divisionsOfLevel('DISTRICT')) {
    const streets = childrenOf(district.code);
    // 北关区's 2020 trips are exactly the documented ones; generated ones go to other years.
    const years = district.code === BEIGUAN ? [2019, 2021] : [2019, 2020, 2021];
    for (let i = 0; i < GENERATED_TRIPS_PER_DISTRICT * world.scale; i++) {
      const level = world.random.pick<TripLeaderLevel>(['TOP_LEADER', 'COUNTY_LEADER', 'DEPARTMENT', 'STREET']);
      const { leader, code } = leaderOf(world, level, world.random.pick(streets));
      const startedAt = shanghaiTime(world.random.pick(years), world.random.int(1, 12), world.random.int(1, 28), 8);
      world.trips.push(
        tripRecord(world, level, leader, code, startedAt, world.random.int(1, 4), world.random.int(0, 3)),
      );
    }
  }
}
