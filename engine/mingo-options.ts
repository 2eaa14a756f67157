import type { Options } from 'mingo/types';

/** `$where`, `$function` and `$accumulator` would run client-supplied JavaScript: keep them off. */
export const BASE_OPTIONS: Partial<Options> = { scriptEnabled: false };
