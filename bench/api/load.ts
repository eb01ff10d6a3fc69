/**
 * Load over HTTP with autocannon. autocannon's own histogram reports p50, p90 and p97.5 but not
 * p95, so every response time is also kept (the 'response' event) and the percentiles are
 * worked out exactly from them.
 */
import autocannon from 'autocannon';

export interface LoadRequest {
  method?: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface LoadResult {
  requests: number;
  /** Responses other than 2xx, plus connection errors and timeouts: must be 0. */
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  /** Requests per second over the run. */
  throughput: number;
  seconds: number;
}

/** Requests in turn, round and round. */
export function cycle(requests: readonly LoadRequest[]): () => LoadRequest {
  let i = 0;
  return () => {
    const request = requests[i % requests.length];
    i += 1;
    if (!request) throw new Error('cycle needs at least one request');
    return request;
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

export interface LoadOptions {
  baseUrl: string;
  /** The next request to send: called once per request, whichever connection sends it. */
  next: () => LoadRequest;
  connections: number;
  /** Stop after this many requests ... */
  amount?: number;
  /** ... or after this many seconds. */
  duration?: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  let instance: autocannon.Instance | undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        amount: options.amount,
        duration: options.duration ?? 10,
        timeout: 30,
        requests: [
          {
            setupRequest: (request) => {
              const chosen = options.next();
              return {
                ...request,
                method: chosen.method ?? 'GET',
                path: chosen.path,
                body: chosen.body,
                headers: { ...request.headers, ...chosen.headers },
              };
            },
          },
        ],
      },
      (error: Error | null, result: autocannon.Result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance?.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await finished;
  times.sort((a, b) => a - b);
  const non2xx = result.non2xx ?? 0;
  return {
    requests: result.requests.total,
    errors: non2xx + result.errors + result.timeouts,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    throughput: result.requests.average,
    seconds: result.duration,
  };
}
