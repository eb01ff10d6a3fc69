/**
 * The import routes over a real database (PGlite in memory, migrated, seeded with a small demo
 * data set), listening on a free port, with problem details as the server answers them.
 */
import { eq } from 'drizzle-orm';
import Fastify from 'fastify';
import { DEMO_USER_HEADER, PROBLEM_CONTENT_TYPE, type User } from '@/lib/contract';
import { ApiProblem, unauthenticated } from '@/lib/contract/problems';
import { openDatabase, type Database } from '../../../server/db/client';
import * as t from '../../../server/db/schema';
import { seedDemo } from '../../../server/db/seed';
import { importRoutes } from '../../../server/routes/imports';
import { createImportService } from '../../../server/services/imports';

export interface ImportApp {
  baseUrl: string;
  database: Database;
  close(): Promise<void>;
}

export async function startImportApp(options: { contracts?: number } = {}): Promise<ImportApp> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await database.migrate();
  await seedDemo(database.db, { seed: 1, contracts: options.contracts ?? 20 });
  const app = Fastify({ logger: false });
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof ApiProblem) {
      return reply.code(error.problem.status).type(PROBLEM_CONTENT_TYPE).send(error.problem);
    }
    return reply
      .code(500)
      .type(PROBLEM_CONTENT_TYPE)
      .send({ type: 'about:blank', title: 'Internal', status: 500, detail: String(error) });
  });
  const userOf = async (request: { headers: Record<string, string | string[] | undefined> }): Promise<User> => {
    const raw = request.headers[DEMO_USER_HEADER.toLowerCase()];
    const id = (Array.isArray(raw) ? raw[0] : raw) ?? 'u-cm-1';
    const [row] = await database.db.select().from(t.users).where(eq(t.users.id, id));
    if (!row) throw unauthenticated(`No user ${id}`);
    return { id: row.id, name: row.name, role: row.role as User['role'] };
  };
  await app.register(importRoutes, { prefix: '/api/v1', imports: createImportService(database.db), userOf });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    baseUrl: `${address}/api/v1`,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
