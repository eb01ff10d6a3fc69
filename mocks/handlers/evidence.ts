import { http, HttpResponse, type HttpHandler } from 'msw';
import { decisionRequestSchema, evidenceQuerySchema, type DecisionRequest } from '@/lib/contract';
import type { MockStore } from '@mocks/store';
import { invalid } from '@/lib/contract/problems';
import { contentDisposition } from './responses';
import { parseQuery, pathParam, requestUser, type Route } from './route';

async function readDecision(request: Request): Promise<DecisionRequest> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw invalid('The request body is not JSON.', [{ name: 'body', reason: 'Must be a JSON object' }]);
  }
  const parsed = decisionRequestSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw invalid(
    'Check the decision.',
    parsed.error.issues.map((issue) => ({ name: issue.path.join('.') || 'body', reason: issue.message })),
  );
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
