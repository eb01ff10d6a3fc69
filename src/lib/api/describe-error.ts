import { isApiError, type AnyApiError, type ProblemError, type SchemaError } from './errors';

export interface ErrorDescription {
  title: string;
  /** Says what happened in plain English and what to do next. Never a stack trace. */
  message: string;
  /** Whether trying the same thing again might work. */
  retryable: boolean;
}

const TRY_AGAIN_LATER = 'If it keeps happening, try again later.';

/** What to tell the user about a failure, specific to its cause. */
export function describeError(error: unknown): ErrorDescription {
  if (isApiError(error)) return describeApiError(error);
  if (isChunkLoadError(error)) {
    return {
      title: 'This page could not be loaded',
      message: 'The app may have been updated, or the connection dropped. Reload the page to try again.',
      retryable: true,
    };
  }
  return {
    title: 'Something went wrong',
    message: `Try again. ${TRY_AGAIN_LATER}`,
    retryable: true,
  };
}

function describeApiError(error: AnyApiError): ErrorDescription {
  switch (error.kind) {
    case 'problem':
      return describeProblem(error);
    case 'schema':
      return {
        title: 'The data could not be shown',
        message: `The server sent data in a shape this app does not understand (${schemaWhere(error)}). Try again; if it keeps happening, tell the service team.`,
        retryable: false,
      };
    case 'malformed':
      return {
        title: 'The data could not be read',
        message: `The server’s answer was not in a format this app can read (${resourceName(error.endpoint)}). Try again; if it keeps happening, tell the service team.`,
        retryable: false,
      };
    case 'network':
      return isOffline()
        ? {
            title: 'You appear to be offline',
            message: 'Check your internet connection, then try again.',
            retryable: true,
          }
        : {
            title: 'The service could not be reached',
            message: `Check your internet connection, then try again. ${TRY_AGAIN_LATER}`,
            retryable: true,
          };
    case 'timeout':
      return {
        title: 'The service took too long to answer',
        message: `Try again. Narrowing the filters can help. ${TRY_AGAIN_LATER}`,
        retryable: true,
      };
  }
}

function describeProblem(error: ProblemError): ErrorDescription {
  const { status, problem } = error;
  if (status === 400) {
    const named = problem.errors?.map((e) => `${e.name}: ${e.reason}`).join('; ');
    return {
      title: 'The request was not accepted',
      message: `${named ? `Something in the request is not valid (${named}).` : (problem.detail ?? problem.title)} Check the filters or the web address, then try again.`,
      retryable: false,
    };
  }
  if (status === 401) {
    return {
      title: 'You are not signed in',
      message: 'Choose who you are acting as at the top of the page, then try again.',
      retryable: false,
    };
  }
  if (status === 403) {
    return {
      title: 'You do not have permission to do this',
      message: `Your role does not allow it. ${problem.detail ? `${problem.detail} ` : ''}Ask someone with the right role, or act as a different user.`,
      retryable: false,
    };
  }
  if (status === 404) {
    return {
      title: 'Not found',
      message: `What you asked for (${resourceName(error.endpoint)}) does not exist. It may have been removed, or the link may be wrong.`,
      retryable: false,
    };
  }
  if (status === 409) {
    return {
      title: 'Someone else changed this',
      message: `${problem.detail ? `${problem.detail} ` : ''}It changed after you opened it. Check the latest version, then try again.`,
      retryable: false,
    };
  }
  if (status === 429 || status === 503) {
    return {
      title: 'The service is busy',
      message: `Try again in ${waitText(error.retryAfterSeconds)}.`,
      retryable: true,
    };
  }
  if (status >= 500) {
    return {
      title: 'Sorry, there is a problem with the service',
      message: `Try again. ${TRY_AGAIN_LATER}`,
      retryable: true,
    };
  }
  return {
    title: 'The request was not accepted',
    message: `${problem.detail ?? problem.title}. Check what you entered, then try again.`,
    retryable: false,
  };
}

function waitText(seconds: number | undefined): string {
  if (seconds === undefined) return 'a few minutes';
  if (seconds <= 1) return 'a moment';
  if (seconds < 120) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/** "contracts: items[3].value" (the first issue; the rest are in `error.issues`). */
function schemaWhere(error: SchemaError): string {
  const first = error.issues[0];
  const more = error.issues.length > 1 ? ` and ${error.issues.length - 1} more` : '';
  return `${resourceName(error.endpoint)}: ${first?.path || 'the whole answer'}${more}`;
}

/** `/contracts/C-1` -> `contracts/C-1`: a name for the data, not a URL. */
function resourceName(endpoint: string): string {
  return endpoint.replace(/^\/+/, '') || 'the service';
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * A lazily loaded route whose code could not be fetched: after a new deployment, or offline.
 * Browsers word it differently (Chromium, Firefox, Safari); a reload is the cure in all of them.
 */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'ChunkLoadError' ||
    /dynamically imported module|module script failed|error loading dynamically imported|Unable to preload CSS/i.test(
      error.message,
    )
  );
}
