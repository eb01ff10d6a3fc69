import { getResponse } from 'msw';
import type { z } from 'zod';
import { DEMO_USER_HEADER, PROBLEM_CONTENT_TYPE, problemSchema, type Problem } from '@/lib/contract';
import { createHandlers, type HandlerOptions } from '@mocks/handlers';
import type { MockStore } from '@mocks/store';

/**
 * Calls the mock API's msw handlers directly (no network), as the browser, the tests' server and
 * the HTTP server all do. Paths are relative to `/api/v1`.
 */
export function mockApi(store: MockStore, options?: HandlerOptions) {
  const handlers = createHandlers(store, options);
  async function call(path: string, init: RequestInit & { user?: string } = {}): Promise<Response> {
    const { user, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (user) headers.set(DEMO_USER_HEADER, user);
    const response = await getResponse(handlers, new Request(`http://localhost/api/v1${path}`, { ...rest, headers }));
    if (!response) throw new Error(`No handler answered ${path}`);
    return response;
  }
  return {
    call,
    /** GETs a path and parses the body with the contract schema (a mismatch fails the test). */
    async get<S extends z.ZodType>(path: string, schema: S, init?: { user?: string }): Promise<z.infer<S>> {
      const response = await call(path, init);
      if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
      return schema.parse(await response.json());
    },
    async post(path: string, body: unknown, init: { user?: string } = {}): Promise<Response> {
      return call(path, {
        ...init,
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    },
  };
}

/** Reads a problem details response, checking its status and media type. */
export async function problemOf(response: Response, status: number): Promise<Problem> {
  if (response.status !== status)
    throw new Error(`Expected ${status}, got ${response.status}: ${await response.text()}`);
  if (response.headers.get('Content-Type') !== PROBLEM_CONTENT_TYPE) {
    throw new Error(`Expected ${PROBLEM_CONTENT_TYPE}, got ${response.headers.get('Content-Type')}`);
  }
  return problemSchema.parse(await response.json());
}
