import { screen, waitFor, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { queryKeys } from '@/lib/api/query-keys';
import { renderRoute } from '../../utils/render-route';
import { contractsWhere } from './figures-from-data';

const WAIT = { timeout: 15_000 };

async function findRegister() {
  await screen.findByText(/^Showing \d+ to \d+ of [\d,]+ contracts$/, {}, WAIT);
  return screen.getByRole('table', { name: /^Contracts, All time/ });
}

function rowHeaders(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

/** Every value the attribute took while the observer watched. */
function watchAttribute(element: Element, name: string): string[] {
  const seen: string[] = [];
  new MutationObserver(() => seen.push(element.getAttribute(name) ?? '')).observe(element, {
    attributes: true,
    attributeFilter: [name],
  });
  return seen;
}

/** Holds every request for the register that matches `when` until `release` is called. */
function holdContracts(when: (url: URL) => boolean) {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.get('*/api/v1/contracts', async ({ request }) => {
      if (when(new URL(request.url))) await held;
      return undefined;
    }),
  );
  return { release: () => release() };
}

const byValueDesc = (a: { value: number; reference: string }, b: { value: number; reference: string }) =>
  b.value - a.value || a.reference.localeCompare(b.reference);

describe('register responsiveness', { timeout: 60_000 }, () => {
  // Whether the page renders once or twice is a matter of timing, which the benchmark measures
  // (bench/results.md) and the hook's own tests pin down without a clock; here, the outcome.
  it('sorts by a header button: the order, the URL and the header all follow', async () => {
    const { user, router } = renderRoute('/contracts');
    const table = await findRegister();

    await user.click(within(table).getByRole('button', { name: 'Value' }));

    const top = [...contractsWhere(() => true)].sort(byValueDesc)[0]?.reference;
    await waitFor(() => expect(rowHeaders(table)[0]).toBe(top), WAIT);
    expect(router.state.location.search).toBe('?sort=-value');
    expect(within(table).getByRole('columnheader', { name: 'Value' })).toHaveAttribute('aria-sort', 'descending');
  });

  it('shows a slow sort at once, old rows marked busy, then the new rows', async () => {
    const { user, router } = renderRoute('/contracts');
    const table = await findRegister();
    const firstRows = rowHeaders(table);
    const { release } = holdContracts((url) => url.searchParams.get('sort') === '-value');

    await user.click(within(table).getByRole('button', { name: 'Value' }));

    const region = screen.getByRole('region', { name: /^Contracts, All time/ });
    await waitFor(() => expect(region).toHaveAttribute('aria-busy', 'true'), WAIT);
    expect(router.state.location.search).toBe('?sort=-value');
    expect(within(table).getByRole('columnheader', { name: 'Value' })).toHaveAttribute('aria-sort', 'descending');
    expect(rowHeaders(table)).toEqual(firstRows);

    release();
    const top = [...contractsWhere(() => true)].sort(byValueDesc)[0]?.reference;
    await waitFor(() => expect(rowHeaders(table)[0]).toBe(top), WAIT);
    expect(region).toHaveAttribute('aria-busy', 'false');
  });

  it('ends on the last of two quick sorts, even when the first answers last', async () => {
    const { user, router } = renderRoute('/contracts');
    const table = await findRegister();
    const { release } = holdContracts((url) => url.searchParams.get('sort') === '-value');

    await user.click(within(table).getByRole('button', { name: 'Value' }));
    await user.click(within(table).getByRole('button', { name: 'Title' }));

    const byTitle = [...contractsWhere(() => true)].sort(
      (a, b) => a.title.localeCompare(b.title) || a.reference.localeCompare(b.reference),
    );
    await waitFor(() => expect(rowHeaders(table)[0]).toBe(byTitle[0]?.reference), WAIT);
    release();
    await delay(300);
    expect(router.state.location.search).toBe('?sort=title');
    expect(within(table).getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('fetches the next page while the pointer is over its link, so the click shows it at once', async () => {
    const { user, queryClient } = renderRoute('/contracts');
    const table = await findRegister();
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) => {
      requested.push(new URL(request.url).search);
    });

    await user.hover(screen.getByRole('link', { name: 'Next page' }));
    await waitFor(() => expect(requested).toContain('?page=2'), WAIT);
    // Page 2 is in the cache before the click: the click then has nothing to wait for.
    await waitFor(
      () =>
        expect(
          queryClient
            .getQueryCache()
            .findAll({ queryKey: queryKeys.contracts.lists() })
            .some((query) => query.state.status === 'success' && JSON.stringify(query.queryKey).includes('"page":2')),
        ).toBe(true),
      WAIT,
    );
    const region = screen.getByRole('region', { name: /^Contracts, All time/ });
    const busy = watchAttribute(region, 'aria-busy');

    const all = contractsWhere(() => true).sort((a, b) => a.reference.localeCompare(b.reference));
    await user.click(screen.getByRole('link', { name: 'Next page' }));
    await waitFor(() => expect(rowHeaders(table)[0]).toBe(all[25]?.reference), WAIT);
    expect(requested.filter((search) => search === '?page=2')).toHaveLength(1);
    expect(busy).not.toContain('true');
    server.events.removeAllListeners();
  });
});
