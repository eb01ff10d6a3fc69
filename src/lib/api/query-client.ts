import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './errors';

const MAX_RETRIES = 2;
const BASE_DELAY_MS = 1_000;
/** A server asking for a long wait is better answered by the Retry button than a spinner. */
const MAX_DELAY_MS = 10_000;

/**
 * Retry what a second attempt might fix (5xx, network, timeout), never what it cannot (4xx, a
 * body that breaks the contract). Unknown errors are programming errors: not retried either.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || !isApiError(error)) return false;
  switch (error.kind) {
    case 'network':
    case 'timeout':
      return true;
    case 'problem':
      return error.status >= 500 || error.status === 429;
    case 'schema':
    case 'malformed':
      return false;
  }
}

/** Exponential backoff (1 s, 2 s), or the server's `Retry-After`, capped at 10 s. */
export function retryDelay(failureCount: number, error: unknown): number {
  const requested =
    isApiError(error) && error.kind === 'problem' && error.retryAfterSeconds !== undefined
      ? error.retryAfterSeconds * 1000
      : BASE_DELAY_MS * 2 ** failureCount;
  return Math.min(requested, MAX_DELAY_MS);
}

export interface QueryClientOptions {
  /** Tests: no retries and no garbage-collection timers, so failures show at once. */
  forTests?: boolean;
}

export function createQueryClient({ forTests = false }: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Offline, fail (and say so, with Retry) rather than pause: a paused query leaves the old
        // figures on screen under the new filter, 'Updating…' for ever, with no message.
        networkMode: 'always',
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: forTests ? false : shouldRetry,
        retryDelay,
        ...(forTests ? { gcTime: Infinity } : {}),
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
