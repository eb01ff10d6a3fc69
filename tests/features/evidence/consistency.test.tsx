import { configure, screen, waitFor, within } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, test } from 'vitest';
import { mockDataset, mockStore } from '@mocks/node';
import { apiGet } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import {
  apiPaths,
  auditEventSchema,
  contractDetailSchema,
  dashboardQuerySchema,
  dashboardSummarySchema,
  pageSchema,
  toSearchParams,
} from '@/lib/contract';
import { formatQuantity } from '@/lib/format';
import { renderRoute } from '../../utils/render-route';
import { decisionControls, findDecisionForm, firstPending } from './fixtures';

// The suite shares two cores with other work: give loads after an action time to land.
configure({ asyncUtilTimeout: 10_000 });

/** The most recently fetched data among the cached queries under a key prefix. */
function latestData(queryClient: QueryClient, queryKey: readonly unknown[]): unknown {
  const queries = queryClient
    .getQueryCache()
    .findAll({ queryKey })
    .filter((q) => q.state.data !== undefined)
    .sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt);
  return queries[0]?.state.data;
}

function allInvalidated(queryClient: QueryClient, queryKey: readonly unknown[]): boolean {
  const queries = queryClient.getQueryCache().findAll({ queryKey });
  return queries.length > 0 && queries.every((q) => q.state.isInvalidated);
}

/** The text in `row` under the column headed `header`. */
function cellUnder(table: HTMLElement, row: HTMLElement, header: string): string {
  const headers = within(table).getAllByRole('columnheader');
  const index = headers.findIndex((h) => h.textContent?.trim().startsWith(header));
  const cells = within(row).queryAllByRole('rowheader').concat(within(row).getAllByRole('cell'));
  return cells[index]?.textContent ?? '';
}

/** The dashboard's summary as its page reads it, cached under the 'dashboard' root (rendering the charts is not the point here). */
function dashboardSummary(queryClient: QueryClient) {
  const query = dashboardQuerySchema.parse({});
  return queryClient.fetchQuery({
    queryKey: queryKeys.dashboard.summary(query),
    queryFn: () =>
      apiGet(apiPaths.dashboard, dashboardSummarySchema, { params: toSearchParams(dashboardQuerySchema, query) }),
  });
}

const headlineMeasures = new Set(mockDataset.reference.measures.filter((m) => m.headline !== null).map((m) => m.code));

describe('after a verification', { timeout: 60_000 }, () => {
  test('the contract, the dashboard and the audit log all move, and reference data is left alone', async () => {
    const item = firstPending((e) => headlineMeasures.has(e.measureCode) && e.claimedQuantity > 0);
    const unit = mockDataset.reference.measures.find((m) => m.code === item.measureCode)?.unit;
    if (!unit) throw new Error('Unknown measure');
    const { router, queryClient, user } = renderRoute(`/contracts/${item.contractId}?commitment=${item.commitmentId}`);

    // Read the contract, the dashboard and the audit log first, so their answers are cached.
    await waitFor(() => expect(latestData(queryClient, queryKeys.contracts.detailOf(item.contractId))).toBeDefined());
    const contractBefore = contractDetailSchema.parse(
      latestData(queryClient, queryKeys.contracts.detailOf(item.contractId)),
    );
    const returnBefore = contractBefore.returns.find((r) => r.id === item.returnId);
    if (!returnBefore) throw new Error('The return is not on the contract');
    const dashboardBefore = await dashboardSummary(queryClient);
    const headlineBefore = dashboardBefore.headlines.find((h) => h.measureCode === item.measureCode);
    if (!headlineBefore) throw new Error('The measure is not a headline');
    await router.navigate('/audit');
    await screen.findByRole('table', { name: /Audit events/ });

    await router.navigate(`/evidence?selected=${item.id}`);
    const controls = decisionControls(await findDecisionForm());
    await user.click(controls.radio('Verify'));
    await user.click(controls.submit());
    await waitFor(() => expect(mockStore.evidence(item.id).evidence.status).toBe('verified'));

    // Exactly what a decision changes is marked stale; reference data and the user are not.
    await waitFor(() => expect(allInvalidated(queryClient, queryKeys.contracts.detailOf(item.contractId))).toBe(true));
    expect(allInvalidated(queryClient, queryKeys.dashboard.all())).toBe(true);
    expect(allInvalidated(queryClient, queryKeys.audit.all())).toBe(true);
    expect(queryClient.getQueryState(queryKeys.reference())?.isInvalidated).toBe(false);
    expect(
      queryClient
        .getQueryCache()
        .findAll({ queryKey: ['me'] })
        .some((q) => q.state.isInvalidated),
    ).toBe(false);

    // The contract page shows the return's new verified figure.
    await router.navigate(`/contracts/${item.contractId}?commitment=${item.commitmentId}`);
    const expectedVerified = returnBefore.verified + item.claimedQuantity;
    const returns = await screen.findByRole('table', { name: /Quarterly returns/ });
    await waitFor(() => {
      const row = within(returns)
        .getAllByRole('row')
        .find((r) => r.querySelector(`a[href*="quarter=${item.quarter}"]`) !== null);
      if (!row) throw new Error('No row for the quarter');
      expect(cellUnder(returns, row, 'Verified')).toBe(formatQuantity(expectedVerified, unit, { exact: true }));
    });

    // The dashboard's headline verified figure rises by the quantity verified.
    const dashboardAfter = await dashboardSummary(queryClient);
    expect(dashboardAfter.headlines.find((h) => h.measureCode === item.measureCode)?.figures.verified).toBeCloseTo(
      headlineBefore.figures.verified + item.claimedQuantity,
      6,
    );

    // The audit log leads with the new event.
    await router.navigate('/audit');
    await waitFor(() => {
      const page = pageSchema(auditEventSchema).parse(latestData(queryClient, queryKeys.audit.all()));
      expect(page.items[0]).toMatchObject({ evidenceId: item.id, action: 'verify', userName: 'Priya Sharma' });
    });
    const table = await screen.findByRole('table', { name: /Audit events/ });
    const firstRow = within(table).getAllByRole('row')[1];
    if (!firstRow) throw new Error('No rows');
    await waitFor(() => expect(within(firstRow).getByRole('link', { name: item.id })).toBeVisible());
    expect(firstRow).toHaveTextContent('Verified');
  });
});
