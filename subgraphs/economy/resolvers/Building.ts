import type { BuildingResolvers } from '../__generated__/resolvers-types.js';

export const Building: BuildingResolvers = {
  id: (building) => building._id,
  annualTaxYuan: (building) => building.annualTaxFen / 100,
};
