import { http, HttpResponse, type HttpHandler } from 'msw';
import { evidenceQuerySchema, type DecisionRequest } from '@/lib/contract';
import { bodyNotJson, parseDecisionRequest } from '@/lib/decisions';
import type { MockStore } from '@mocks/store';
import { contentDisposition } from '@/lib/contract/content-disposition';
import { parseQuery, pathParam, requestUser, type Route } from './route';

async function readDecision(request: Request): Promise<DecisionRequest> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw bodyNotJson();
  }
  return parseDecisionRequest(body);
}

/** The evidence list and queue, one item, its file, and decisions on it. */
export function evidenceHandlers(store: MockStore, route: Route): HttpHandler[] {
  return [
    http.get(
      '*/api/v1/evidence',
      route(({ url }) => HttpResponse.json(store.listEvidence(parseQuery(evidenceQuerySchema, url)))),
    ),
    http.get(
      '*/api/v1/evidence/:id',
      route(({ params }) => HttpResponse.json(store.evidence(pathParam(params, 'id')))),
    ),
    http.get(
      '*/api/v1/evidence/:id/file',
      route(({ params }) => {
        const file = store.evidenceFile(pathParam(params, 'id'));
        return new HttpResponse(file.body, {
          headers: {
            'Content-Type': file.contentType,
            'Content-Disposition': contentDisposition(file.fileName),
            'Content-Length': String(file.body.byteLength),
            // The bytes are what the type says; never let a browser guess otherwise.
            'X-Content-Type-Options': 'nosniff',
          },
        });
      }),
    ),
    http.post(
      '*/api/v1/evidence/:id/decisions',
      route(async ({ request, params }) => {
        const userId = requestUser(store, request);
        // Who may decide is checked before what they sent, as a real API would.
        store.authoriseDecision(userId);
        const decision = await readDecision(request);
        return HttpResponse.json(store.decide(pathParam(params, 'id'), decision, userId));
      }),
    ),
  ];
}
