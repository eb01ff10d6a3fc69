import { delay, type HttpResponseResolver, type PathParams } from 'msw';
import type { z } from 'zod';
import { DEMO_USER_HEADER } from '@/lib/contract';
import { parseQuery as parseQueryParams } from '@/lib/contract/parse-query';
import type { MockStore } from '@mocks/store';
import { internalError, ApiProblem } from '@/lib/contract/problems';
import { problemResponse } from './responses';

export interface HandlerOptions {
  /** Milliseconds every response waits, to try the app on a slow connection (0: none). */
  latencyMs?: number;
}

export interface RouteContext {
  request: Request;
  url: URL;
  params: PathParams;
}

/**
 * Wraps a route: adds the optional latency and turns a thrown `ApiProblem` into its problem
 * details response (anything else into a 500 problem), so routes read as the happy path.
 */
export function routeFactory(options: HandlerOptions) {
  const latencyMs = options.latencyMs ?? 0;
  return (resolve: (ctx: RouteContext) => Response | Promise<Response>): HttpResponseResolver =>
    async ({ request, params }) => {
      const url = new URL(request.url);
      if (latencyMs > 0) await delay(latencyMs);
      try {
        return await resolve({ request, url, params });
      } catch (error) {
        if (error instanceof ApiProblem) return problemResponse(error.problem, url.pathname);
        const detail = error instanceof Error ? error.message : String(error);
        return problemResponse(internalError(`The mock API failed: ${detail}`).problem, url.pathname);
      }
    };
}

export type Route = ReturnType<typeof routeFactory>;

/** Reads the query string against a contract query schema; 400 naming each bad parameter. */
export function parseQuery<S extends z.ZodObject>(schema: S, url: URL): z.infer<S> {
  return parseQueryParams(schema, url.searchParams);
}

export function pathParam(params: PathParams, name: string): string {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** The demo user a request acts as: the `X-Demo-User` header, or the store's default. */
export function requestUser(store: MockStore, request: Request): string {
  return request.headers.get(DEMO_USER_HEADER)?.trim() || store.defaultUserId();
}
