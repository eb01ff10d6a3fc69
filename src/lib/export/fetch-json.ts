import type { z } from 'zod';
import { callApi } from '@/lib/api/http';
import { parseApiResponse } from '@/lib/api/response';

export const PAGE_TIMEOUT_MS = 30_000;

export interface FetchContext {
  fetch: typeof fetch;
  apiBaseUrl: string;
  demoUserId?: string;
  signal: AbortSignal;
}

/**
 * One GET against the API from outside the app's client (a worker has no localStorage and no
 * build-time base URL of its own), sent, read and checked exactly as the app's calls are.
 */
export function fetchJson<S extends z.ZodType>(
  ctx: FetchContext,
  path: string,
  schema: S,
  params?: URLSearchParams,
): Promise<z.infer<S>> {
  return callApi(
    { baseUrl: ctx.apiBaseUrl, demoUserId: ctx.demoUserId, fetch: ctx.fetch },
    { path, params, accept: 'application/json', signal: ctx.signal, timeoutMs: PAGE_TIMEOUT_MS },
    (response) => parseApiResponse(response, schema, path),
  );
}
