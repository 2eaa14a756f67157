import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCivilAffairs } from '../subgraphs/civil-affairs/seed/index.js';
import { collectionSpec } from '../subgraphs/import-export.js';
import { unscoped } from '../platform/access/elevations.js';
import { createPartyBuildingModels } from '../subgraphs/party-building/models.js';
import { importRows } from '../platform/import-export/import.js';
import { parseRows } from '../platform/import-export/read.js';
import { DIVISIONS } from '../platform/world/divisions.js';
import { creditCode } from './utils/identifiers.js';
import { ADMIN, startTestStack, type TestStack } from './utils/stack.js';

/**
 * Names are stored as written (大港街道's in Traditional script) and found in either script
 * through the gateway: divisions written by the seeder, an enterprise written by the importer,
 * a party organization saved through its mongoose model.
 */
let stack: TestStack;
let token: string;
beforeAll(async () => {
  stack = await startTestStack({ seed: false });
  token = await stack.token(ADMIN);
  await unscoped('seed', () => seedCivilAffairs(stack.connections['civil-affairs'], { scale: 1, seed: 20201130 }));
  const enterprise = {
    creditCode: creditCode('91120116MA05XY1Q7'),
    name: '興華里便民超市有限公司',
    industry: 'COMMERCE',
    taxCooperating: false,
    techSme: false,
    littleGiant: false,
    nonPublic: true,
    address: '興華里12号',
    establishedAt: '2015-03-01',
    divisionCode: '120116011006',
  };
  await importRows(
    stack.connections.economy,
    collectionSpec('enterprises'),
    parseRows(JSON.stringify([enterprise]), 'json'),
    new Set(DIVISIONS.map((d) => d.code)),
  );
  await unscoped('seed', () =>
    createPartyBuildingModels(stack.connections['party-building']).organization.create({
      _id: 'porg-test-xinghuali',
      name: '興華里社區黨支部',
      level: 'BRANCH',
      sector: 'COMMUNITY',
      path: ['porg-test-xinghuali'],
      foundedOn: new Date('2010-07-01T00:00:00+08:00'),
      divisionCode: '120116011006',
    }),
  );
}, 120_000);
afterAll(async () => stack?.stop());

async function names(query: string): Promise<string[]> {
  const response = await stack.graphql<Record<string, { edges: { node: { name: string } }[] }>>(query, { token });
  expect(response.body.errors).toBeUndefined();
  return Object.values(response.body.data!)[0].edges.map((edge) => edge.node.name);
}

describe('name search across scripts', () => {
  it.each(['兴华里', '興華里'])('name search: divisions(nameContains: %s) finds 興華里社區 as stored', async (text) => {
    expect(await names(`{ divisions(filter: { nameContains: "${text}" }) { edges { node { name } } } }`)).toEqual([
      '興華里社區',
    ]);
  });

  it('name search: a Traditional query finds a name stored in Simplified (開明西里 → 开明西里社区)', async () => {
    expect(await names('{ divisions(filter: { nameContains: "開明西里" }) { edges { node { name } } } }')).toEqual([
      '开明西里社区',
    ]);
  });

  it.each(['兴华里', '興華里'])(
    'name search: enterprises(nameContains: %s) finds the imported 興華里 enterprise',
    async (text) => {
      expect(await names(`{ enterprises(filter: { nameContains: "${text}" }) { edges { node { name } } } }`)).toEqual([
        '興華里便民超市有限公司',
      ]);
    },
  );

  it.each(['兴华里社区党支部', '興華里社區黨支部'])(
    'name search: partyOrganizations(nameContains: %s) finds the branch',
    async (text) => {
      expect(
        await names(`{ partyOrganizations(filter: { nameContains: "${text}" }) { edges { node { name } } } }`),
      ).toEqual(['興華里社區黨支部']);
    },
  );
});
