import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTED_FIGURES } from '../subgraphs/civil-affairs/figures.js';
import type { Viewer } from '../platform/contract/identity.js';
import { ADMIN, startSubgraphHarness, type SubgraphHarness } from './utils/subgraph-harness.js';

/** Every expected value below is written from the source documents, not read from the seeder. */
let ca: SubgraphHarness;
/** Runs as `viewer` (admin by default). */
const runAs = (query: string, viewer: Viewer = ADMIN, variables?: Record<string, unknown>) =>
  ca.run(query, variables, viewer);
beforeAll(async () => {
  ca = await startSubgraphHarness('civil-affairs');
});
afterAll(async () => ca?.stop());

const BEIGUAN_2020 = 'from: "2020-01-01T00:00:00+08:00", to: "2020-12-01T00:00:00+08:00"';

describe('figures 003 北关区 2020年1-11月', () => {
  it('figures 低保 households, persons, urban monthly and rural quarterly amounts', async () => {
    const { data, errors } = await runAs(`{ district(code: "410503") { name civilAffairsIndicators(${BEIGUAN_2020}) {
      dibaoHouseholds { value unit } dibaoPersons { value unit } dibaoUrbanAmount { value unit } dibaoRuralAmount { value }
      dibaoRuralHouseholds { value } dibaoUrbanHouseholds { value } dibaoTiers { tier urbanRural households { value } } } } }`);
    expect(errors).toBeUndefined();
    const indicators = data!.district.civilAffairsIndicators;
    expect(indicators.dibaoHouseholds).toEqual({ value: 1669, unit: '户' });
    expect(indicators.dibaoPersons).toEqual({ value: 2873, unit: '人' });
    expect(indicators.dibaoRuralAmount.value).toBe(3_563_000);
    expect(indicators.dibaoUrbanAmount).toEqual({ value: 6_057_000, unit: '元' });
    expect(indicators.dibaoRuralHouseholds.value + indicators.dibaoUrbanHouseholds.value).toBe(1669);
    expect(
      indicators.dibaoTiers.map((t: { tier: string; urbanRural: string }) => `${t.urbanRural}:${t.tier}`),
    ).toContain('RURAL:A_PLUS');
  });

  it('figures rural 低保 is 柏庄镇 and paid quarterly, urban paid monthly', async () => {
    const { data } = await runAs(
      `{ street(code: "410503100") { civilAffairsIndicators(${BEIGUAN_2020}) { dibaoRuralAmount { value } dibaoUrbanAmount { value } } } }`,
    );
    expect(data!.street.civilAffairsIndicators).toEqual({
      dibaoRuralAmount: { value: 3_563_000 },
      dibaoUrbanAmount: { value: 0 },
    });
    const rural = await runAs(
      '{ assistanceCases(first: 5, filter: { divisionCode: "410503100", program: DIBAO }) { edges { node { paymentSchedule urbanRural } } } }',
    );
    const edges = rural.data!.assistanceCases.edges;
    expect(edges, 'the first five 柏庄镇 低保 cases').toHaveLength(5);
    for (const edge of edges) expect(edge.node).toEqual({ paymentSchedule: 'QUARTERLY', urbanRural: 'RURAL' });
  });

  it('figures A+ tier pays 336 元 per person per month', async () => {
    const { data } =
      await runAs(`{ assistanceCases(first: 20, filter: { divisionCode: "410503", program: DIBAO, tier: A_PLUS }) {
      totalCount edges { node { persons payments(first: 10) { edges { node { months amountYuan } } } } } } }`);
    expect(data!.assistanceCases.totalCount).toBeGreaterThan(0);
    const perPersonMonth = data!.assistanceCases.edges.flatMap(({ node }: any) =>
      node.payments.edges.map((payment: any) => payment.node.amountYuan / (node.persons * payment.node.months)),
    );
    expect(perPersonMonth.length, 'payments of 北关区 A+ 低保 cases').toBeGreaterThan(0);
    for (const amount of perPersonMonth) expect(amount).toBe(336);
  });

  it('figures orphans, de-facto unsupported children, temporary assistance, disability and high-age allowances', async () => {
    const { data } = await runAs(`{ district(code: "410503") { civilAffairsIndicators(${BEIGUAN_2020}) {
      orphans { value } deFactoUnsupportedChildren { value } childAssistanceAmount { value }
      temporaryAssistancePersonTimes { value unit } temporaryAssistanceAmount { value }
      disabilityLivingSubsidyPersons { value } disabilityLivingSubsidyAmount { value }
      severeDisabilityCareSubsidyPersons { value } severeDisabilityCareSubsidyAmount { value }
      highAgeAllowanceRecipients { value } highAgeAllowanceAmount { value } } } }`);
    const i = data!.district.civilAffairsIndicators;
    expect([i.orphans.value, i.deFactoUnsupportedChildren.value, i.childAssistanceAmount.value]).toEqual([
      6, 34, 248_171,
    ]);
    expect([i.temporaryAssistancePersonTimes, i.temporaryAssistanceAmount.value]).toEqual([
      { value: 221, unit: '人次' },
      381_000,
    ]);
    expect([i.disabilityLivingSubsidyPersons.value, i.disabilityLivingSubsidyAmount.value]).toEqual([1039, 671_700]);
    expect([i.severeDisabilityCareSubsidyPersons.value, i.severeDisabilityCareSubsidyAmount.value]).toEqual([
      1360, 883_320,
    ]);
    expect([i.highAgeAllowanceRecipients.value, i.highAgeAllowanceAmount.value]).toEqual([6481, 3_196_500]);
  });

  it('figures children are paid 950 元 a month', async () => {
    const { data } = await runAs(
      '{ assistanceCases(first: 6, filter: { divisionCode: "410503", program: ORPHAN }) { totalCount edges { node { payments(first: 20) { edges { node { amountYuan } } } } } } }',
    );
    expect(data!.assistanceCases.totalCount).toBe(6);
    expect(data!.assistanceCases.edges).toHaveLength(6);
    const amounts = data!.assistanceCases.edges.flatMap(({ node }: any) =>
      node.payments.edges.map((p: any) => p.node.amountYuan),
    );
    expect(amounts.length, 'payments of the 6 北关区 orphans').toBeGreaterThan(0);
    for (const amount of amounts) expect(amount).toBe(950);
  });
});

describe('figures 000 广开街道', () => {
  it('figures 74 new 低保 households and 38.5万 in the first half of 2010', async () => {
    const { data } = await runAs(
      '{ street(code: "120104004") { name civilAffairsIndicators(from: "2010-01-01T00:00:00+08:00", to: "2010-07-01T00:00:00+08:00") { newDibaoHouseholds { value } newDibaoAmount { value } } } }',
    );
    expect(data!.street.name).toBe('广开街道');
    expect(data!.street.civilAffairsIndicators).toEqual({
      newDibaoHouseholds: { value: 74 },
      newDibaoAmount: { value: 385_000 },
    });
  });

  it('figures housing, elderly, employment and insurance services', async () => {
    const { data } =
      await runAs(`{ street(code: "120104004") { civilAffairsIndicators(from: "2010-01-01T00:00:00+08:00", to: "2011-01-01T00:00:00+08:00") {
      housingSubsidies { value } priceLimitedHousingApprovals { value } elderlyCertificates { value } seniorCards { value }
      disabledJobPlacements { value } flexibleEmployment4050 { value } trainedPersons { value }
      medicalInsuranceRegistrations { value } socialSecurityCards { value } } } }`);
    const values = Object.fromEntries(
      Object.entries(data!.street.civilAffairsIndicators).map(([key, m]) => [key, (m as { value: number }).value]),
    );
    expect(values).toEqual({
      housingSubsidies: 53,
      priceLimitedHousingApprovals: 268,
      elderlyCertificates: 2552,
      seniorCards: 1960,
      disabledJobPlacements: 9,
      flexibleEmployment4050: 186,
      trainedPersons: 174,
      medicalInsuranceRegistrations: 3096,
      socialSecurityCards: 2030,
    });
  });
});

describe('figures 004 大港街道 2016 and 002 南开区 2012 targets', () => {
  it('figures spring job fair with 75 enterprises and 420余 (421) hiring intentions, targets next to actuals', async () => {
    const { data } =
      await runAs(`{ street(code: "120116011") { civilAffairsIndicators(from: "2016-01-01T00:00:00+08:00", to: "2017-01-01T00:00:00+08:00") {
      jobFairEnterprises { value } jobFairHiringIntentions { value } newJobs { value target } urbanRuralMedicalInsuranceEnrolments { value target } dayCareCentres { value } } } }`);
    const i = data!.street.civilAffairsIndicators;
    expect(i.jobFairEnterprises.value).toBe(75);
    expect(i.jobFairHiringIntentions.value).toBeGreaterThan(420);
    expect(i.jobFairHiringIntentions.value).toBe(421);
    expect(i.newJobs.target).toBe(3000);
    expect(i.urbanRuralMedicalInsuranceEnrolments.target).toBe(7000);
    expect(i.dayCareCentres.value).toBe(3);
  });

  it('figures 南开区 2012: 3.9万 new jobs and unemployment at most 3.6%', async () => {
    const { data } = await runAs(
      '{ district(code: "120104") { civilAffairsIndicators(from: "2012-01-01T00:00:00+08:00", to: "2013-01-01T00:00:00+08:00") { newJobs { target } targets { indicator value comparison } } } }',
    );
    const i = data!.district.civilAffairsIndicators;
    expect(i.newJobs.target).toBe(39_000);
    expect(i.targets).toContainEqual({ indicator: 'registeredUnemploymentRate', value: 3.6, comparison: 'AT_MOST' });
  });

  it('figures every DOCUMENTED_FIGURES query answers without errors', async () => {
    for (const figure of DOCUMENTED_FIGURES)
      expect((await runAs(figure.query)).errors, figure.description).toBeUndefined();
  });
});
