import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childrenOf, divisionByName } from '../platform/world/divisions.js';
import { DOCUMENTED_FIGURES, type DocumentedFigure } from '../subgraphs/urban-management/figures.js';
import { at, startSubgraphHarness, type SubgraphHarness } from './utils/subgraph-harness.js';

/**
 * The documents' figures, written here from ../shared/seeds (not read from the seeder), in the
 * order of DOCUMENTED_FIGURES. 柏庄镇's "40余/300余/千余/百余" are the exact numbers chosen.
 */
const FROM_DOCUMENTS: [source: string, value: number][] = [
  ['000', 6],
  ['000', 48],
  ['000', 4],
  ['001', 32],
  ['001', 8],
  ['001', 15],
  ['001', 16],
  ['001', 18],
  ['001', 18],
  ['002', 10],
  ['002', 46],
  ['002', 20],
  ['003', 38],
  ['003', 18],
  ['003', 42],
  ['003', 316],
  ['003', 1068],
  ['003', 112],
  ['004', 300_000],
  ['004', 470],
  ['004', 8],
  ['004', 1],
  ['004', 2],
  ['004', 1],
];

let um: SubgraphHarness;
beforeAll(async () => {
  um = await startSubgraphHarness('urban-management', { seed: 20201130 });
});
afterAll(async () => {
  await um.stop();
});

/** The gateway enters through civil affairs' `street(code)`; in process the same selection goes through `_entities`. */
async function answer(figure: DocumentedFigure): Promise<unknown> {
  if (!figure.root) return at(await um.data(figure.query), figure.path);
  const typename = figure.root.field === 'street' ? 'Street' : 'District';
  const data = await um.data(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${figure.selection} } } }`,
    {
      r: [{ __typename: typename, code: figure.root.code }],
    },
  );
  return at({ [figure.root.field]: (data._entities as unknown[])[0] }, figure.path);
}

describe('urban-management figures', () => {
  it('lists each documented figure with the value the documents give', () => {
    expect(DOCUMENTED_FIGURES.map((figure) => [figure.source, figure.value])).toEqual(FROM_DOCUMENTS);
    for (const figure of DOCUMENTED_FIGURES) expect(figure.query).toContain(figure.path.split(/[.[]/)[0]);
  });

  it.each(DOCUMENTED_FIGURES.map((figure, i) => [figure.description, figure, FROM_DOCUMENTS[i][1]] as const))(
    '%s',
    async (_description, figure, expected) => {
      expect(await answer(figure)).toBe(expected);
    },
  );

  it("names 广开街's six roads and four residential areas (document 000)", async () => {
    const data =
      await um.data(`{ rectificationProjects(first: 100, filter: { divisionCode: "120104004", kind: [ROAD, RESIDENTIAL_AREA], year: 2010 }) {
      edges { node { name kind programme community { code } } } } }`);
    const nodes = (
      at(data, 'rectificationProjects.edges') as {
        node: { name: string; kind: string; programme: string; community: { code: string } | null };
      }[]
    ).map((edge) => edge.node);
    const roads = nodes.filter((node) => node.kind === 'ROAD').map((node) => node.name);
    for (const road of ['广开四马路', '西市大街', '青年路', '南开五马路', '黄河道', '西营门外大街'])
      expect(roads.some((name) => name.startsWith(road))).toBe(true);
    const areas = nodes.filter((node) => node.kind === 'RESIDENTIAL_AREA');
    const codes = ['朝园里社区', '桦林园社区', '开明西里社区', '康舜里社区'].map((name) => divisionByName(name).code);
    expect(areas.map((area) => area.community?.code).sort()).toEqual(codes.sort());
    expect(new Set(nodes.map((node) => node.programme))).toEqual(new Set(['奋战300天市容环境综合整治']));
  });

  it("puts 大港's 470 gates in exactly 8 communities, 福苑里 and 三春里 among them (document 004)", async () => {
    const communities = childrenOf(divisionByName('大港街道').code);
    const data = await um.data(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Community { code facilities(filter: { type: [ACCESS_GATE] }) { totalCount } } } }`,
      {
        r: communities.map((community) => ({ __typename: 'Community', code: community.code })),
      },
    );
    const withGates = (data._entities as { code: string; facilities: { totalCount: number } }[]).filter(
      (entity) => entity.facilities.totalCount > 0,
    );
    expect(withGates).toHaveLength(8);
    expect(withGates.reduce((sum, entity) => sum + entity.facilities.totalCount, 0)).toBe(470);
    for (const name of ['福苑里社區', '三春里社區'])
      expect(withGates.map((entity) => entity.code)).toContain(divisionByName(name).code);
  });

  it("shows 南开区's 2012 targets next to the actual projects (document 002)", async () => {
    const data = await um.data(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on District {
      urbanManagementIndicators(from: "2012-01-01", to: "2013-01-01") { rectificationByKind { kind projects { value target unit } completedProjects { value } } } } } }`,
      { r: [{ __typename: 'District', code: '120104' }] },
    );
    const widening = at(data, "_entities[0].urbanManagementIndicators.rectificationByKind[?(@.kind=='ROAD_WIDENING')]");
    expect(widening).toMatchObject({ projects: { value: 10, target: 10, unit: '条' } });
    const oldAreas = at(
      data,
      "_entities[0].urbanManagementIndicators.rectificationByKind[?(@.kind=='OLD_RESIDENTIAL_RENOVATION')]",
    );
    expect(oldAreas).toMatchObject({ projects: { value: 46, target: 46 } });
    expect(at(oldAreas, 'completedProjects.value')).toBeLessThan(46);
  });

  it("covers each of 柏庄镇's 38 villages in the loose-coal campaign (document 003)", async () => {
    const data = await um.data(
      `{ inspectionCampaigns(filter: { divisionCode: "410503100" }) { totalCount edges { node { name startDate villages { code } } } } }`,
    );
    expect(at(data, 'inspectionCampaigns.totalCount')).toBe(1);
    const villages = (at(data, 'inspectionCampaigns.edges[0].node.villages') as { code: string }[]).map(
      (village) => village.code,
    );
    expect(villages.sort()).toEqual(
      childrenOf('410503100')
        .map((village) => village.code)
        .sort(),
    );
    expect(at(data, 'inspectionCampaigns.edges[0].node.startDate')).toBe('2020-11-30T16:00:00.000Z');
  });
});
