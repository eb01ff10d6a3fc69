import { DEMO_USER_HEADER } from '@/lib/contract';
import { NetworkError, TimeoutError } from './errors';

/** Where a call goes and as whom: the app's client, the export worker and file downloads all say it so. */
export interface ApiTarget {
  /** The API's base URL, absolute or relative to the page (the in-browser mock). */
  baseUrl: string;
  /** The demo user the call acts as; unset means the server's default user. */
  demoUserId: string | undefined;
  /** A fetch of the caller's own (a worker's, a test's); the global one otherwise. */
  fetch?: typeof fetch;
}

export interface ApiCall {
  path: string;
  params?: URLSearchParams;
  method?: 'GET' | 'POST';
  /** A JSON body, already serialised. */
  json?: string;
  accept?: string;
  /** The caller's signal: cancelling it abandons the call silently (its AbortError is rethrown). */
  signal?: AbortSignal;
  /** No limit when unset. */
  timeoutMs?: number;
}

/** The URL of an API path under a base URL, for links and downloads as well as requests. */
export function joinApiUrl(baseUrl: string, path: string, params?: URLSearchParams): string {
  const query = params?.toString() ?? '';
  return `${baseUrl.replace(/\/+$/, '')}${path}${query ? `?${query}` : ''}`;
}

/**
 * Makes one call to the API and reads its answer with `read`, mapping every failure to the
 * app's errors: the caller's abort stays an abort, the time limit becomes a `TimeoutError` and a
 * request that never got an answer a `NetworkError`. Reading the body is inside the same guard,
 * as it can be interrupted by the same signals.
 */
export async function callApi<T>(
  target: ApiTarget,
  { path, params, method = 'GET', json, accept, signal, timeoutMs }: ApiCall,
  read: (response: Response) => Promise<T>,
): Promise<T> {
  const timeout = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
  const signals = [signal, timeout].filter((s): s is AbortSignal => s !== undefined);
  const headers = new Headers();
  if (accept !== undefined) headers.set('Accept', accept);
  if (json !== undefined) headers.set('Content-Type', 'application/json');
  if (target.demoUserId !== undefined) headers.set(DEMO_USER_HEADER, target.demoUserId);
  // Relative base URLs are resolved against the page (or worker) so that fetch implementations
  // that only take absolute URLs behave the same.
  const url = new URL(joinApiUrl(target.baseUrl, path, params), globalThis.location?.href);
  const send = target.fetch ?? globalThis.fetch;
  try {
    const response = await send(url, {
      method,
      body: json,
      headers,
      signal: signals.length > 0 ? AbortSignal.any(signals) : undefined,
    });
    return await read(response);
  } catch (error) {
    // The caller gave up (navigation, a newer filter): rethrow its AbortError so React Query
    // treats the query as cancelled rather than failed.
    if (signal?.aborted) throw signal.reason;
    if (timeout?.aborted && timeoutMs !== undefined) throw new TimeoutError(path, timeoutMs);
    if (error instanceof TypeError) throw new NetworkError(path, { cause: error });
    throw error;
  }
}
