import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { reportEnterpriseProblem, resolveEnterpriseProblem, startWorkingOnProblem } from '../problem-tickets.js';
import {
  abandonInvestmentProject,
  completeInvestmentProject,
  createInvestmentProject,
  negotiateInvestmentProject,
  signInvestmentProject,
  startInvestmentProject,
} from '../project-pipeline.js';
import { writingRole } from '../../shared/write-access.js';
import type { EconomyContext } from '../context.js';

/** Read-only callers (analysts, services) are refused before their input is even looked at. */
function writer<A, R>(run: (ctx: EconomyContext, args: A) => R) {
  return (_root: unknown, args: A, ctx: EconomyContext): R => {
    writingRole(ctx.viewer);
    return run(ctx, args);
  };
}

export const Mutation: MutationResolvers = {
  createInvestmentProject: writer((ctx, { input, idempotencyKey }) => createInvestmentProject(ctx, input, idempotencyKey)),
  negotiateInvestmentProject: writer(negotiateInvestmentProject),
  signInvestmentProject: writer(signInvestmentProject),
  startInvestmentProject: writer(startInvestmentProject),
  completeInvestmentProject: writer(completeInvestmentProject),
  abandonInvestmentProject: writer(abandonInvestmentProject),
  reportEnterpriseProblem: writer((ctx, { input, idempotencyKey }) => reportEnterpriseProblem(ctx, input, idempotencyKey)),
  startWorkingOnProblem: writer(startWorkingOnProblem),
  resolveEnterpriseProblem: writer(resolveEnterpriseProblem),
};
