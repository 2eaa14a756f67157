import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { reportEnterpriseProblem, resolveEnterpriseProblem, startWorkingOnProblem } from '../writes/service-visits.js';
import {
  abandonInvestmentProject,
  completeInvestmentProject,
  createInvestmentProject,
  negotiateInvestmentProject,
  signInvestmentProject,
  startInvestmentProject,
} from '../writes/investment-projects.js';
import { writerFor } from '../../../platform/access/write-access.js';
import type { EconomyContext } from '../context.js';

const writer = writerFor<EconomyContext>();

export const Mutation: MutationResolvers = {
  createInvestmentProject: writer((ctx, { input, idempotencyKey }) =>
    createInvestmentProject(ctx, input, idempotencyKey),
  ),
  negotiateInvestmentProject: writer(negotiateInvestmentProject),
  signInvestmentProject: writer(signInvestmentProject),
  startInvestmentProject: writer(startInvestmentProject),
  completeInvestmentProject: writer(completeInvestmentProject),
  abandonInvestmentProject: writer(abandonInvestmentProject),
  reportEnterpriseProblem: writer((ctx, { input, idempotencyKey }) =>
    reportEnterpriseProblem(ctx, input, idempotencyKey),
  ),
  startWorkingOnProblem: writer(startWorkingOnProblem),
  resolveEnterpriseProblem: writer(resolveEnterpriseProblem),
};
