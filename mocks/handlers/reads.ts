import { http, HttpResponse, type HttpHandler } from 'msw';
import { auditQuerySchema, contractsQuerySchema, contractViewQuerySchema, dashboardQuerySchema } from '@/lib/contract';
import type { MockStore } from '@mocks/store';
import { parseQuery, pathParam, requestUser, type Route } from './route';

/** Who am I, reference data, the dashboard, the register, one contract and the audit log. */
export function readHandlers(store: MockStore, route: Route): HttpHandler[] {
  return [
    http.get(
      '*/api/v1/me',
      route(({ request }) => HttpResponse.json(store.me(requestUser(store, request)))),
    ),
    http.get(
      '*/api/v1/reference',
      route(() => HttpResponse.json(store.reference())),
    ),
    http.get(
      '*/api/v1/dashboard',
      route(({ url }) => HttpResponse.json(store.dashboard(parseQuery(dashboardQuerySchema, url)))),
    ),
    http.get(
      '*/api/v1/contracts',
      route(({ url }) => HttpResponse.json(store.listContracts(parseQuery(contractsQuerySchema, url)))),
    ),
    http.get(
      '*/api/v1/contracts/:id',
      route(({ url, params }) =>
        HttpResponse.json(store.contract(pathParam(params, 'id'), parseQuery(contractViewQuerySchema, url))),
      ),
    ),
    http.get(
      '*/api/v1/audit',
      route(({ url }) => HttpResponse.json(store.listAudit(parseQuery(auditQuerySchema, url)))),
    ),
  ];
}
