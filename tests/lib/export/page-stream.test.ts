// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Page } from '@/lib/contract';
import { pageStream } from '@/lib/export/page-stream';

interface Request {
  page: number;
  signal: AbortSignal;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Pages the test answers by hand, in any order it likes. */
function manualPages(pageCount: number) {
  const requests: Request[] = [];
  const fetchPage = (page: number, signal: AbortSignal) =>
    new Promise<Page<number>>((resolve, reject) => {
      requests.push({
        page,
        signal,
        resolve: () => resolve({ items: [page], page, pageSize: 1, total: pageCount, pageCount }),
        reject,
      });
    });
  const answer = (page: number) => requests.find((r) => r.page === page)?.resolve();
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { requests, fetchPage, answer, tick };
}

describe('pageStream', () => {
  it('keeps a few pages in flight and yields them in order, whatever order they arrive in', async () => {
    const api = manualPages(5);
    const stream = pageStream(api.fetchPage, new AbortController().signal, 3);
    const seen: number[] = [];
    const reading = (async () => {
      for await (const page of stream) seen.push(page.page);
    })();

    await api.tick();
    expect(api.requests.map((r) => r.page)).toEqual([1]);
    api.answer(1);
    await api.tick();
    expect(api.requests.map((r) => r.page)).toEqual([1, 2, 3, 4]);
    api.answer(4);
    api.answer(3);
    await api.tick();
    expect(seen).toEqual([1]);
    api.answer(2);
    await api.tick();
    expect(seen).toEqual([1, 2, 3, 4]);
    api.answer(5);
    await reading;
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('stops the pages still in flight when one fails', async () => {
    const api = manualPages(5);
    const stream = pageStream(api.fetchPage, new AbortController().signal, 3);
    const reading = (async () => {
      for await (const page of stream) void page;
    })();
    await api.tick();
    api.answer(1);
    await api.tick();
    api.requests.find((r) => r.page === 2)?.reject(new Error('page 2 failed'));
    await expect(reading).rejects.toThrow('page 2 failed');
    expect(api.requests.filter((r) => r.signal.aborted).map((r) => r.page)).toEqual([1, 2, 3, 4]);
  });

  it('asks for no more pages once cancelled', async () => {
    const api = manualPages(5);
    const controller = new AbortController();
    const stream = pageStream(api.fetchPage, controller.signal, 3);
    const reading = (async () => {
      for await (const page of stream) if (page.page === 1) controller.abort();
    })();
    await api.tick();
    api.answer(1);
    await expect(reading).rejects.toThrow(/abort/i);
    expect(api.requests.map((r) => r.page)).toEqual([1]);
  });
});
