import type { FastifyInstance } from 'fastify';
import { readiness } from '../db/readiness';
import type { Db } from '../db/client';

/** `/healthz`: the process is up. `/readyz`: the database answers and is migrated (else 503). */
export function healthRoutes(app: FastifyInstance, db: Db): void {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const state = await readiness(db);
    if (state.ready) return { status: 'ready' };
    return reply.code(503).send({ status: 'not-ready', reason: state.reason });
  });
}
