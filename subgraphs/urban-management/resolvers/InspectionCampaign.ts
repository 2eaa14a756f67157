import type { InspectionCampaignResolvers } from '../__generated__/resolvers-types.js';
import { divisionRef } from '../models.js';

export const InspectionCampaign: InspectionCampaignResolvers = {
  id: (campaign) => campaign._id,
  villagesCovered: (campaign) => campaign.villageCodes.length,
  villages: (campaign) => campaign.villageCodes.map((code) => ({ code })),
  street: (campaign) => divisionRef(campaign.streetCode),
};
