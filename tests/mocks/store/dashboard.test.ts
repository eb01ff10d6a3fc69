import { describe, expect, it } from 'vitest';
import { dashboardQuerySchema, type Commitment, type Figures, type Headline } from '@/lib/contract';
import { mockDataset, mockStore } from '@mocks/node';
import { plainFigures, plainRag, plainWorst, returnsByCommitment, serial } from '../independent';

const returns = returnsByCommitment(mockDataset);
const measures = new Map(mockDataset.reference.measures.map((m) => [m.code, m]));
const contractOf = new Map(mockDataset.contracts.map((c) => [c.id, c]));
const HEADLINES: Headline[] = ['jobs', 'apprenticeships', 'local-spend', 'carbon'];

function summary(query: Record<string, unknown>) {
  return mockStore.dashboard(dashboardQuerySchema.parse(query));
}

function sum(list: Figures[]): Figures {
  return list.reduce(
    (a, f) => ({
      pledged: a.pledged + f.pledged,
      expected: a.expected + f.expected,
      claimed: a.claimed + f.claimed,
      verified: a.verified + f.verified,
    }),
    { pledged: 0, expected: 0, claimed: 0, verified: 0 },
  );
}

function expectFigures(actual: Figures | undefined, expected: Figures) {
  expect(actual?.pledged).toBeCloseTo(expected.pledged, 6);
  expect(actual?.expected).toBeCloseTo(expected.expected, 6);
  expect(actual?.claimed).toBeCloseTo(expected.claimed, 6);
  expect(actual?.verified).toBeCloseTo(expected.verified, 6);
}

/** The commitments a filter selects, read straight from the data set. */
function selected(filter: { borough?: string[]; theme?: string[]; status?: string[] }): Commitment[] {
  return mockDataset.commitments.filter((c) => {
    const measure = measures.get(c.measureCode);
    const contract = contractOf.get(c.contractId);
    if (!measure || !contract) return false;
    if (filter.status?.length && !filter.status.includes(contract.status)) return false;
    if (filter.theme?.length && !filter.theme.includes(measure.theme)) return false;
    return !filter.borough?.length || filter.borough.includes(c.area);
  });
}

function headlineTotals(commitments: Commitment[], period: string, headline: Headline): Figures {
  return sum(
    commitments
      .filter((c) => measures.get(c.measureCode)?.headline === headline)
      .map((c) => plainFigures(mockDataset, returns, c, period)),
  );
}

describe('the dashboard, against sums worked out from the data set', () => {
  it.each([
    ['all time, everywhere', {}],
    ['one borough, all time', { borough: ['E08000012'] }],
    [
      'two boroughs, one year, live contracts',
      { borough: ['E08000011', 'E08000015'], period: '2025-26', status: ['live'] },
    ],
    ['one quarter, one theme', { period: '2025-26-Q3', theme: ['jobs'] }],
  ])(
    'headline figures: %s',
    (_label, filter: { borough?: string[]; theme?: string[]; status?: string[]; period?: string }) => {
      const period = filter.period ?? 'all';
      const result = summary(filter);
      const commitments = selected(filter);
      for (const headline of HEADLINES) {
        const tile = result.headlines.find((h) => h.headline === headline);
        const expected = headlineTotals(commitments, period, headline);
        expectFigures(tile?.figures, expected);
        expect(tile?.rag).toBe(plainRag(expected.verified, expected.expected));
        expect(tile?.pct ?? null).toBe(expected.expected > 0 ? (expected.verified / expected.expected) * 100 : null);
      }
      expect(result.contractCount).toBe(new Set(commitments.map((c) => c.contractId)).size);
    },
  );

  it('uses claimed figures for RAG and % when asked', () => {
    const result = summary({ basis: 'claimed', borough: ['E08000014'] });
    for (const tile of result.headlines) {
      const { claimed, expected } = tile.figures;
      expect(tile.rag).toBe(plainRag(claimed, expected));
      if (expected > 0) expect(tile.pct).toBeCloseTo((claimed / expected) * 100, 9);
    }
  });

  it('always shows the four headlines; a theme filter leaves the others at zero', () => {
    const result = summary({ theme: ['environment'] });
    expect(result.headlines.map((h) => h.headline)).toEqual(HEADLINES);
    for (const h of result.headlines.filter((x) => x.headline !== 'carbon')) {
      expect(h.figures).toEqual({ pledged: 0, expected: 0, claimed: 0, verified: 0 });
      expect(h).toMatchObject({ pct: null, rag: 'not-due' });
    }
  });

  it('splits by area into six boroughs and region-wide, never apportioned, adding up to the headlines', () => {
    const result = summary({});
    expect(result.byArea.map((a) => a.area)).toEqual([...mockDataset.reference.boroughs.map((b) => b.code), 'region']);
    for (const headline of HEADLINES) {
      expectFigures(
        sum(result.byArea.map((a) => a.headlines[headline])),
        result.headlines.find((h) => h.headline === headline)?.figures ?? sum([]),
      );
    }
    const region = result.byArea.find((a) => a.area === 'region');
    const regionWide = mockDataset.commitments.filter((c) => c.area === 'region');
    expect(regionWide.length).toBeGreaterThan(0);
    expectFigures(region?.headlines['local-spend'], headlineTotals(regionWide, 'all', 'local-spend'));
  });

  it('leaves region-wide commitments out under a borough filter', () => {
    const result = summary({ borough: ['E08000012'] });
    for (const row of result.byArea.filter((a) => a.area !== 'E08000012')) {
      for (const headline of HEADLINES)
        expect(row.headlines[headline]).toEqual({ pledged: 0, expected: 0, claimed: 0, verified: 0 });
    }
  });

  it('trends quarter by quarter from the first profiled quarter past the reporting quarter, adding up to the headlines', () => {
    const result = summary({});
    const quarters = result.byQuarter.map((q) => q.quarter);
    const profiled = mockDataset.commitments.flatMap((c) => c.profile.map((p) => serial(p.quarter)));
    expect(serial(quarters[0] ?? '')).toBe(Math.min(...profiled));
    expect(serial(quarters.at(-1) ?? '')).toBe(Math.max(...profiled, serial(mockDataset.reference.reportingQuarter)));
    expect(quarters.map(serial)).toEqual(quarters.map((_, i) => serial(quarters[0] ?? '') + i));
    for (const headline of HEADLINES) {
      expectFigures(
        sum(result.byQuarter.map((q) => q.headlines[headline])),
        result.headlines.find((h) => h.headline === headline)?.figures ?? sum([]),
      );
    }
    const future = result.byQuarter.filter((q) => serial(q.quarter) > serial(mockDataset.reference.reportingQuarter));
    expect(future.some((q) => q.headlines.jobs.pledged > 0)).toBe(true);
    expect(future.every((q) => q.headlines.jobs.expected === 0 && q.headlines.jobs.claimed === 0)).toBe(true);
  });

  it('counts contracts by their RAG over the filtered commitments', () => {
    const filter = { borough: ['E08000013'] };
    const byContract = new Map<string, Commitment[]>();
    for (const c of selected(filter)) byContract.set(c.contractId, [...(byContract.get(c.contractId) ?? []), c]);
    const counts = { red: 0, amber: 0, green: 0, 'not-due': 0 };
    for (const list of byContract.values()) {
      const rags = list
        .filter((c) => measures.get(c.measureCode)?.headline)
        .map((c) => {
          const f = plainFigures(mockDataset, returns, c);
          return plainRag(f.verified, f.expected);
        });
      counts[plainWorst(rags)] += 1;
    }
    expect(summary(filter).ragCounts).toEqual(counts);
  });

  it('values social value at the illustrative proxies', () => {
    const commitments = selected({ theme: ['communities'] });
    const expected = commitments.reduce((total, c) => {
      const f = plainFigures(mockDataset, returns, c);
      return total + f.verified * (measures.get(c.measureCode)?.proxyValue ?? 0);
    }, 0);
    expect(summary({ theme: ['communities'] }).socialValue.verified).toBeCloseTo(expected, 4);
  });

  it('lists up to ten contracts furthest behind, worst RAG first', () => {
    const behind = summary({}).furthestBehind;
    expect(behind).toHaveLength(10);
    const severity = { red: 3, amber: 2, green: 1, 'not-due': 0 };
    const ranks = behind.map((c) => severity[c.rag]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(behind[0]?.rag).toBe('red');
  });

  it('lists measures with anything to show, in reference order', () => {
    const result = summary({ theme: ['economy'] });
    const codes = result.byMeasure.map((m) => m.measureCode);
    expect(codes.length).toBeGreaterThan(0);
    expect(result.byMeasure.every((m) => m.theme === 'economy')).toBe(true);
    const order = mockDataset.reference.measures.map((m) => m.code);
    expect(codes).toEqual([...codes].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });
});
