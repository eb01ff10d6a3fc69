import type { Page } from '@/lib/contract';

/**
 * Every page of a list, in order, keeping a few requests in flight so that the API's work on
 * the next pages overlaps with reading this one. Stopping early (a failure, a cancel) aborts the
 * requests still in flight; their failures are then nobody's concern.
 */
export async function* pageStream<T>(
  fetchPage: (page: number, signal: AbortSignal) => Promise<Page<T>>,
  signal: AbortSignal,
  inFlight: number,
): AsyncGenerator<Page<T>> {
  const stop = new AbortController();
  const pageSignal = AbortSignal.any([signal, stop.signal]);
  const pending = new Map<number, Promise<Page<T>>>();
  const request = (page: number): Promise<Page<T>> => {
    const promise = fetchPage(page, pageSignal);
    // Marked handled now; the rejection is still seen when this page's turn comes.
    promise.catch(() => undefined);
    pending.set(page, promise);
    return promise;
  };
  try {
    const first = await request(1);
    yield first;
    for (let page = 2; page <= first.pageCount; page += 1) {
      signal.throwIfAborted();
      for (let ahead = page; ahead < page + inFlight && ahead <= first.pageCount; ahead += 1) {
        if (!pending.has(ahead)) request(ahead);
      }
      const result = await (pending.get(page) ?? request(page));
      pending.delete(page);
      yield result;
    }
  } finally {
    stop.abort();
  }
}
