/**
 * Builds the service: Fastify with its plugins (security headers, rate limits, the static app),
 * problem details for every error, and the API under /api/v1. No listening here: `main.ts`
 * listens, and tests build the same app over an in-memory database.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Database } from './db/client';
import { registerHelmet } from './plugins/helmet';
import { badUrlProblem, registerProblems } from './plugins/problems';
import { registerRateLimit } from './plugins/rate-limit';
import { registerStaticApp } from './plugins/static-app';
import { evidenceRoutes } from './routes/evidence';
import { healthRoutes } from './routes/health';
import { importRoutes } from './routes/imports';
import { createImportService } from './services/imports';
import { readRoutes } from './routes/reads';
import { createServices } from './services';

export interface AppOptions {
  database: Database;
  /** The process's pino logger; none (tests): no logs. */
  logger?: FastifyBaseLogger;
  /** The built app (`dist/`); null or absent: API only. */
  staticDir?: string | null;
  /** Where evidence files live: `DATA_DIR/files`. */
  dataDir?: string;
  trustProxy?: boolean;
  bodyLimit?: number;
  writesPerMinute?: number;
  now?: () => Date;
}

const REQUEST_ID = /^[\w.:-]{1,64}$/;

/**
 * Logs carry the request id, method, path and status: never the query string (it can hold a
 * search for a person's name), bodies (comments), addresses or credentials.
 */
export const loggerOptions = (level: string) => ({
  level,
  redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
  serializers: {
    req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
    res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
  },
});

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    requestIdHeader: false,
    // A caller's (or proxy's) request id is kept when it is a plain token, so logs join up.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    frameworkErrors: badUrlProblem,
    routerOptions: { ignoreTrailingSlash: false },
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
  });
  // JSON only: any other body type is a 415 rather than a string the routes would misread.
  app.removeContentTypeParser(['text/plain']);

  await registerHelmet(app);
  await registerRateLimit(app, options.writesPerMinute ?? 60);
  const staticDir = options.staticDir ?? null;
  if (staticDir) await registerStaticApp(app, staticDir);
  registerProblems(app, { serveApp: staticDir !== null });

  const { db } = options.database;
  const services = createServices(db, {
    filesDir: join(options.dataDir ?? '.data', 'files'),
    now: options.now,
  });
  healthRoutes(app, db);
  await app.register(
    async (api) => {
      readRoutes(api, services);
      evidenceRoutes(api, services);
      await api.register(importRoutes, {
        imports: createImportService(db),
        userOf: (request) => services.identity.userOf(request.headers),
      });
    },
    { prefix: '/api/v1' },
  );
  return app;
}
