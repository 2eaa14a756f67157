import { GraphQLError } from 'graphql';

/**
 * Every error a client can see is created here, so codes stay a closed set that the typed
 * client can expose as a union. Messages name the argument or field at fault.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'UNAVAILABLE',
  'NOT_FOUND',
  'RATE_LIMITED',
] as const;
type ErrorCode = (typeof ERROR_CODES)[number];

function codedError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** Bad client input; `argumentName` is the argument (or input field path) at fault. */
export function badUserInput(
  argumentName: string,
  reason: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return codedError('BAD_USER_INPUT', `Invalid argument "${argumentName}": ${reason}`, { argumentName, ...extensions });
}

/** A malformed request header (e.g. x-access-purpose): the whole request is refused with HTTP 400. */
export function badHeader(header: string, reason: string): GraphQLError {
  return codedError('BAD_USER_INPUT', `Invalid header "${header}": ${reason}`, { header, http: { status: 400 } });
}

/**
 * A request over one of the gateway's query limits (depth, aliases, tokens, directives, cost),
 * refused with HTTP 400 before any subgraph is called; `limit` and `maximum` say which and how much.
 */
export function queryLimitExceeded(limit: string, maximum: number, reason: string): GraphQLError {
  return codedError('BAD_USER_INPUT', `Query limit ${limit} (maximum ${maximum}) exceeded: ${reason}`, {
    limit,
    maximum,
    http: { status: 400 },
  });
}

export function unauthenticated(reason: string): GraphQLError {
  return codedError('UNAUTHENTICATED', reason, { http: { status: 401 } });
}

/** Refused for this viewer; `extensions` name what was refused (e.g. `argumentName`). */
export function forbidden(reason: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return codedError('FORBIDDEN', reason, extensions);
}

/** Optimistic-concurrency loss: the caller's expected version is not the stored one. */
export function conflict(reason: string, currentVersion?: number): GraphQLError {
  return codedError('CONFLICT', reason, currentVersion === undefined ? {} : { currentVersion });
}

/**
 * A lifecycle step the record's current state does not allow, e.g.
 * `cannot resolve an incident in state REPORTED; allowed from ASSIGNED, REOPENED`.
 */
export function illegalTransition(
  action: string,
  what: string,
  currentState: string,
  requestedState: string,
  allowedFrom: readonly string[],
): GraphQLError {
  return codedError(
    'BAD_USER_INPUT',
    `cannot ${action} ${what} in state ${currentState}; allowed from ${allowedFrom.join(', ')}`,
    {
      currentState,
      requestedState,
      allowedFrom,
    },
  );
}

/** A dependency (the database) is down; `httpStatus` 503 when the whole request is refused. */
export function unavailable(reason: string, httpStatus?: number): GraphQLError {
  return codedError('UNAVAILABLE', reason, httpStatus ? { http: { status: httpStatus } } : {});
}

/** Over the caller's rate limit: HTTP 429 with `retry-after`; `limit` is the rate (requests per second). */
export function rateLimited(retryAfterSeconds: number, perSecond: number, subject: string): GraphQLError {
  return codedError(
    'RATE_LIMITED',
    `rate limit of ${perSecond} requests per second for ${subject} exceeded; retry after ${retryAfterSeconds} s`,
    {
      retryAfterSeconds,
      limit: perSecond,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  );
}

export function notFound(what: string): GraphQLError {
  return codedError('NOT_FOUND', `${what} does not exist`);
}
