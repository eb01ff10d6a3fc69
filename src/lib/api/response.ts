import type { z } from 'zod';
import { PROBLEM_CONTENT_TYPE, problemSchema, type Problem } from '@/lib/contract';
import { MalformedResponseError, ProblemError, SchemaError } from './errors';

/**
 * Turns an HTTP response into data that matches `schema`, or throws the specific `ApiError`.
 * Kept apart from `fetch` so that other callers of the API (the export worker) read responses
 * the same way as the app does.
 */
export async function parseApiResponse<S extends z.ZodType>(
  response: Response,
  schema: S,
  endpoint: string,
): Promise<z.infer<S>> {
  if (!response.ok) throw await problemFrom(response, endpoint);
  const text = await response.text();
  let body: unknown;
  if (text.trim() === '') {
    body = undefined;
  } else {
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new MalformedResponseError(endpoint, response.status, { cause: error });
    }
  }
  const result = schema.safeParse(body);
  if (!result.success) throw SchemaError.fromZod(endpoint, result.error);
  return result.data;
}

async function problemFrom(response: Response, endpoint: string): Promise<ProblemError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.includes(PROBLEM_CONTENT_TYPE) && !contentType.includes('application/json')) {
    return new ProblemError(endpoint, fallback, retryAfter);
  }
  try {
    const parsed = problemSchema.safeParse(await response.json());
    // The status line is the truth: a body claiming another status is not trusted over it.
    const problem = parsed.success ? { ...parsed.data, status: response.status } : fallback;
    return new ProblemError(endpoint, problem, retryAfter);
  } catch {
    return new ProblemError(endpoint, fallback, retryAfter);
  }
}

/** `Retry-After` is either seconds or an HTTP date (RFC 9110 section 10.2.3). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}
