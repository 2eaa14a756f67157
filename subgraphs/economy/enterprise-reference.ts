import { badUserInput } from '../../platform/contract/errors.js';
import { validCreditCode } from '../../platform/writes/input-validation.js';
import type { EconomyContext } from './context.js';
import type { EnterpriseRecord } from './models.js';
import { visibleEnterprise } from './resolvers/Enterprise.js';

/**
 * An enterprise a mutation input names by unified social credit code: the check character is
 * verified first (a mistyped code is named as such), then the enterprise must exist inside the
 * viewer's jurisdiction; one outside it is reported like an unknown one.
 */
export async function enterpriseNamedBy(ctx: EconomyContext, creditCode: string, field: string): Promise<EnterpriseRecord> {
  const code = validCreditCode(creditCode, field);
  const enterprise = await visibleEnterprise(ctx, { creditCode: code });
  if (!enterprise) throw badUserInput(field, `no enterprise with credit code ${code} in the viewer's jurisdiction`);
  return enterprise;
}

/** Exactly one of an id and a credit code, as `Query.enterprise` takes them. */
export async function enterpriseNamedByIdOrCode(
  ctx: EconomyContext,
  ref: { enterpriseId?: string | null; enterpriseCreditCode?: string | null },
  prefix: string,
): Promise<EnterpriseRecord> {
  const { enterpriseId, enterpriseCreditCode } = ref;
  if ((enterpriseId ? 1 : 0) + (enterpriseCreditCode ? 1 : 0) !== 1) {
    throw badUserInput(`${prefix}.enterpriseId`, 'give exactly one of enterpriseId and enterpriseCreditCode');
  }
  if (enterpriseCreditCode) return enterpriseNamedBy(ctx, enterpriseCreditCode, `${prefix}.enterpriseCreditCode`);
  const enterprise = await visibleEnterprise(ctx, { id: enterpriseId });
  if (!enterprise) throw badUserInput(`${prefix}.enterpriseId`, `no enterprise ${enterpriseId} in the viewer's jurisdiction`);
  return enterprise;
}
