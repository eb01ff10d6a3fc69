/**
 * Rate limits on writes (@fastify/rate-limit): reads are cheap and cached; a write takes a
 * transaction, so each client gets a budget of them per minute. Routes opt in with
 * `config: { rateLimit: writeRateLimit }`; a refusal is a 429 problem with Retry-After.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { ApiProblem } from '@/lib/contract/problems';

export async function registerRateLimit(app: FastifyInstance, writesPerMinute: number): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    max: writesPerMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) =>
      new ApiProblem({
        type: 'urn:svm:problem:rate-limited',
        title: 'Too many requests',
        status: 429,
        detail: `Too many changes in a short time: try again in ${context.after}.`,
      }),
  });
}
