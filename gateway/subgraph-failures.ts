import { GraphQLError, Kind, parse, type DocumentNode, type GraphQLFormattedError } from 'graphql';

/**
 * What the gateway does when a subgraph fails: the caller gets the healthy subgraphs' data and
 * one coded error naming the failed subgraph (never its URL or a driver message), `/health` names
 * it until it answers again, and an idempotent query gets one more try when the connection was
 * refused or reset (a restarting subgraph, a keep-alive socket closed under us).
 */

/** Error codes for a failed subgraph fetch: down, slow or broken, versus a refused request. */
type SubgraphFailureCode = 'UNAVAILABLE' | 'DOWNSTREAM_SERVICE_ERROR';

interface SubgraphFailure {
  at: number;
  reason: string;
}

/** The last outcome of real traffic to each subgraph; a success clears the failure. */
export class SubgraphOutcomes {
  private readonly failures = new Map<string, SubgraphFailure>();

  succeeded(name: string): void {
    this.failures.delete(name);
  }

  failed(name: string, reason: string): void {
    this.failures.set(name, { at: Date.now(), reason });
  }

  /** The failure of the last request to `name`, if it failed within `withinMs`. */
  recentFailure(name: string, withinMs: number): SubgraphFailure | undefined {
    const failure = this.failures.get(name);
    return failure && Date.now() - failure.at <= withinMs ? failure : undefined;
  }
}

const RETRIABLE_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

function causes(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let current = error; current instanceof Error && chain.length < 5; current = current.cause) chain.push(current);
  return chain;
}

function networkCode(error: unknown): string | undefined {
  return causes(error)
    .map((cause) => (cause as Error & { code?: unknown }).code)
    .find((code): code is string => typeof code === 'string' && RETRIABLE_NETWORK_CODES.has(code));
}

/** A refused or reset connection: the request never ran, or ran on a subgraph that went away. */
export function isRetriableNetworkError(error: unknown): boolean {
  return networkCode(error) !== undefined;
}

/**
 * Only queries are retried or shared: a mutation that reached the subgraph before the reset may
 * have applied. The gateway's fetch carries its parsed operation only with some planner options,
 * so the text decides: its first word, or a parse when it starts otherwise (a comment, a fragment).
 */
const OPERATION_HEAD = /^\s*(query\b|mutation\b|subscription\b|\{)/;

export function isQueryOperation(document: DocumentNode | undefined, text?: string): boolean {
  // The query planner writes fetches as `query Name(…){…}`, `{…}` or `mutation …`: the first word says it.
  const head = !document && text !== undefined ? OPERATION_HEAD.exec(text) : null;
  if (head) return head[1] !== 'mutation' && head[1] !== 'subscription';
  let parsed = document;
  if (!parsed && text) {
    try {
      parsed = parse(text);
    } catch {
      return false;
    }
  }
  const operation = parsed?.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return operation?.kind === Kind.OPERATION_DEFINITION && operation.operation === 'query';
}

interface FailedResponse {
  status?: unknown;
  body?: unknown;
}

function failedResponseOf(error: unknown): FailedResponse | undefined {
  return (error as { extensions?: { response?: FailedResponse } }).extensions?.response;
}

function httpStatusOf(error: unknown): number | undefined {
  const status = failedResponseOf(error)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * The GraphQL errors in a non-2xx answer (a subgraph refuses bad variables with 400 and a request
 * it cannot serve with 503, each with coded errors): passed on, the gateway keeps their codes and
 * adds the subgraph's name, where the data source alone would report only the HTTP status.
 */
export function graphQLAnswerOf(error: unknown): { status: number; errors: GraphQLFormattedError[] } | undefined {
  const body = failedResponseOf(error)?.body as { errors?: unknown } | undefined;
  const status = httpStatusOf(error);
  if (status === undefined || !Array.isArray(body?.errors) || body.errors.length === 0) return undefined;
  const errors = body.errors.filter(
    (entry): entry is GraphQLFormattedError => typeof (entry as { message?: unknown })?.message === 'string',
  );
  return errors.length ? { status, errors } : undefined;
}

/** Why the fetch failed, in words safe to show a caller (no URL, no stack, no driver text). */
function reasonOf(error: unknown, timeoutMs: number): { code: SubgraphFailureCode; reason: string } {
  if (causes(error).some((cause) => cause.name === 'TimeoutError' || cause.name === 'AbortError')) {
    return { code: 'UNAVAILABLE', reason: `no answer within ${timeoutMs} ms` };
  }
  const network = networkCode(error);
  if (network)
    return { code: 'UNAVAILABLE', reason: network === 'ECONNREFUSED' ? 'connection refused' : 'connection lost' };
  const status = httpStatusOf(error);
  if (status !== undefined)
    return { code: status >= 500 ? 'UNAVAILABLE' : 'DOWNSTREAM_SERVICE_ERROR', reason: `HTTP ${status}` };
  return { code: 'DOWNSTREAM_SERVICE_ERROR', reason: 'unreadable response' };
}

/** The error the caller sees for a failed fetch; the gateway puts it beside the other subgraphs' data. */
export function subgraphFailureError(serviceName: string, error: unknown, timeoutMs: number): GraphQLError {
  const { code, reason } = reasonOf(error, timeoutMs);
  return new GraphQLError(`subgraph "${serviceName}" failed: ${reason}`, { extensions: { code, serviceName, reason } });
}
