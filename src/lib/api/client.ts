import { z } from 'zod';
import { getDemoUserId } from './demo-user';
import { callApi, joinApiUrl, type ApiCall, type ApiTarget } from './http';
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
  return joinApiUrl(API_BASE_URL, path, params);
}

/** The app's own calls: its base URL, as the demo user chosen now. */
function appTarget(): ApiTarget {
  return { baseUrl: API_BASE_URL, demoUserId: getDemoUserId() };
}

export function apiGet<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  return requestJson(schema, { path, ...options });
}

export function apiPost<S extends z.ZodType>(
  path: string,
  body: unknown,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  return requestJson(schema, { path, method: 'POST', json: JSON.stringify(body), ...options });
}

/** A file from the API (evidence previews): the same request as JSON calls, errors read the same way. */
export function apiGetBlob(path: string, { signal }: Pick<RequestOptions, 'signal'> = {}): Promise<Blob> {
  return callApi(appTarget(), { path, signal }, async (response) => {
    // An error status becomes the same ProblemError the JSON client throws.
    if (!response.ok) await parseApiResponse(response, z.unknown(), path);
    return response.blob();
  });
}

function requestJson<S extends z.ZodType>(schema: S, call: ApiCall): Promise<z.infer<S>> {
  return callApi(appTarget(), { accept: 'application/json', timeoutMs: DEFAULT_TIMEOUT_MS, ...call }, (response) =>
    parseApiResponse(response, schema, call.path),
  );
}
