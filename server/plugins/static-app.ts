/**
 * The built app (@fastify/static) from `dist/`: hashed files under /assets/ are cached for a
 * year (their names change with their content); everything else is revalidated. Any other GET
 * that is not an API call and does not name a file gets index.html, so the app's own router
 * answers deep links (see `sendApp`, used by the not-found handler).
 */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

const YEAR_SECONDS = 31_536_000;

export async function registerStaticApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    cacheControl: false,
    setHeaders(reply, path) {
      const immutable = /[\\/]assets[\\/]/.test(path);
      reply.header('Cache-Control', immutable ? `public, max-age=${YEAR_SECONDS}, immutable` : 'no-cache');
    },
  });
}

/** Whether a path is one of the app's own routes (no file extension) rather than a missing file. */
export function isAppRoute(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return !last.includes('.');
}

export function sendApp(reply: FastifyReply): FastifyReply {
  return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
}
