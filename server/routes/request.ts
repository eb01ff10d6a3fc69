/** What thin routes read from a request: its query string and path parameters. */
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { parseQuery } from '@/lib/contract/parse-query';

export function query<S extends z.ZodObject>(schema: S, request: FastifyRequest): z.infer<S> {
  const at = request.url.indexOf('?');
  return parseQuery(schema, new URLSearchParams(at < 0 ? '' : request.url.slice(at + 1)));
}

export function idParam(request: FastifyRequest): string {
  const params = request.params as Record<string, string | undefined>;
  return params.id ?? '';
}
