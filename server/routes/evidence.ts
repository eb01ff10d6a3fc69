import type { FastifyInstance } from 'fastify';
import { apiPaths, evidenceQuerySchema } from '@/lib/contract';
import { contentDisposition } from '@/lib/contract/content-disposition';
import { parseDecisionRequest } from '@/lib/decisions';
import { assertMayDecide } from '../auth/policy';
import type { Services } from '../services';
import { idParam, query } from './request';

/** The evidence list and queue, one item, its file, and decisions on it. */
export function evidenceRoutes(api: FastifyInstance, services: Services): void {
  api.get(apiPaths.evidenceList, (request) => services.evidence.list(query(evidenceQuerySchema, request)));
  api.get('/evidence/:id', (request) => services.evidence.detail(idParam(request)));
  api.get('/evidence/:id/file', async (request, reply) => {
    const file = await services.evidence.file(idParam(request));
    return reply
      .header('Content-Type', file.contentType)
      .header('Content-Disposition', contentDisposition(file.fileName))
      .header('Content-Length', String(file.body.byteLength))
      .header('X-Content-Type-Options', 'nosniff')
      .send(Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength));
  });
  api.post('/evidence/:id/decisions', {
    // Writes take a transaction: each client has a budget of them (server/plugins/rate-limit.ts).
    config: { rateLimit: {} },
    // Who may decide is checked before the body is even read, as the mock API does.
    preParsing: async (request) => {
      assertMayDecide(await services.identity.userOf(request.headers));
    },
    handler: async (request) => {
      const user = await services.identity.userOf(request.headers);
      assertMayDecide(user);
      return services.decisions.decide(idParam(request), parseDecisionRequest(request.body), user);
    },
  });
}
