import type { CivilAffairsIndicators } from '../__generated__/resolvers-types.js';
import type { CivilAffairsContext } from '../context.js';
import { suppressSmallPersonCounts } from '../indicators.js';
import { dateArgument } from '../../shared/scalars.js';

/** The dashboard (small person counts withheld from analysts) of a division the viewer's jurisdiction covers entirely; null otherwise (no partial sums under a wider name). */
export async function civilAffairsIndicators(
  ctx: CivilAffairsContext,
  code: string,
  args: { from?: Date | null; to?: Date | null },
): Promise<CivilAffairsIndicators | null> {
  const from = dateArgument(args.from, 'from');
  const to = dateArgument(args.to, 'to');
  if (!ctx.access.canSeeRecordIn(code)) return null;
  return suppressSmallPersonCounts(await ctx.loaders.indicators.load({ code, from, to }), ctx.access.role);
}
