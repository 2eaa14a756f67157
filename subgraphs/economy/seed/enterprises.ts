import { childrenOf, divisionByName, divisionsOfLevel, type DivisionSeed } from '../../../platform/world/divisions.js';
import { makeMobile } from '../../../platform/world/identifiers.js';
import { enterpriseId, GUARANTEED_ENTERPRISES_PER_COMMUNITY } from '../../../platform/world/keys.js';
import { shanghaiTime } from '../../../platform/query/calendar.js';
import { INDUSTRIES, type EnterpriseRecord, type Industry } from '../models.js';
import { DAGANG_VISITED_ENTERPRISES, GUANGKAI_TAX_COOPERATING, TONGBAI_INTRODUCED } from './documented.js';
import { projectRecord } from './investment-projects.js';
import { CITY_PREFIX, INDUSTRY_WORDS, NAME_STEMS } from './names.js';
import { NANKAI, stamp, type EconomyWorld } from './world.js';

const GENERATED_ENTERPRISES_PER_COMMUNITY = 3;

/** A documented date (YYYY-MM-DD) at an hour in Asia/Shanghai. */
function shanghaiDate(isoDate: string, hour = 9): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return shanghaiTime(y, m, d, hour);
}

function addEnterprise(
  world: EconomyWorld,
  community: DivisionSeed,
  index: number,
  fields: Partial<EnterpriseRecord> & { name?: string; industry?: Industry },
): EnterpriseRecord {
  const districtCode = community.code.slice(0, 6);
  const industry = fields.industry ?? world.random.pick(INDUSTRIES);
  const techSme = districtCode === NANKAI ? world.random.chance(0.45) : world.random.chance(0.2);
  const streetBuildings = world.buildingsByStreet.get(community.code.slice(0, 9)) ?? [];
  const enterprise: EnterpriseRecord = {
    _id: enterpriseId(community.code, index),
    creditCode: world.creditCode(districtCode),
    name: fields.name ?? `${CITY_PREFIX[districtCode]}${world.random.pick(NAME_STEMS)}${INDUSTRY_WORDS[industry]}`,
    industry,
    taxCooperating: world.random.chance(0.3),
    techSme,
    littleGiant: techSme && world.random.chance(0.08),
    nonPublic: world.random.chance(0.92),
    address: `${community.name}${world.random.int(1, 200)}号`,
    buildingId: streetBuildings.length > 0 && world.random.chance(0.25) ? world.random.pick(streetBuildings)._id : null,
    establishedAt: shanghaiTime(world.random.int(1998, 2019), world.random.int(1, 12), world.random.int(1, 28)),
    legalRepresentativePhone: makeMobile(world.random),
    ...stamp(community.code),
    ...fields,
  };
  world.enterprises.push(enterprise);
  return enterprise;
}

export function buildEnterprises(world: EconomyWorld): void {
  const guangkai = divisionByName('广开街道').code;
  let guangkaiCooperating = 0;
  for (const community of divisionsOfLevel('COMMUNITY')) {
    const inGuangkai = community.code.startsWith(guangkai);
    const count = GUARANTEED_ENTERPRISES_PER_COMMUNITY + GENERATED_ENTERPRISES_PER_COMMUNITY * world.scale;
    for (let i = 0; i < count; i++) {
      // 广开街道: exactly the first 24 guaranteed enterprises cooperate on tax (000).
      const taxCooperating = inGuangkai
        ? i < GUARANTEED_ENTERPRISES_PER_COMMUNITY && guangkaiCooperating++ < GUANGKAI_TAX_COOPERATING
        : undefined;
      addEnterprise(world, community, i, taxCooperating === undefined ? {} : { taxCooperating });
    }
  }
  const tongbai = childrenOf(divisionByName('桐柏路街道').code);
  TONGBAI_INTRODUCED.forEach((introduced, k) => {
    const signedAt = shanghaiDate(introduced.signedAt);
    const enterprise = addEnterprise(world, tongbai[k % tongbai.length], 800 + k, {
      name: introduced.name,
      industry: introduced.industry,
      establishedAt: signedAt,
    });
    world.projects.push(
      projectRecord(
        world,
        `${introduced.name}落户项目`,
        introduced.industry,
        introduced.amountWan * 10_000 * 100,
        'COMPLETED',
        signedAt,
        enterprise.divisionCode,
        {
          enterpriseId: enterprise._id,
          investorName: introduced.name,
        },
      ),
    );
  });
  const dagang = childrenOf(divisionByName('大港街道').code);
  DAGANG_VISITED_ENTERPRISES.forEach((named, k) => {
    addEnterprise(world, dagang[k % dagang.length], 900 + k, {
      name: named.name,
      industry: named.industry,
      nonPublic: true,
      establishedAt: shanghaiTime(2005 + k, 4, 1),
    });
  });
}
