import type { EvidenceDetail, Problem, QueryIssue } from '@/lib/contract';

/**
 * A refusal the API answers with RFC 9457 problem details. The store throws it; the handlers turn
 * it into an `application/problem+json` response, so the rules live in one place for every host.
 */
export class MockProblem extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'MockProblem';
    this.problem = problem;
  }
}

const TYPE_PREFIX = 'urn:svm:problem:';

export function invalid(detail: string, errors: QueryIssue[]): MockProblem {
  return new MockProblem({
    type: `${TYPE_PREFIX}invalid-request`,
    title: 'Invalid request',
    status: 400,
    detail,
    errors,
  });
}

export function notFound(detail: string): MockProblem {
  return new MockProblem({ type: `${TYPE_PREFIX}not-found`, title: 'Not found', status: 404, detail });
}

export function unauthenticated(detail: string): MockProblem {
  return new MockProblem({ type: `${TYPE_PREFIX}unknown-user`, title: 'Not signed in', status: 401, detail });
}

export function forbidden(detail: string): MockProblem {
  return new MockProblem({ type: `${TYPE_PREFIX}forbidden`, title: 'Not allowed', status: 403, detail });
}

export function staleVersion(detail: string, current: EvidenceDetail): MockProblem {
  return new MockProblem({
    type: `${TYPE_PREFIX}stale-version`,
    title: 'The evidence has changed',
    status: 409,
    detail,
    current,
  });
}

export function internalError(detail: string): MockProblem {
  return new MockProblem({ type: `${TYPE_PREFIX}internal`, title: 'Something went wrong', status: 500, detail });
}
