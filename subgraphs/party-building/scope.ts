import { divisionFilter, isWithin, parseDivisionCode } from '../../platform/world/division-code.js';
import type { RequestContext } from '../../platform/access/request-access.js';

/**
 * The division a query may look at: the narrowest of the viewer's jurisdiction and every
 * division the query asks for (a parent's code, a filter's code). '' means everything;
 * null means the requests do not overlap, so the answer is empty.
 */
export function effectiveDivision(ctx: RequestContext, ...requested: Array<string | null | undefined>): string | null {
  let scope = ctx.access.scope();
  for (const code of requested) {
    if (scope === null) return null;
    if (code === null || code === undefined) continue;
    scope = isWithin(code, scope) ? code : isWithin(scope, code) ? scope : null;
  }
  return scope;
}

/** The Mongo filter for records inside `scope` (an indexed equality on an ancestry field). */
export function divisionMatch(scope: string): Record<string, string> {
  return scope === '' ? {} : divisionFilter(scope);
}

/** Validates an optional division-code argument; the error names the argument. */
export function optionalDivisionCode(value: string | null | undefined, argumentName: string): string | null {
  return value === null || value === undefined ? null : parseDivisionCode(value, argumentName);
}
