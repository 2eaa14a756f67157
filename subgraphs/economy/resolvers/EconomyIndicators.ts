import type { EconomyIndicatorsResolvers, Measure } from '../__generated__/resolvers-types.js';
import type { EconomyContext } from '../context.js';
import { periodYears, type IndicatorScope, type IndicatorValues } from '../indicators.js';

type NumericKey = Exclude<keyof IndicatorValues, 'targets'>;

/**
 * Each field is a Measure read from the one computation per (division, period) that the
 * indicator loader shares across fields and parents. A work-plan target is attached when the
 * period is one calendar year and the plan set a target under the field's name.
 */
function measure(key: NumericKey, unit: string, fieldName: string, fenToYuan = false) {
  return async (scope: IndicatorScope, _args: unknown, ctx: EconomyContext): Promise<Measure> => {
    const values = await ctx.loaders.indicators.load(scope);
    const { first, last } = periodYears(scope);
    const target =
      first !== null && first === last
        ? values.targets.find((t) => t.key === fieldName && t.year === first)
        : undefined;
    return {
      value: fenToYuan ? values[key] / 100 : values[key],
      unit,
      target: target?.value ?? null,
      suppressed: false,
    };
  };
}

export const EconomyIndicators: EconomyIndicatorsResolvers = {
  enterprises: measure('enterprises', '家', 'enterprises'),
  taxCooperatingEnterprises: measure('taxCooperatingEnterprises', '家', 'taxCooperatingEnterprises'),
  techSmeEnterprises: measure('techSmeEnterprises', '家', 'techSmeEnterprises'),
  littleGiantEnterprises: measure('littleGiantEnterprises', '家', 'littleGiantEnterprises'),
  taxRevenue: measure('taxRevenueFen', '元', 'taxRevenue', true),
  signedProjects: measure('signedProjects', '个', 'signedProjects'),
  signedInvestment: measure('signedInvestmentFen', '元', 'signedInvestment', true),
  signedProjectsOver100Million: measure('signedProjectsOver100Million', '个', 'signedProjectsOver100Million'),
  signedInvestmentOver100Million: measure(
    'signedInvestmentOver100MillionFen',
    '元',
    'signedInvestmentOver100Million',
    true,
  ),
  urbanConstructionKeyProjects: measure('urbanConstructionKeyProjects', '个', 'urbanConstructionKeyProjects'),
  serviceIndustryKeyProjects: measure('serviceIndustryKeyProjects', '个', 'serviceIndustryKeyProjects'),
  techInnovationProjects: measure('techInnovationProjects', '个', 'techInnovationProjects'),
  investmentTrips: measure('investmentTrips', '次', 'investmentTrips'),
  leaderLedTrips: measure('leaderLedTrips', '次', 'leaderLedTrips'),
  topLeaderTrips: measure('topLeaderTrips', '次', 'topLeaderTrips'),
  departmentAndStreetTrips: measure('departmentAndStreetTrips', '次', 'departmentAndStreetTrips'),
  projectsNegotiated: measure('projectsNegotiated', '个', 'projectsNegotiated'),
  serviceVisits: measure('serviceVisits', '次', 'serviceVisits'),
  serviceGroups: measure('serviceGroups', '个', 'serviceGroups'),
  trainedEnterprises: measure('trainedEnterprises', '家', 'trainedEnterprises'),
  billionYuanBuildings: measure('billionYuanBuildings', '座', 'billionYuanBuildings'),
  newBillionYuanBuildings: measure('newBillionYuanBuildings', '座', 'newBillionYuanBuildings'),
  targets: async (scope, _args, ctx) => (await ctx.loaders.indicators.load(scope)).targets,
};
