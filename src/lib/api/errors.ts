import type { z } from 'zod';
import type { Problem } from '@/lib/contract';

/**
 * Every way a call to the API can fail, as one family of errors with a `kind` discriminant,
 * so that the UI can say something specific (see `describeError`) and the query client can
 * decide what is worth retrying. The `endpoint` is the API path without its query string.
 */
export abstract class ApiError extends Error {
  abstract readonly kind: 'problem' | 'schema' | 'malformed' | 'network' | 'timeout';
  readonly endpoint: string;

  protected constructor(endpoint: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.endpoint = endpoint;
  }
}

/** The API answered with an error status; `problem` is its RFC 9457 body, or one made up from the status. */
export class ProblemError extends ApiError {
  readonly kind = 'problem';
  override readonly name = 'ProblemError';
  readonly status: number;
  readonly problem: Problem;
  /** From a `Retry-After` header (429, 503), in seconds. */
  readonly retryAfterSeconds: number | undefined;

  constructor(endpoint: string, problem: Problem, retryAfterSeconds?: number) {
    super(endpoint, `${endpoint} answered ${problem.status}: ${problem.title}`);
    this.status = problem.status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export interface SchemaIssue {
  /** Where in the body, e.g. `items[3].value`; empty for the body itself. */
  path: string;
  /** The last named field on the path, e.g. `value`. */
  field: string;
  message: string;
}

/** The API answered, but the body did not match the contract. */
export class SchemaError extends ApiError {
  readonly kind = 'schema';
  override readonly name = 'SchemaError';
  readonly issues: readonly SchemaIssue[];

  constructor(endpoint: string, issues: readonly SchemaIssue[]) {
    const listed = issues.map((issue) => `${issue.path || '(body)'}: ${issue.message}`).join('; ');
    super(endpoint, `Response from ${endpoint} did not match the contract: ${listed}`);
    this.issues = issues;
  }

  static fromZod(endpoint: string, error: z.ZodError): SchemaError {
    return new SchemaError(
      endpoint,
      error.issues.map((issue) => ({
        path: formatIssuePath(issue.path),
        field: lastField(issue.path),
        // "Invalid input: expected number, received string" reads better without its prefix.
        message: issue.message.replace(/^Invalid input: /, ''),
      })),
    );
  }
}

/** The API answered with a body that is not JSON. */
export class MalformedResponseError extends ApiError {
  readonly kind = 'malformed';
  override readonly name = 'MalformedResponseError';
  readonly status: number;

  constructor(endpoint: string, status: number, options?: ErrorOptions) {
    super(endpoint, `Response from ${endpoint} (status ${status}) was not valid JSON`, options);
    this.status = status;
  }
}

/** The request never got an answer: offline, DNS, CORS, connection refused. */
export class NetworkError extends ApiError {
  readonly kind = 'network';
  override readonly name = 'NetworkError';

  constructor(endpoint: string, options?: ErrorOptions) {
    super(endpoint, `Could not reach ${endpoint}`, options);
  }
}

/** No answer within the time limit. */
export class TimeoutError extends ApiError {
  readonly kind = 'timeout';
  override readonly name = 'TimeoutError';
  readonly timeoutMs: number;

  constructor(endpoint: string, timeoutMs: number) {
    super(endpoint, `${endpoint} did not answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

export type AnyApiError = ProblemError | SchemaError | MalformedResponseError | NetworkError | TimeoutError;

export function isApiError(error: unknown): error is AnyApiError {
  return error instanceof ApiError;
}

/** For pages that show "not found" rather than an error when an id does not exist. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ProblemError && error.status === 404;
}

function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

function lastField(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return '';
}
