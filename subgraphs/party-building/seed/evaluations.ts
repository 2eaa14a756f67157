import { divisionAncestry } from '../../../platform/world/division-code.js';
import type { PartyEvaluationKind, PartyOrganizationRecord } from '../models.js';
import type { PartyWorld } from './world.js';

export function addEvaluation(
  world: PartyWorld,
  organization: PartyOrganizationRecord,
  kind: PartyEvaluationKind,
  year: number,
): void {
  const score = world.random.int(680, 990) / 10;
  const grade = score >= 90 ? 'EXCELLENT' : score >= 80 ? 'GOOD' : score >= 60 ? 'PASS' : 'FAIL';
  world.evaluations.push({
    _id: `peval-${organization._id.replace(/^porg-/, '')}-${year}-${kind}`,
    organizationId: organization._id,
    kind,
    year,
    score,
    grade,
    divisionCode: organization.divisionCode,
    ...divisionAncestry(organization.divisionCode),
  });
}
