// @vitest-environment jsdom
import { configure, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { mockDataset } from '@mocks/node';
import type { Figures, Headline, Unit } from '@/lib/contract';
import { formatGBP, formatNumber, formatPct, formatQuantity, quarterLabel, ragLabel } from '@/lib/format';
import { renderRoute } from '../../utils/render-route';
import { independentSummary, pctOf, ragOf, type Filter } from './independent-figures';

/**
 * The figures the dashboard shows, checked against the same figures worked out independently
 * from the raw demo data (profiles and returns), for several filters and both bases.
 */

// These tests read hundreds of figures; checking each element's visibility through its
// ancestors' computed styles would make them many times slower. The interaction tests use the
// default and check what users can reach.
configure({ defaultHidden: true });

const TILES: { headline: Headline; name: string }[] = [
  { headline: 'jobs', name: 'Jobs' },
  { headline: 'apprenticeships', name: 'Apprenticeships' },
  { headline: 'local-spend', name: 'Local spend' },
  { headline: 'carbon', name: 'Carbon saved' },
];
const FIGURE_NAMES = ['pledged', 'expected', 'claimed', 'verified'] as const;

function unitOf(headline: Headline): Unit {
  const measure = mockDataset.reference.measures.find((m) => m.headline === headline);
  if (!measure) throw new Error(`No measure for ${headline}`);
  return measure.unit;
}

function urlFor(filter: Filter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  for (const b of filter.borough ?? []) params.append('borough', b);
  for (const t of filter.theme ?? []) params.append('theme', t);
  for (const s of filter.status ?? []) params.append('status', s);
  if (filter.period) params.set('period', filter.period);
  if (filter.basis) params.set('basis', filter.basis);
  const search = params.toString();
  return search ? `/?${search}` : '/';
}

/**
 * The cells of each body row of `table`, keyed by the row header's text: read once per table,
 * rather than searching the table again for every row.
 */
function tableRows(table: HTMLElement): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const header of within(table).getAllByRole('rowheader')) {
    const row = header.closest('tr');
    if (!row || header.getAttribute('scope') !== 'row') continue;
    const cells = within(row)
      .queryAllByRole('cell')
      .map((cell) => cell.textContent ?? '');
    rows.set(header.textContent ?? '', cells);
  }
  return rows;
}

function cellsOf(rows: Map<string, string[]>, name: string): string[] {
  const cells = rows.get(name);
  if (!cells) throw new Error(`No row headed ${name}; rows: ${[...rows.keys()].join(', ')}`);
  return cells;
}

function exact(value: number, unit: Unit): string {
  return formatQuantity(value, unit, { exact: true });
}

function figureCells(figures: Figures, unit: Unit, basis: 'verified' | 'claimed'): string[] {
  return [
    ...FIGURE_NAMES.map((f) => exact(figures[f], unit)),
    formatPct(pctOf(figures, basis)),
    ragLabel(ragOf(figures, basis)),
  ];
}

async function openDashboard(filter: Filter, extra?: Record<string, string>) {
  const view = renderRoute(urlFor(filter, extra));
  await view.findByRole('heading', { level: 2, name: 'Headline outcomes' }, { timeout: 10_000 });
  return view;
}

async function expectTiles(view: Awaited<ReturnType<typeof openDashboard>>, filter: Filter) {
  const expected = independentSummary(mockDataset, filter);
  const basis = filter.basis ?? 'verified';
  const tiles = view.getByRole('heading', { level: 3, name: 'Jobs' }).closest('ul');
  if (!tiles) throw new Error('Tiles are not a list');
  expect(within(tiles).getAllByRole('listitem')).toHaveLength(4);

  for (const { headline, name } of TILES) {
    const tile = within(tiles).getByRole('heading', { level: 3, name }).closest('li');
    if (!tile) throw new Error(`No tile for ${name}`);
    const figures = expected.headlines[headline];
    const unit = unitOf(headline);
    const pct = pctOf(figures, basis);
    expect(tile).toHaveTextContent(pct === null ? 'Not yet due' : `${formatPct(pct)} of expected delivered (${basis})`);
    expect(tile).toHaveTextContent(ragLabel(ragOf(figures, basis)));
    const values = within(tile).getAllByRole('definition');
    FIGURE_NAMES.forEach((figure, i) => {
      const value = values[i];
      expect(value).toHaveTextContent(formatQuantity(figures[figure], unit));
      // Money is shortened on the tile; the exact figure is its title.
      if (unit === 'GBP' && value?.firstElementChild) {
        expect(value.firstElementChild).toHaveAttribute('title', formatGBP(figures[figure]));
      }
    });
  }

  const socialValue = view.getByRole('heading', { level: 3, name: /social value delivered/i }).parentElement;
  if (!socialValue) throw new Error('No social value panel');
  expect(socialValue).toHaveTextContent(/illustrative/i);
  expect(within(socialValue).getByTitle(formatGBP(expected.socialValue[basis]))).toBeInTheDocument();
  return expected;
}

function expectRagCounts(view: Awaited<ReturnType<typeof openDashboard>>, filter: Filter) {
  const expected = independentSummary(mockDataset, filter);
  for (const rag of ['red', 'amber', 'green', 'not-due'] as const) {
    const count = expected.ragCounts[rag];
    const link = view.getByRole('link', {
      name: `${ragLabel(rag)}: ${formatNumber(count)} ${count === 1 ? 'contract' : 'contracts'}`,
    });
    const url = new URL(link.getAttribute('href') ?? '', 'http://localhost');
    expect(url.pathname).toBe('/contracts');
    expect(url.searchParams.getAll('rag')).toEqual([rag]);
    expect(url.searchParams.getAll('borough')).toEqual(filter.borough ?? []);
    expect(url.searchParams.getAll('theme')).toEqual(filter.theme ?? []);
    expect(url.searchParams.get('period')).toBe(filter.period ?? null);
  }
  expect(
    view.getByRole('link', { name: `All ${formatNumber(expected.contractCount)} contracts in this view` }),
  ).toBeVisible();

  const behind = view.getByRole('table', { name: /furthest behind profile/ });
  const references = within(behind)
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);
  expect(references).toEqual(expected.furthestBehind);
}

function expectBoroughTable(
  view: Awaited<ReturnType<typeof openDashboard>>,
  filter: Filter,
  headline: Headline,
  name: string,
) {
  const expected = independentSummary(mockDataset, filter);
  const basis = filter.basis ?? 'verified';
  const unit = unitOf(headline);
  const table = view.getByRole('table', { name: new RegExp(`^${name} by borough`) });
  const rows = tableRows(table);
  for (const borough of mockDataset.reference.boroughs) {
    const cells = cellsOf(rows, borough.name);
    const inFilter = !filter.borough?.length || filter.borough.includes(borough.code);
    const figures = expected.byArea.get(borough.code)?.[headline] ?? {
      pledged: 0,
      expected: 0,
      claimed: 0,
      verified: 0,
    };
    if (inFilter) expect(cells.slice(0, 6)).toEqual(figureCells(figures, unit, basis));
    else expect(cells[0]).toBe('Not in the borough filter');
    const toggle = within(table).getByRole('button', { name: `Filter by ${borough.name}` });
    expect(toggle).toHaveAttribute('aria-pressed', String(filter.borough?.includes(borough.code) ?? false));
  }
  const region = cellsOf(rows, 'Region-wide Not split between boroughs');
  if (filter.borough?.length) expect(region[0]).toBe('Left out while filtering by borough');
  else
    expect(region.slice(0, 6)).toEqual(
      figureCells(expected.byArea.get('region')?.[headline] ?? expected.headlines[headline], unit, basis),
    );
}

function expectThemeTable(view: Awaited<ReturnType<typeof openDashboard>>, filter: Filter) {
  const expected = independentSummary(mockDataset, filter);
  const basis = filter.basis ?? 'verified';
  const table = view.getByRole('table', { name: /by theme and measure/ });
  const rows = tableRows(table);
  const measures = mockDataset.reference.measures.filter((m) => {
    const f = expected.byMeasure.get(m.code);
    return f && Object.values(f).some((n) => n !== 0);
  });
  expect(
    within(table)
      .getAllByRole('rowheader')
      .filter((h) => h.getAttribute('scope') === 'row'),
  ).toHaveLength(measures.length);
  for (const measure of measures) {
    const figures = expected.byMeasure.get(measure.code);
    if (!figures) continue;
    expect(cellsOf(rows, measure.name)).toEqual(figureCells(figures, measure.unit, basis));
  }
  const themes = new Set(measures.map((m) => m.theme));
  for (const theme of mockDataset.reference.themes) {
    const group = within(table).queryByRole('rowheader', { name: theme.name });
    if (themes.has(theme.id)) expect(group).toBeInTheDocument();
    else expect(group).not.toBeInTheDocument();
  }
}

function expectTrendTable(
  view: Awaited<ReturnType<typeof openDashboard>>,
  filter: Filter,
  headline: Headline,
  name: string,
) {
  const expected = independentSummary(mockDataset, filter);
  const basis = filter.basis ?? 'verified';
  const unit = unitOf(headline);
  const table = view.getByRole('table', { name: new RegExp(`^${name} by quarter`) });
  const rows = tableRows(table);
  const perQuarter = expected.byQuarter[headline];
  const { reportingQuarter, financialYears } = mockDataset.reference;
  const quarterIdByLabel = new Map(financialYears.flatMap((y) => y.quarters.map((q) => [q.label, q.id] as const)));
  const shown = [...rows.keys()].map((label) => {
    const id = quarterIdByLabel.get(label);
    if (!id) throw new Error(`Not a quarter: ${label}`);
    return id;
  });
  // Quarters in order, one after another, covering every quarter with a profile or a return
  // (the trend may start or end with quarters where this outcome has none).
  expect(shown).toEqual([...shown].sort());
  expect(new Set(shown).size).toBe(shown.length);
  for (const quarter of perQuarter.keys()) expect(shown).toContain(quarter);

  let running = { pledged: 0, expected: 0, claimed: 0, verified: 0 };
  for (const quarter of shown) {
    const step = perQuarter.get(quarter) ?? { pledged: 0, expected: 0, claimed: 0, verified: 0 };
    running = {
      pledged: running.pledged + step.pledged,
      expected: running.expected + step.expected,
      claimed: running.claimed + step.claimed,
      verified: running.verified + step.verified,
    };
    const cells = cellsOf(rows, quarterLabel(quarter));
    expect(cells.slice(0, 2)).toEqual([exact(step.pledged, unit), exact(running.pledged, unit)]);
    if (quarter <= reportingQuarter) {
      expect(cells.slice(2)).toEqual([
        exact(running.claimed, unit),
        exact(running.verified, unit),
        formatPct(pctOf(running, basis)),
      ]);
    } else {
      expect(cells[2]).toBe('Not reported yet');
    }
  }
}

// The route is loaded lazily; load it once up front so the first test does not pay for it
// within its own time limit. The limit itself allows for a full page of tables on a busy machine.
beforeAll(async () => {
  await import('@/features/dashboard/routes/dashboard');
}, 60_000);

describe('the dashboard figures match an independent calculation over the demo data', { timeout: 30_000 }, () => {
  it('for all time, on verified delivery', async () => {
    const filter: Filter = {};
    const view = await openDashboard(filter);
    const expected = await expectTiles(view, filter);
    expect(
      view.getByText(`${formatNumber(expected.contractCount)} contracts: Liverpool City Region, All time.`, {
        exact: false,
      }),
    ).toBeInTheDocument();
    expectRagCounts(view, filter);
    expectBoroughTable(view, filter, 'jobs', 'Jobs');
    expectThemeTable(view, filter);
    expectTrendTable(view, filter, 'jobs', 'Jobs');
  });

  it.each<[name: string, filter: Filter, headline: Headline, label: string]>([
    [
      'for one borough, with region-wide pledges left out',
      { borough: ['E08000012'] },
      'apprenticeships',
      'Apprenticeships',
    ],
    [
      'for two boroughs, on claimed delivery',
      { borough: ['E08000011', 'E08000015'], basis: 'claimed' },
      'local-spend',
      'Local spend',
    ],
    ['for one theme', { theme: ['environment'] }, 'carbon', 'Carbon saved'],
  ])('%s', async (_name, filter, headline, label) => {
    const view = await openDashboard(filter, { headline });
    await expectTiles(view, filter);
    expectRagCounts(view, filter);
    expectBoroughTable(view, filter, headline, label);
    expectThemeTable(view, filter);
    expectTrendTable(view, filter, headline, label);
  });

  it('for one quarter, on verified and then claimed delivery', async () => {
    const verified: Filter = { period: '2025-26-Q3' };
    const view = await openDashboard(verified);
    await expectTiles(view, verified);
    expectBoroughTable(view, verified, 'jobs', 'Jobs');
    expectThemeTable(view, verified);
    expectTrendTable(view, verified, 'jobs', 'Jobs');
    expect(within(view.getByRole('table', { name: /^Jobs by quarter/ })).getAllByRole('row')).toHaveLength(2);

    const claimed: Filter = { ...verified, basis: 'claimed' };
    await view.user.click(view.getByRole('radio', { name: /claimed/i }));
    await view.findByText(/Percentages and RAG use claimed delivery/);
    await expectTiles(view, claimed);
    expectRagCounts(view, claimed);
    expectThemeTable(view, claimed);
  });

  it('for a financial year that runs past the reporting quarter, with live contracts only', async () => {
    const filter: Filter = { period: '2026-27', status: ['live'] };
    const view = await openDashboard(filter);
    await expectTiles(view, filter);
    expectRagCounts(view, filter);
    expectTrendTable(view, filter, 'jobs', 'Jobs');
  });
});
