import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockStore } from '@mocks/store';
import { notFound } from '@/lib/contract/problems';
import { openApiDocument } from '@/lib/contract/openapi';
import { evidenceHandlers } from './evidence';
import { importHandlers } from './imports';
import { readHandlers } from './reads';
import { routeFactory, type HandlerOptions } from './route';

export type { HandlerOptions } from './route';

/**
 * The mock API as msw handlers. Paths start with a `*` that matches any origin, so the same handlers
 * answer the browser's relative URLs, jsdom in tests and the standalone HTTP server.
 */
export function createHandlers(store: MockStore, options: HandlerOptions = {}): HttpHandler[] {
  const route = routeFactory(options);
  return [
    ...readHandlers(store, route),
    ...evidenceHandlers(store, route),
    ...importHandlers(store, route),
    http.get(
      '*/api/v1/openapi.json',
      route(() => HttpResponse.json(openApiDocument())),
    ),
    http.post(
      '*/api/v1/demo/reset',
      route(() => {
        store.reset();
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    // Last: anything else under the API is a 404 problem rather than falling through to the network.
    http.all(
      '*/api/v1/*',
      route(({ request, url }) => {
        throw notFound(`There is no API at ${request.method} ${url.pathname}.`);
      }),
    ),
  ];
}
