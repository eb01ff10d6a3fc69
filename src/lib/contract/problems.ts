import type { EvidenceDetail } from './evidence';
import { IMPORT_ISSUES_SHOWN, type ImportIssue } from './imports';
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

/** A register file with anything wrong in it: every issue (up to a cap), and nothing was imported. */
export function importRefused(issues: ImportIssue[]): ApiProblem {
  const n = issues.length;
  return new ApiProblem({
    type: `${TYPE_PREFIX}import-invalid`,
    title: 'The file was not imported',
    status: 400,
    detail: `${n} ${n === 1 ? 'problem was' : 'problems were'} found in the file, so nothing was imported. Correct ${n === 1 ? 'it' : 'them'} and upload the file again.`,
    importIssues: issues.slice(0, IMPORT_ISSUES_SHOWN),
    importIssueCount: n,
  });
}

export function unsupportedFile(detail: string): ApiProblem {
  return new ApiProblem({
    type: `${TYPE_PREFIX}unsupported-file`,
    title: 'File type not allowed',
    status: 415,
    detail,
  });
}

export function tooLarge(detail: string): ApiProblem {
  return new ApiProblem({ type: `${TYPE_PREFIX}too-large`, title: 'Too large', status: 413, detail });
}
