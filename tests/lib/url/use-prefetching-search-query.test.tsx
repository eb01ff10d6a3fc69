import { QueryClientProvider, queryOptions } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { contractsQuerySchema, type ContractsQuery } from '@/lib/contract';
import { createQueryClient } from '@/lib/api/query-client';
import { READY_WAIT_MS, usePrefetchingSearchQuery } from '@/lib/url/use-prefetching-search-query';

/** A list whose pages answer only when the test says so, counting each request by its query. */
function controlledList() {
  const requests: string[] = [];
  const signals = new Map<string, AbortSignal>();
  const waiting = new Map<string, () => void>();
  const optionsFor = (query: ContractsQuery) =>
    queryOptions({
      queryKey: ['list', query] as const,
      queryFn: async ({ signal }) => {
        const key = `${query.sort}/${query.page}`;
        requests.push(key);
        signals.set(key, signal);
        await new Promise<void>((resolve) => waiting.set(key, resolve));
        return key;
      },
    });
  return { requests, signals, optionsFor, answer: (key: string) => waiting.get(key)?.() };
}

function renderProbe(
  optionsFor: ReturnType<typeof controlledList>['optionsFor'],
  readyWaitMs = READY_WAIT_MS,
  initialEntries = ['/contracts'],
) {
  function Probe() {
    const { query, setQuery, setQueryWhenReady, prefetch } = usePrefetchingSearchQuery(
      contractsQuerySchema,
      optionsFor,
      { readyWaitMs },
    );
    return (
      <>
        <output aria-label="sort">{query.sort}</output>
        <button type="button" onClick={() => setQueryWhenReady({ sort: '-value' })}>
          Sort by value
        </button>
        <button type="button" onClick={() => setQuery({ sort: 'title' })}>
          Sort by title now
        </button>
        <button type="button" onMouseEnter={() => prefetch({ page: 2 })}>
          Page 2
        </button>
      </>
    );
  }
  const router = createMemoryRouter(
    [
      { path: '/contracts', element: <Probe /> },
      { path: '/elsewhere', element: <p>Elsewhere</p> },
    ],
    { initialEntries, initialIndex: initialEntries.length - 1 },
  );
  render(
    <QueryClientProvider client={createQueryClient({ forTests: true })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, user: userEvent.setup() };
}

describe('usePrefetchingSearchQuery', () => {
  it('changes the URL as soon as the rows arrive, before the wait is up', async () => {
    const list = controlledList();
    // A wait far longer than the test: only the rows arriving can change the URL.
    const { router, user } = renderProbe(list.optionsFor, 60_000);
    await user.click(screen.getByRole('button', { name: 'Sort by value' }));
    expect(list.requests).toEqual(['-value/1']);
    expect(router.state.location.search).toBe('');

    list.answer('-value/1');
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-value'));
  });

  it('changes the URL after the wait when the rows are slow', async () => {
    const list = controlledList();
    const { router, user } = renderProbe(list.optionsFor);
    await user.click(screen.getByRole('button', { name: 'Sort by value' }));
    await delay(READY_WAIT_MS + 50);
    expect(router.state.location.search).toBe('?sort=-value');
    expect(screen.getByRole('status', { name: 'sort' })).toHaveTextContent('-value');
  });

  it('drops a waiting change when the user goes elsewhere first', async () => {
    const list = controlledList();
    const { router, user } = renderProbe(list.optionsFor);
    await user.click(screen.getByRole('button', { name: 'Sort by value' }));
    await router.navigate('/elsewhere');
    await delay(READY_WAIT_MS + 50);
    list.answer('-value/1');
    await delay(50);
    expect(router.state.location.pathname).toBe('/elsewhere');
  });

  it('drops a waiting change when the user goes Back first', async () => {
    const list = controlledList();
    const { router, user } = renderProbe(list.optionsFor, READY_WAIT_MS, ['/contracts?status=live', '/contracts']);
    await user.click(screen.getByRole('button', { name: 'Sort by value' }));
    await router.navigate(-1);
    await delay(READY_WAIT_MS + 50);
    expect(router.state.location.search).toBe('?status=live');
  });

  it('applies a waiting change on top of a URL pushed meanwhile (its own earlier change, arriving late)', async () => {
    const list = controlledList();
    const { router, user } = renderProbe(list.optionsFor);
    await user.click(screen.getByRole('button', { name: 'Sort by value' }));
    await router.navigate('/contracts?status=live');
    await delay(READY_WAIT_MS + 50);
    expect(router.state.location.search).toBe('?status=live&sort=-value');
  });

  it('lets an immediate change overtake a waiting one', async () => {
    const list = controlledList();
    const { router, user } = renderProbe(list.optionsFor);
    await user.click(screen.getByRole('button', { name: 'Sort by value' }));
    await user.click(screen.getByRole('button', { name: 'Sort by title now' }));
    expect(router.state.location.search).toBe('?sort=title');
    await delay(READY_WAIT_MS + 50);
    expect(router.state.location.search).toBe('?sort=title');
  });

  it('cancels the request of a waiting change that nothing will show', async () => {
    const list = controlledList();
    const { user } = renderProbe(list.optionsFor);
    await user.click(screen.getByRole('button', { name: 'Sort by value' }));
    expect(list.signals.get('-value/1')?.aborted).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Sort by title now' }));
    expect(list.signals.get('-value/1')?.aborted).toBe(true);
    expect(list.signals.get('title/1')?.aborted).toBe(false);
  });

  it('prefetches on intent without changing the URL', async () => {
    const list = controlledList();
    const { router, user } = renderProbe(list.optionsFor);
    await user.hover(screen.getByRole('button', { name: 'Page 2' }));
    expect(list.requests).toEqual(['reference/2']);
    expect(router.state.location.search).toBe('');
  });
});
