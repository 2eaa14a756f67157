import type { InvestmentTripResolvers } from '../__generated__/resolvers-types.js';

export const InvestmentTrip: InvestmentTripResolvers = {
  id: (trip) => trip._id,
  district: (trip) => ({ code: trip.districtCode }),
  street: (trip) => (trip.streetCode ? { code: trip.streetCode } : null),
};
