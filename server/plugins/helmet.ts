/**
 * Security headers (@fastify/helmet): the app's Content Security Policy as a header, with
 * framing refused outright; nosniff; no Referer leaving the app. HSTS only on a response to a
 * request that came over HTTPS (directly, or through a trusted proxy), since on plain HTTP
 * (local use) it would be ignored at best and pin a wrong scheme at worst.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { contentSecurityDirectives } from '@/lib/security/content-security-policy';

const HSTS = 'max-age=31536000; includeSubDomains';

export async function registerHelmet(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...contentSecurityDirectives(), 'frame-ancestors': ["'none'"] },
    },
    hsts: false,
    referrerPolicy: { policy: 'no-referrer' },
    // The app opens evidence files from the same origin only; nothing else embeds or is embedded.
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') reply.header('Strict-Transport-Security', HSTS);
  });
}
