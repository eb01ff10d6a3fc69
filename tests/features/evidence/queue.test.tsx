import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { mockStore, server } from '@mocks/node';
import { evidenceQuerySchema, type EvidenceQuery } from '@/lib/contract';
import { renderRoute } from '../../utils/render-route';
import { decisionControls, findDecisionForm } from './fixtures';

// The suite shares two cores with other work: give loads after an action time to land.
configure({ asyncUtilTimeout: 10_000 });

const CAPTION = /Evidence awaiting a decision/;

function storeQueue(query: Partial<EvidenceQuery> = {}) {
  return mockStore.listEvidence(evidenceQuerySchema.parse(query));
}

async function findQueueTable() {
  return screen.findByRole('table', { name: CAPTION });
}

/** The row headers (file names) of the table, in order. */
function fileNames(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent ?? '');
}

/** An item's link in the table: file names can repeat across suppliers, so the row's contract tells them apart. */
function itemLink(table: HTMLElement, item: { fileName: string; contractReference: string }): HTMLElement {
  const row = within(table)
    .getAllByRole('row')
    .filter(
      (r) => within(r).queryByRole('link', { name: item.fileName }) && within(r).queryByText(item.contractReference),
    );
  if (row.length !== 1 || !row[0]) throw new Error(`Expected one row for ${item.fileName} (${item.contractReference})`);
  return within(row[0]).getByRole('link', { name: item.fileName });
}

function search(router: { state: { location: { search: string } } }): URLSearchParams {
  return new URLSearchParams(router.state.location.search);
}

describe('the verification queue', { timeout: 30_000 }, () => {
  test('lists pending and queried evidence oldest first, marks the overdue, and pages', async () => {
    const expected = storeQueue();
    renderRoute('/evidence');
    const table = await findQueueTable();

    expect(fileNames(table)).toEqual(expected.items.map((e) => e.fileName));
    expect(expected.items.every((e) => e.status === 'pending' || e.status === 'queried')).toBe(true);
    const [first] = within(table).getAllByRole('row').slice(1);
    if (!first) throw new Error('No rows');
    // The oldest item was uploaded years before the data's as-of date.
    expect(within(first).getByText('Overdue')).toBeVisible();
    expect(
      screen.getByText(`Showing 1 to 25 of ${expected.total.toLocaleString('en-GB')} items of evidence`),
    ).toBeVisible();
    await waitFor(() =>
      expect(document.title).toBe(`Evidence queue (page 1 of ${expected.pageCount}) – Social Value Monitor`),
    );
    expect(screen.getByRole('navigation', { name: 'Evidence queue pages' })).toBeVisible();
  });

  test('filters by borough, status, manager and waiting time, all in the URL', async () => {
    const { user, router } = renderRoute('/evidence');
    await findQueueTable();

    await user.click(screen.getByText('Borough', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: 'Liverpool' }));
    await waitFor(() => expect(search(router).getAll('borough')).toEqual(['E08000012']));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Contract manager' }), 'Mine (Priya Sharma)');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Waiting time' }), 'Waiting over 30 days');
    await user.click(screen.getByText('Status', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: 'Verified' }));

    await waitFor(() => expect(search(router).getAll('status')).toEqual(['pending', 'verified', 'queried']));
    expect(search(router).get('manager')).toBe('u-cm-1');
    expect(search(router).get('olderThan')).toBe('30');

    const expected = storeQueue({
      borough: ['E08000012'],
      manager: 'u-cm-1',
      olderThan: 30,
      status: ['pending', 'queried', 'verified'],
    });
    expect(expected.total).toBeGreaterThan(0);
    const table = await findQueueTable();
    await waitFor(() => expect(fileNames(table)).toEqual(expected.items.map((e) => e.fileName)));
    expect(screen.getByRole('button', { name: 'Remove filter: Contract manager: Priya Sharma' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Remove filter: Liverpool' }));
    await waitFor(() => expect(search(router).getAll('borough')).toEqual([]));
    expect(search(router).get('manager')).toBe('u-cm-1');
  });

  test('sorts by upload date, newest first, from the header', async () => {
    const { user, router } = renderRoute('/evidence');
    const table = await findQueueTable();
    await user.click(within(table).getByRole('button', { name: /Uploaded/ }));
    await waitFor(() => expect(search(router).get('sort')).toBe('-uploadedAt'));
    const expected = storeQueue({ sort: '-uploadedAt' });
    await waitFor(() => expect(fileNames(table)).toEqual(expected.items.map((e) => e.fileName)));
  });

  test('says when filters match nothing', async () => {
    renderRoute('/evidence?olderThan=100000');
    expect(await screen.findByRole('heading', { name: 'No evidence matches these filters' })).toBeVisible();
  });

  test('says when nothing is waiting at all', async () => {
    server.use(
      http.get('*/api/v1/evidence', () =>
        HttpResponse.json({ items: [], page: 1, pageSize: 25, total: 0, pageCount: 0 }),
      ),
    );
    renderRoute('/evidence');
    expect(await screen.findByRole('heading', { name: 'No evidence is waiting' })).toBeVisible();
    expect(screen.getByText('Every piece of evidence has been verified, rejected or queried.')).toBeVisible();
  });

  test('says which part of a link it did not understand', async () => {
    renderRoute('/evidence?borough=E0000000X');
    expect(await screen.findByText(/left out: borough=E0000000X/)).toBeVisible();
    await findQueueTable();
  });
});

describe('working through the queue', { timeout: 30_000 }, () => {
  test('opens an item beside the list, and moves to the next after a decision', async () => {
    const [first, second] = storeQueue().items;
    if (!first || !second) throw new Error('The queue needs two items');
    const { user, router } = renderRoute('/evidence');
    const table = await findQueueTable();

    await user.click(itemLink(table, first));
    await waitFor(() => expect(search(router).get('selected')).toBe(first.id));
    const heading = await screen.findByRole('heading', { level: 2, name: new RegExp(first.fileName) });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(itemLink(table, first)).toHaveAttribute('aria-current', 'true');

    const controls = decisionControls(await findDecisionForm());
    await user.click(controls.radio('Query'));
    await user.type(controls.comment(), 'Which period does this cover?');
    await user.click(controls.submit());

    await waitFor(() => expect(search(router).get('selected')).toBe(second.id));
    expect(
      screen.getByText(
        `Decision recorded: ${first.fileName} is now queried. Showing the next item: ${second.fileName}.`,
      ),
    ).toBeInTheDocument();
    const next = await screen.findByRole('heading', { level: 2, name: new RegExp(second.fileName) });
    await waitFor(() => expect(next).toHaveFocus());
    expect(mockStore.evidence(first.id).evidence.status).toBe('queried');
  });

  test('closes the open item', async () => {
    const [first] = storeQueue().items;
    if (!first) throw new Error('Empty queue');
    const { user, router } = renderRoute(`/evidence?selected=${first.id}&page=1`);
    await findDecisionForm();
    await user.click(screen.getByRole('link', { name: 'Close evidence' }));
    await waitFor(() => expect(search(router).get('selected')).toBeNull());
    expect(screen.queryByRole('form', { name: 'Your decision' })).not.toBeInTheDocument();
  });

  test('an unknown item says it was not found and the list still works', async () => {
    renderRoute('/evidence?selected=e-nope');
    expect(await screen.findByRole('heading', { name: 'Evidence not found' })).toBeVisible();
    await findQueueTable();
  });
});

describe('resetting the demo data', { timeout: 30_000 }, () => {
  test('asks first, then undoes every decision', async () => {
    const [first] = storeQueue().items;
    if (!first) throw new Error('Empty queue');
    mockStore.decide(first.id, { decision: 'reject', comment: 'Wrong contract', version: first.version }, 'u-cm-1');
    const { user } = renderRoute('/evidence');
    await findQueueTable();

    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    const confirm = screen.getByRole('button', { name: 'Yes, reset the demo data' });
    expect(confirm).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Reset demo data' })).toHaveFocus();
    expect(mockStore.evidence(first.id).evidence.status).toBe('rejected');

    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset the demo data' }));
    expect(await screen.findByText(/The demo data has been reset/)).toBeVisible();
    expect(mockStore.evidence(first.id).evidence).toMatchObject({ status: first.status, version: first.version });
  });
});
