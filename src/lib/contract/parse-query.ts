import type { z } from 'zod';
import { invalid } from './problems';
import { parseSearchParams } from './search-params';

/**
 * Reads a query string against a contract query schema, or refuses it with a 400 problem
 * naming each bad parameter: the one wording the mock API and the server both answer with.
 */
export function parseQuery<S extends z.ZodObject>(schema: S, params: URLSearchParams): z.infer<S> {
  const parsed = parseSearchParams(schema, params);
  if (!parsed.ok) {
    const names = [...new Set(parsed.issues.map((i) => i.name))].join(', ');
    throw invalid(`Check the query parameter${parsed.issues.length > 1 ? 's' : ''}: ${names}.`, parsed.issues);
  }
  return parsed.value;
}
