import type { CivilAffairsIndicators } from '../__generated__/resolvers-types.js';
import type { CivilAffairsContext } from '../context.js';
import { indicatorsFor } from '../indicators.js';
import { dateArgument } from '../../../platform/contract/scalars.js';

/** The dashboard (perturbed, small cells withheld, for analysts and services) of a division the viewer's jurisdiction covers entirely; null otherwise (no partial sums under a wider name). */
export async function civilAffairsIndicators(
  ctx: CivilAffairsContext,
  code: string,
  args: { from?: Date | null; to?: Date | null },
): Promise<CivilAffairsIndicators | null> {
  const from = dateArgument(args.from, 'from');
  const to = dateArgument(args.to, 'to');
  if (!ctx.access.canSeeRecordIn(code)) return null;
  return indicatorsFor(await ctx.loaders.indicators.load({ code, from, to }), ctx.disclosure);
}
