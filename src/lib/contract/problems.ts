import type { EvidenceDetail } from './evidence';
import type { Problem } from './problem';
import type { QueryIssue } from './search-params';

/**
 * A refusal the API answers with RFC 9457 problem details. The mock store and the server's
 * services throw it; their HTTP layers turn it into an `application/problem+json` response, so
 * both hosts word the same refusal the same way.
 */
export class ApiProblem extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.problem = problem;
  }
}

const TYPE_PREFIX = 'urn:svm:problem:';

export function invalid(detail: string, errors: QueryIssue[]): ApiProblem {
  return new ApiProblem({
    type: `${TYPE_PREFIX}invalid-request`,
    title: 'Invalid request',
    status: 400,
    detail,
    errors,
  });
}

export function notFound(detail: string): ApiProblem {
  return new ApiProblem({ type: `${TYPE_PREFIX}not-found`, title: 'Not found', status: 404, detail });
}

export function unauthenticated(detail: string): ApiProblem {
  return new ApiProblem({ type: `${TYPE_PREFIX}unknown-user`, title: 'Not signed in', status: 401, detail });
}

export function forbidden(detail: string): ApiProblem {
  return new ApiProblem({ type: `${TYPE_PREFIX}forbidden`, title: 'Not allowed', status: 403, detail });
}

export function staleVersion(detail: string, current: EvidenceDetail): ApiProblem {
  return new ApiProblem({
    type: `${TYPE_PREFIX}stale-version`,
    title: 'The evidence has changed',
    status: 409,
    detail,
    current,
  });
}

export function internalError(detail: string): ApiProblem {
  return new ApiProblem({ type: `${TYPE_PREFIX}internal`, title: 'Something went wrong', status: 500, detail });
}
