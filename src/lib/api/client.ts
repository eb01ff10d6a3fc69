import type { z } from 'zod';
import { DEMO_USER_HEADER } from '@/lib/contract';
import { getDemoUserId } from './demo-user';
import { NetworkError, TimeoutError } from './errors';
import { parseApiResponse } from './response';

export * from './errors';
export { describeError, type ErrorDescription } from './describe-error';

const DEFAULT_TIMEOUT_MS = 15_000;

export interface RequestOptions {
  params?: URLSearchParams;
  /** React Query's signal: cancelling it abandons the request silently. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * The API base URL: `VITE_API_BASE_URL` at build time (a real or standalone demo API), else
 * the in-browser mock under this origin.
 */
export const API_BASE_URL: string = (import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/+$/, '') || '/api/v1';

/** The URL of an API path, for links and downloads as well as requests. */
export function apiUrl(path: string, params?: URLSearchParams): string {
  const query = params?.toString() ?? '';
  return `${API_BASE_URL}${path}${query ? `?${query}` : ''}`;
}

export function apiGet<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  return request(path, schema, { method: 'GET' }, options);
}

export function apiPost<S extends z.ZodType>(
  path: string,
  body: unknown,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  return request(
    path,
    schema,
    { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } },
    options,
  );
}

/** A multipart form (file uploads); the browser sets the boundary in the Content-Type. */
export function apiPostForm<S extends z.ZodType>(
  path: string,
  form: FormData,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  return request(path, schema, { method: 'POST', body: form }, options);
}

async function request<S extends z.ZodType>(
  path: string,
  schema: S,
  init: { method: string; body?: string | FormData; headers?: Record<string, string> },
  { params, signal, timeoutMs = DEFAULT_TIMEOUT_MS }: RequestOptions,
): Promise<z.infer<S>> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  const demoUser = getDemoUserId();
  if (demoUser !== undefined) headers.set(DEMO_USER_HEADER, demoUser);
  // Relative base URLs are resolved against the page (or worker) so that fetch implementations
  // that only take absolute URLs behave the same.
  const url = new URL(apiUrl(path, params), globalThis.location?.href);

  // Reading the body can be interrupted by the same signals as the request itself.
  try {
    const response = await fetch(url, { ...init, headers, signal: combined });
    return await parseApiResponse(response, schema, path);
  } catch (error) {
    // The caller gave up (navigation, a newer filter): rethrow its AbortError so React Query
    // treats the query as cancelled rather than failed.
    if (signal?.aborted) throw signal.reason;
    if (timeout.aborted) throw new TimeoutError(path, timeoutMs);
    if (error instanceof TypeError) throw new NetworkError(path, { cause: error });
    throw error;
  }
}
