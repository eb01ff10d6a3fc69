import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { formatGBP } from '@/lib/format';
import { renderRoute } from '../../utils/render-route';
import { contractRag, contractsWhere } from './figures-from-data';

/** The machine running the suite is shared; give the API and rendering time, not a race. */
const WAIT = { timeout: 15_000 };

const byReference = (a: { reference: string }, b: { reference: string }) => a.reference.localeCompare(b.reference);

/** Waits on the (cheap) result count, then finds the table once by role: role queries on a big table are slow. */
async function findRegister() {
  await screen.findByText(/^Showing \d+ to \d+ of [\d,]+ contracts$/, {}, WAIT);
  return screen.getByRole('table', { name: /^Contracts, All time/ });
}

/** Opens a filter's disclosure and ticks one option, as a user would. */
async function choose(user: UserEvent, filter: string, option: string) {
  await user.click(screen.getByText(filter, { selector: 'summary' }));
  await user.click(within(screen.getByRole('group', { name: filter })).getByRole('checkbox', { name: option }));
}

function rowHeaders(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

describe('contracts register', { timeout: 60_000 }, () => {
  it('lists the first page in reference order, with the total, page count in the title and links to each contract', async () => {
    renderRoute('/contracts');
    const table = await findRegister();
    const all = contractsWhere(() => true).sort(byReference);

    // The count sits in a live region, so a change is announced.
    expect(screen.getByText(`Showing 1 to 25 of ${all.length} contracts`)).toHaveAttribute('role', 'status');
    expect(document.title).toBe(`Contracts (page 1 of ${Math.ceil(all.length / 25)}) – Social Value Monitor`);
    expect(rowHeaders(table)).toEqual(all.slice(0, 25).map((c) => c.reference));

    const first = all[0];
    expect(within(table).getByRole('link', { name: first?.reference })).toHaveAttribute(
      'href',
      `/contracts/${first?.id}`,
    );
    expect(within(table).getByRole('columnheader', { name: 'Reference' })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('narrows by status and RAG, sorts by value and pages, all in the URL, matching the data set', async () => {
    const { user, router } = renderRoute('/contracts');
    const table = await findRegister();

    await choose(user, 'Status', 'Live');
    await choose(user, 'RAG', 'Red');
    const expected = contractsWhere((c) => c.status === 'live' && contractRag(c.id, 'verified') === 'red');
    expect(expected.length).toBeGreaterThan(25);
    await screen.findByText(`Showing 1 to 25 of ${expected.length} contracts`, {}, WAIT);

    await user.click(within(table).getByRole('button', { name: 'Value' }));
    await waitFor(
      () =>
        expect(within(table).getByRole('columnheader', { name: 'Value' })).toHaveAttribute('aria-sort', 'descending'),
      WAIT,
    );
    const byValue = [...expected].sort((a, b) => b.value - a.value || a.reference.localeCompare(b.reference));
    await waitFor(() => expect(rowHeaders(table)[0]).toBe(byValue[0]?.reference), WAIT);
    expect(screen.getByText('Sorted by Value, descending')).toBeInTheDocument();
    const firstRow = within(table).getAllByRole('row')[1];
    expect(firstRow).toHaveTextContent(formatGBP(byValue[0]?.value ?? 0));

    await user.click(screen.getByRole('link', { name: 'Page 2' }));
    await waitFor(() => expect(rowHeaders(table)[0]).toBe(byValue[25]?.reference), WAIT);
    const pageCount = Math.ceil(expected.length / 25);
    // The title is set in an effect, which may run just after the new rows are in the DOM.
    await waitFor(() => expect(document.title).toBe(`Contracts (page 2 of ${pageCount}) – Social Value Monitor`), WAIT);

    const params = new URLSearchParams(router.state.location.search);
    expect(params.getAll('status')).toEqual(['live']);
    expect(params.getAll('rag')).toEqual(['red']);
    expect(params.get('sort')).toBe('-value');
    expect(params.get('page')).toBe('2');
  });

  it('narrows by borough with the shared filter bar and tags the choice', async () => {
    const { user, router } = renderRoute('/contracts');
    await findRegister();
    await choose(user, 'Borough', 'Knowsley');
    const knowsley = contractsWhere((c) => c.boroughs.includes('E08000011'));
    await screen.findByText(`Showing 1 to 25 of ${knowsley.length} contracts`, {}, WAIT);
    expect(new URLSearchParams(router.state.location.search).getAll('borough')).toEqual(['E08000011']);
    expect(screen.getByRole('button', { name: /^Remove filter: Knowsley/ })).toBeInTheDocument();
  });

  it('shows a contract manager only their contracts when asked', async () => {
    const { user, router } = renderRoute('/contracts', { user: 'u-cm-2' });
    await findRegister();
    await user.click(await screen.findByRole('checkbox', { name: 'Only my contracts' }));
    const mine = contractsWhere((c) => c.managerId === 'u-cm-2');
    await screen.findByText(`Showing 1 to 25 of ${mine.length} contracts`, {}, WAIT);
    expect(new URLSearchParams(router.state.location.search).get('manager')).toBe('u-cm-2');
  });

  it('keeps the current rows, marked busy, until the next page arrives', async () => {
    const { user } = renderRoute('/contracts');
    const table = await findRegister();
    const firstPage = rowHeaders(table);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(
        '*/api/v1/contracts',
        async () => {
          await held;
          return undefined;
        },
        { once: true },
      ),
    );

    await user.click(screen.getByRole('link', { name: 'Next page' }));
    const region = screen.getByRole('region', { name: /^Contracts, All time/ });
    await waitFor(() => expect(region).toHaveAttribute('aria-busy', 'true'), WAIT);
    expect(rowHeaders(table)).toEqual(firstPage);

    release();
    await waitFor(() => expect(region).toHaveAttribute('aria-busy', 'false'), WAIT);
    expect(rowHeaders(table)[0]).not.toBe(firstPage[0]);
  });

  it('cancels the request for a page the user has already moved on from', async () => {
    const { user } = renderRoute('/contracts');
    const table = await findRegister();
    let abandoned: AbortSignal | undefined;
    server.use(
      http.get('*/api/v1/contracts', async ({ request }) => {
        if (new URL(request.url).searchParams.get('page') !== '2') return undefined;
        abandoned = request.signal;
        // Never answers by itself: only the user moving on ends it.
        await new Promise((resolve) => request.signal.addEventListener('abort', resolve));
        return undefined;
      }),
    );
    await user.click(screen.getByRole('link', { name: 'Page 2' }));
    await waitFor(() => expect(abandoned).toBeDefined(), WAIT);
    await user.click(screen.getByRole('link', { name: 'Page 10' }));
    const last = contractsWhere(() => true).sort(byReference)[225];
    await waitFor(() => expect(rowHeaders(table)[0]).toBe(last?.reference), WAIT);
    expect(abandoned?.aborted).toBe(true);
  });

  it('explains which filters left no contracts and offers to clear them', async () => {
    const { user, router } = renderRoute('/contracts?status=closed&q=no-such-contract-anywhere&sort=-value');
    const empty = await screen.findByRole('heading', { name: 'No contracts match these filters' }, WAIT);
    const panel = empty.parentElement as HTMLElement;
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Status: Closed', 'Search: ‘no-such-contract-anywhere’']);
    expect(document.title).toBe('Contracts – Social Value Monitor');

    await user.click(within(panel).getByRole('button', { name: 'Show all contracts' }));
    await screen.findByText(`Showing 1 to 25 of ${contractsWhere(() => true).length} contracts`, {}, WAIT);
    // Filters go; the chosen order stays.
    expect(router.state.location.search).toBe('?sort=-value');
  });

  it('removes one filter from its tag, keeping the others', async () => {
    const { user } = renderRoute('/contracts?status=closed&q=no-such-contract-anywhere');
    await screen.findByRole('heading', { name: 'No contracts match these filters' }, WAIT);
    await user.click(screen.getByRole('button', { name: /^Remove filter: Search: ‘no-such-contract-anywhere’/ }));
    const closed = contractsWhere((c) => c.status === 'closed');
    await screen.findByText(`Showing 1 to 25 of ${closed.length} contracts`, {}, WAIT);
    expect(screen.getByRole('button', { name: /^Remove filter: Status: Closed/ })).toBeInTheDocument();
  });

  it('searches as the user types, after a pause', async () => {
    const { user, router } = renderRoute('/contracts');
    await findRegister();
    const someone = contractsWhere(() => true)[7];
    if (!someone) throw new Error('The demo data has too few contracts');
    await user.type(screen.getByRole('searchbox', { name: 'Search contracts' }), someone.reference);
    const table = screen.getByRole('table', { name: /^Contracts/ });
    await waitFor(() => expect(rowHeaders(table)).toEqual([someone.reference]), WAIT);
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe(someone.reference);
  });

  it('says what failed and recovers on Retry', async () => {
    server.use(
      http.get(
        '*/api/v1/contracts',
        () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Internal Server Error', status: 500 },
            { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    const { user } = renderRoute('/contracts');
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent('We could not load contracts.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await findRegister();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
