import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { mockStore } from '@mocks/node';
import { auditQuerySchema, type AuditQuery } from '@/lib/contract';
import { renderRoute } from '../../utils/render-route';

// The suite shares two cores with other work: give loads after an action time to land.
configure({ asyncUtilTimeout: 10_000 });

function storeAudit(query: Partial<AuditQuery> = {}) {
  return mockStore.listAudit(auditQuerySchema.parse(query));
}

async function findAuditTable() {
  return screen.findByRole('table', { name: /Audit events/ });
}

/** Each row's time (its row header) and comment, to compare with the store. */
function rowsOf(table: HTMLElement): { at: string | null; comment: string }[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => ({
      at: within(row).getByRole('rowheader').querySelector('time')?.getAttribute('dateTime') ?? null,
      comment: within(row).getAllByRole('cell').at(-1)?.textContent ?? '',
    }));
}

function search(router: { state: { location: { search: string } } }): URLSearchParams {
  return new URLSearchParams(router.state.location.search);
}

describe('the audit log', { timeout: 30_000 }, () => {
  test('lists events newest first, each linking to its evidence in the contract drill-down', async () => {
    const expected = storeAudit();
    renderRoute('/audit');
    const table = await findAuditTable();

    expect(rowsOf(table)).toEqual(expected.items.map((e) => ({ at: e.at, comment: e.comment })));
    const [first] = expected.items;
    if (!first) throw new Error('No audit events');
    const row = within(table).getAllByRole('row')[1];
    if (!row) throw new Error('No rows');
    expect(within(row).getByRole('link', { name: first.evidenceId })).toHaveAttribute(
      'href',
      `/contracts/${first.contractId}?evidence=${first.evidenceId}`,
    );
    expect(row).toHaveTextContent(first.contractReference);
    expect(row).toHaveTextContent(first.userName);
    await waitFor(() =>
      expect(document.title).toBe(`Audit log (page 1 of ${expected.pageCount}) – Social Value Monitor`),
    );
  });

  test('filters by date range, user, action and contract, in the URL', async () => {
    const event = storeAudit({ user: 'u-cm-2', action: ['verify'] }).items[0];
    if (!event) throw new Error('No verification by u-cm-2');
    const day = event.at.slice(0, 10);
    const { user, router } = renderRoute('/audit');
    await findAuditTable();

    await user.type(screen.getByLabelText('From'), day);
    await user.type(screen.getByLabelText('To'), day);
    await user.selectOptions(screen.getByRole('combobox', { name: 'User' }), 'Tom Gallagher (contract manager)');
    await user.click(screen.getByRole('checkbox', { name: 'Verified' }));
    await user.type(screen.getByRole('textbox', { name: 'Contract' }), event.contractReference.toLowerCase());
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(search(router).get('from')).toBe(day));
    expect(Object.fromEntries(search(router))).toEqual({
      from: day,
      to: day,
      user: 'u-cm-2',
      action: 'verify',
      contractId: event.contractReference.toLowerCase(),
    });
    const expected = storeAudit({
      from: day,
      to: day,
      user: 'u-cm-2',
      action: ['verify'],
      contractId: event.contractReference,
    });
    const table = await findAuditTable();
    await waitFor(() => expect(rowsOf(table)).toEqual(expected.items.map((e) => ({ at: e.at, comment: e.comment }))));
    expect(rowsOf(table)).toContainEqual({ at: event.at, comment: event.comment });
    expect(screen.getByRole('table', { name: /Action: Verified/ })).toBeVisible();
  });

  test('starts the form from a shared link, and clears it', async () => {
    const { user, router } = renderRoute('/audit?from=2025-04-01&action=reject&action=query');
    await findAuditTable();
    expect(screen.getByLabelText('From')).toHaveValue('2025-04-01');
    expect(screen.getByRole('checkbox', { name: 'Rejected' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Queried' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Verified' })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByLabelText('From')).toHaveValue('');
  });

  test('will not apply a date range that ends before it starts', async () => {
    const { user, router } = renderRoute('/audit');
    await findAuditTable();
    await user.type(screen.getByLabelText('From'), '2025-06-30');
    await user.type(screen.getByLabelText('To'), '2025-04-01');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(screen.getByText('The ‘to’ date must be the same as or after the ‘from’ date')).toBeVisible();
    expect(screen.getByLabelText('To')).toHaveFocus();
    expect(screen.getByLabelText('To')).toBeInvalid();
    expect(router.state.location.search).toBe('');
  });

  test('sorts oldest first from the time column', async () => {
    const { user, router } = renderRoute('/audit');
    const table = await findAuditTable();
    await user.click(within(table).getByRole('button', { name: /When/ }));
    await waitFor(() => expect(search(router).get('sort')).toBe('at'));
    const expected = storeAudit({ sort: 'at' });
    await waitFor(() => expect(rowsOf(table)).toEqual(expected.items.map((e) => ({ at: e.at, comment: e.comment }))));
  });

  test('says when nothing matches', async () => {
    renderRoute('/audit?contractId=no-such-contract');
    expect(await screen.findByRole('heading', { name: 'No events match these filters' })).toBeVisible();
  });
});
