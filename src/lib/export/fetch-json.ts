import type { z } from 'zod';
import { DEMO_USER_HEADER } from '@/lib/contract';
import { NetworkError, TimeoutError } from '@/lib/api/errors';
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
 * build-time base URL of its own), read and checked exactly as the app reads responses.
 */
export async function fetchJson<S extends z.ZodType>(
  ctx: FetchContext,
  path: string,
  schema: S,
  params?: URLSearchParams,
): Promise<z.infer<S>> {
  const base = ctx.apiBaseUrl.replace(/\/+$/, '');
  const query = params?.toString() ?? '';
  // A relative base URL (the in-browser mock) is resolved against the worker's own origin.
  const url = new URL(`${base}${path}${query ? `?${query}` : ''}`, globalThis.location?.href);
  const headers = new Headers({ Accept: 'application/json' });
  if (ctx.demoUserId !== undefined) headers.set(DEMO_USER_HEADER, ctx.demoUserId);
  const timeout = AbortSignal.timeout(PAGE_TIMEOUT_MS);
  try {
    const response = await ctx.fetch(url, { headers, signal: AbortSignal.any([ctx.signal, timeout]) });
    return await parseApiResponse(response, schema, path);
  } catch (error) {
    if (ctx.signal.aborted) throw ctx.signal.reason;
    if (timeout.aborted) throw new TimeoutError(path, PAGE_TIMEOUT_MS);
    if (error instanceof TypeError) throw new NetworkError(path, { cause: error });
    throw error;
  }
}
