import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { areaLabel, formatGBP, formatPct, formatQuantity, quarterLabel, ragLabel } from '@/lib/format';
import type { Basis, Commitment } from '@/lib/contract';
import { renderRoute } from '../../utils/render-route';
import { figuresOf, isHeadline, mockDataset, ragOf } from './figures-from-data';

/** The machine running the suite is shared; give the API and rendering time, not a race. */
const WAIT = { timeout: 15_000 };

const { contracts, commitments, returns, evidence, reference } = mockDataset;

function measureOf(commitment: Commitment) {
  const measure = reference.measures.find((m) => m.code === commitment.measureCode);
  if (!measure) throw new Error(`No measure ${commitment.measureCode}`);
  return measure;
}

function labelOf(commitment: Commitment): string {
  return `${measureOf(commitment).name} (${areaLabel(commitment.area)})`;
}

/** The highest-value live contract: first in the register filtered to live and sorted by value. */
const target = [...contracts]
  .filter((c) => c.status === 'live')
  .sort((a, b) => b.value - a.value || a.reference.localeCompare(b.reference))[0];
if (!target) throw new Error('The demo data has no live contract');

/** Its headline commitment in a borough with the most evidence behind one return. */
const candidates = commitments
  .filter((c) => c.contractId === target.id && isHeadline(c.measureCode) && c.area !== 'region')
  .flatMap((commitment) =>
    returns
      .filter((r) => r.commitmentId === commitment.id)
      .map((ret) => ({ commitment, ret, items: evidence.filter((e) => e.returnId === ret.id) })),
  )
  .sort((a, b) => b.items.length - a.items.length);
const walk = candidates[0];
if (!walk || walk.items.length < 2) throw new Error('The target contract has no return with evidence to walk to');

function rowFor(table: HTMLElement, name: string): HTMLElement {
  const row = within(table).getByRole('link', { name }).closest('tr');
  if (!row) throw new Error(`No row for ${name}`);
  return row;
}

function expectCommitmentRow(row: HTMLElement, commitment: Commitment, basis: Basis) {
  const figures = figuresOf(commitment);
  const { unit } = measureOf(commitment);
  const cells = within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
  expect(cells).toEqual([
    areaLabel(commitment.area),
    formatQuantity(figures.pledged, unit, { exact: true }),
    formatQuantity(figures.expected, unit, { exact: true }),
    formatQuantity(figures.claimed, unit, { exact: true }),
    formatQuantity(figures.verified, unit, { exact: true }),
    formatPct(figures.expected > 0 ? (figures[basis] / figures.expected) * 100 : null),
    expect.stringContaining(ragLabel(ragOf(figures, basis))),
  ]);
}

describe('contract page and drill-down', { timeout: 90_000 }, () => {
  it('walks from the register to one piece of evidence, with figures from the data set and a way back', async () => {
    const { user, router } = renderRoute('/contracts');
    await screen.findByText(/^Showing 1 to 25 of/, {}, WAIT);

    await user.click(screen.getByText('Status', { selector: 'summary' }));
    await user.click(within(screen.getByRole('group', { name: 'Status' })).getByRole('checkbox', { name: 'Live' }));
    const register = screen.getByRole('table', { name: /^Contracts/ });
    await user.click(within(register).getByRole('button', { name: 'Value' }));
    await user.click(await within(register).findByRole('link', { name: target.reference }, WAIT));

    // The contract: its facts in a description list.
    await screen.findByRole('heading', { level: 1, name: target.title }, WAIT);
    const summary = screen.getByRole('heading', { name: 'Contract details' }).nextElementSibling as HTMLElement;
    expect(summary.tagName).toBe('DL');
    expect(summary).toHaveTextContent(`Company number ${target.supplier.companyNumber}`);
    expect(summary).toHaveTextContent(formatGBP(target.value));
    expect(summary).toHaveTextContent(target.managerName);
    expect(document.title).toBe(`${target.reference}: ${target.title} – Social Value Monitor`);

    // Its commitments by theme, each row's figures as the data set gives them.
    const commitmentsTable = await screen.findByRole('table', { name: /^Commitments by theme, All time/ }, WAIT);
    const themeName = reference.themes.find((t) => t.id === measureOf(walk.commitment).theme)?.name ?? '';
    expect(within(commitmentsTable).getByRole('rowheader', { name: themeName })).toHaveAttribute('scope', 'rowgroup');
    const label = labelOf(walk.commitment);
    expectCommitmentRow(rowFor(commitmentsTable, label), walk.commitment, 'verified');

    // The commitment's quarterly returns.
    await user.click(within(commitmentsTable).getByRole('link', { name: label }));
    const returnsHeading = await screen.findByRole('heading', { level: 2, name: `Returns: ${label}` }, WAIT);
    await waitFor(() => expect(returnsHeading).toHaveFocus(), WAIT);
    const returnsTable = screen.getByRole('table', { name: new RegExp(`^Quarterly returns: ${escape(label)}`) });
    const itsReturns = returns.filter((r) => r.commitmentId === walk.commitment.id);
    expect(within(returnsTable).getAllByRole('rowheader')).toHaveLength(itsReturns.length);
    const quarter = quarterLabel(walk.ret.quarter);
    const returnRow = rowFor(returnsTable, quarter);
    const { unit } = measureOf(walk.commitment);
    expect(returnRow).toHaveTextContent(formatQuantity(walk.ret.claimed, unit, { exact: true }));
    expect(returnRow).toHaveTextContent(formatQuantity(walk.ret.verified, unit, { exact: true }));

    // The return's evidence.
    await user.click(within(returnsTable).getByRole('link', { name: quarter }));
    await screen.findByRole('heading', { level: 2, name: `Evidence: ${label}, ${quarter}` }, WAIT);
    const evidenceTable = await screen.findByRole(
      'table',
      { name: new RegExp(`^Evidence for ${escape(label)}`) },
      WAIT,
    );
    expect(
      within(evidenceTable)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(expect.arrayContaining(walk.items.map((item) => item.fileName)));
    expect(within(evidenceTable).getAllByRole('rowheader')).toHaveLength(walk.items.length);

    // One item, drawn by the evidence panel, with its download.
    const item = walk.items[0];
    if (!item) throw new Error('unreachable');
    await user.click(within(evidenceTable).getByRole('link', { name: item.fileName }));
    const download = await screen.findByRole('link', { name: `Download ${item.fileName}` }, WAIT);
    // Focus lands on the item that opened.
    expect(screen.getByRole('heading', { level: 2, name: new RegExp(`${escape(item.fileName)}$`) })).toHaveFocus();
    expect(download).toHaveAttribute('href', `/api/v1/evidence/${item.id}/file`);

    const search = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(search)).toEqual({
      commitment: walk.commitment.id,
      quarter: walk.ret.quarter,
      evidence: item.id,
    });
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' }));
    expect(crumbs.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Contracts',
      target.reference,
      label,
      quarter,
      item.fileName,
    ]);
    expect(document.title).toBe(
      `${item.fileName} – ${quarter} – ${label} – ${target.reference}: ${target.title} – Social Value Monitor`,
    );

    // Breadcrumbs lead back up the drill-down.
    await user.click(crumbs.getByRole('link', { name: label }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /^Evidence:/ })).not.toBeInTheDocument(), WAIT);
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      commitment: walk.commitment.id,
    });
  });

  it('switches % and RAG between verified and claimed figures', async () => {
    const differs = commitments.find((c) => {
      const f = figuresOf(c);
      return c.area !== 'region' && ragOf(f, 'verified') !== ragOf(f, 'claimed');
    });
    if (!differs) throw new Error('The demo data has no commitment whose RAG depends on the basis');
    const { user, router } = renderRoute(`/contracts/${differs.contractId}`);
    const table = await screen.findByRole('table', { name: /^Commitments by theme/ }, WAIT);
    expectCommitmentRow(rowFor(table, labelOf(differs)), differs, 'verified');

    await user.click(screen.getByRole('radio', { name: 'Claimed (as suppliers reported)' }));
    await waitFor(() => expectCommitmentRow(rowFor(table, labelOf(differs)), differs, 'claimed'), WAIT);
    expect(new URLSearchParams(router.state.location.search).get('basis')).toBe('claimed');
    expect(screen.getByRole('table', { name: /RAG on claimed figures/ })).toBe(table);
  });

  it('opens evidence from a link that names only the evidence, filling in the drill-down', async () => {
    const item = walk.items[1];
    if (!item) throw new Error('unreachable');
    const { router } = renderRoute(`/contracts/${target.id}?evidence=${item.id}`);
    await screen.findByRole('link', { name: `Download ${item.fileName}` }, WAIT);
    await waitFor(
      () =>
        expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
          commitment: walk.commitment.id,
          quarter: walk.ret.quarter,
          evidence: item.id,
        }),
      WAIT,
    );
    // The quarter's evidence list has its own request, which can still be in flight once the URL is filled in.
    expect(await screen.findByRole('link', { name: item.fileName }, WAIT)).toHaveAttribute('aria-current', 'true');
  });

  it('shows case-study narratives as plain text, never as HTML', async () => {
    const hostile = '<img src=x onerror="alert(1)"> We hired <b>six</b> local people.\nThey are still with us.';
    server.use(
      http.get('*/api/v1/evidence', ({ request }) => {
        const url = new URL(request.url);
        if (url.searchParams.get('contractId') !== target.id) return undefined;
        const items = walk.items.map((e, i) => (i === 0 ? { ...e, type: 'case-study', narrative: hostile } : e));
        return HttpResponse.json({ items, page: 1, pageSize: 500, total: items.length, pageCount: 1 });
      }),
    );
    renderRoute(`/contracts/${target.id}?commitment=${walk.commitment.id}&quarter=${walk.ret.quarter}`);
    const heading = await screen.findByRole('heading', { level: 3, name: 'Case studies' }, WAIT);
    const section = heading.closest('section') as HTMLElement;
    expect(section).toHaveTextContent('<img src=x onerror="alert(1)"> We hired <b>six</b> local people.');
    expect(section.querySelector('img, b')).toBeNull();
  });

  it('says a contract that does not exist was not found', async () => {
    renderRoute('/contracts/c-does-not-exist');
    await screen.findByRole('heading', { level: 1, name: 'Contract not found' }, WAIT);
    expect(screen.getByRole('link', { name: 'Go to the contracts register' })).toHaveAttribute('href', '/contracts');
  });

  it("says evidence that does not exist, or is another contract's, was not found", async () => {
    const { unmount } = renderRoute(`/contracts/${target.id}?evidence=e-does-not-exist`);
    await screen.findByRole('heading', { level: 1, name: 'Evidence not found' }, WAIT);
    unmount();

    const elsewhere = evidence.find((e) => e.contractId !== target.id);
    renderRoute(`/contracts/${target.id}?evidence=${elsewhere?.id ?? ''}`);
    await screen.findByRole('heading', { level: 1, name: 'Evidence not found' }, WAIT);
  });

  it('says what failed when the contract cannot be loaded, and recovers on Retry', async () => {
    server.use(http.get(`*/api/v1/contracts/${target.id}`, () => HttpResponse.json({ broken: true }), { once: true }));
    const { user } = renderRoute(`/contracts/${target.id}`);
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent('We could not load this contract.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await screen.findByRole('heading', { level: 1, name: target.title }, WAIT);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
