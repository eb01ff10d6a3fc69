import { describe, expect, it } from 'vitest';
import { MalformedResponseError, NetworkError, ProblemError, SchemaError, TimeoutError } from '@/lib/api/errors';
import { createQueryClient, retryDelay, shouldRetry } from '@/lib/api/query-client';

const problem = (status: number, retryAfter?: number) =>
  new ProblemError('/contracts', { type: 'about:blank', title: 'x', status }, retryAfter);

describe('shouldRetry', () => {
  it('retries server failures, lost connections and timeouts, up to twice', () => {
    for (const error of [
      problem(500),
      problem(503),
      problem(429),
      new NetworkError('/x'),
      new TimeoutError('/x', 10),
    ]) {
      expect(shouldRetry(0, error)).toBe(true);
      expect(shouldRetry(1, error)).toBe(true);
      expect(shouldRetry(2, error)).toBe(false);
    }
  });

  it('never retries what a second attempt cannot fix', () => {
    const permanent = [
      problem(400),
      problem(403),
      problem(404),
      problem(409),
      new SchemaError('/x', [{ path: 'a', field: 'a', message: 'expected number' }]),
      new MalformedResponseError('/x', 200),
      new Error('a bug'),
    ];
    for (const error of permanent) expect(shouldRetry(0, error)).toBe(false);
  });
});

describe('retryDelay', () => {
  it('backs off exponentially', () => {
    expect(retryDelay(0, new NetworkError('/x'))).toBe(1_000);
    expect(retryDelay(1, new NetworkError('/x'))).toBe(2_000);
  });

  it('waits as long as Retry-After asks, up to 10 seconds', () => {
    expect(retryDelay(0, problem(503, 3))).toBe(3_000);
    expect(retryDelay(0, problem(503, 120))).toBe(10_000);
  });
});

describe('createQueryClient', () => {
  it('does not refetch on window focus, keeps data fresh for 30 s and uses the retry policy', () => {
    const queries = createQueryClient().getDefaultOptions().queries;
    expect(queries?.refetchOnWindowFocus).toBe(false);
    expect(queries?.staleTime).toBe(30_000);
    expect(queries?.retry).toBe(shouldRetry);
  });

  it('fails at once in tests', () => {
    expect(createQueryClient({ forTests: true }).getDefaultOptions().queries?.retry).toBe(false);
  });
});
