// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Area, Figures, QuarterAmount } from '@/lib/contract';
import {
  addFigures,
  commitmentFigures,
  cumulative,
  FiguresForPeriod,
  groupFigures,
  periodContains,
  periodSerialRange,
  quarterSerial,
  socialValue,
  sumFigures,
  ZERO_FIGURES,
  type Delivery,
  type FigureContext,
} from '@/lib/figures';
import { mockDataset } from '@mocks/node';

/** 10 a quarter from Q3 2025/26 to Q2 2026/27: 60 in all, 20 in 2025/26. */
const profile: QuarterAmount[] = [
  { quarter: '2025-26-Q3', quantity: 10 },
  { quarter: '2025-26-Q4', quantity: 10 },
  { quarter: '2026-27-Q1', quantity: 10 },
  { quarter: '2026-27-Q2', quantity: 10 },
  { quarter: '2026-27-Q3', quantity: 10 },
  { quarter: '2026-27-Q4', quantity: 10 },
];

const asOfQ4 = (period: string) => ({ reportingQuarter: '2025-26-Q4', period });

function figures(pledged: number, expected: number, claimed: number, verified: number): Figures {
  return { pledged, expected, claimed, verified };
}

/** Pledged in a period, which does not depend on the reporting quarter. */
const pledgedIn = (period: string) => commitmentFigures({ profile }, [], asOfQ4(period)).pledged;
const expectedBy = (ctx: FigureContext) => commitmentFigures({ profile }, [], ctx).expected;

describe('pledged in a period', () => {
  it('counts the whole profile for all time, and only the part falling in a year or quarter', () => {
    expect(pledgedIn('all')).toBe(60);
    expect(pledgedIn('2025-26')).toBe(20);
    expect(pledgedIn('2026-27')).toBe(40);
    expect(pledgedIn('2026-27-Q2')).toBe(10);
    expect(pledgedIn('2024-25')).toBe(0);
  });
});

describe('expected to date', () => {
  it('is nothing when the profile starts after the reporting quarter', () => {
    expect(expectedBy({ reportingQuarter: '2025-26-Q2', period: 'all' })).toBe(0);
  });

  it('sums the profile up to and including the reporting quarter', () => {
    expect(expectedBy(asOfQ4('all'))).toBe(20);
    expect(expectedBy({ reportingQuarter: '2026-27-Q2', period: 'all' })).toBe(40);
  });

  it('is the whole total once the reporting quarter is past the profile', () => {
    expect(expectedBy({ reportingQuarter: '2030-31-Q1', period: 'all' })).toBe(60);
  });

  it('is clipped to the period: a past year in full, the current year to date, a future year not at all', () => {
    const asOfQ1 = (period: string) => ({ reportingQuarter: '2026-27-Q1', period });
    expect(expectedBy(asOfQ1('2025-26'))).toBe(20);
    expect(expectedBy(asOfQ1('2026-27'))).toBe(10);
    expect(expectedBy(asOfQ1('2027-28'))).toBe(0);
    expect(expectedBy(asOfQ1('2026-27-Q1'))).toBe(10);
    expect(expectedBy(asOfQ1('2026-27-Q2'))).toBe(0);
  });
});

describe('commitmentFigures', () => {
  const returns = [
    { quarter: '2025-26-Q3', claimed: 12, verified: 10 },
    { quarter: '2025-26-Q4', claimed: 6, verified: 0 },
    { quarter: '2026-27-Q1', claimed: 9, verified: 9 },
  ];

  it('compares pledged and expected with what was claimed and verified', () => {
    expect(commitmentFigures({ profile }, returns, asOfQ4('all'))).toStrictEqual(figures(60, 20, 27, 19));
  });

  it('counts only the returns in the period', () => {
    expect(commitmentFigures({ profile }, returns, asOfQ4('2025-26'))).toStrictEqual(figures(20, 20, 18, 10));
    expect(commitmentFigures({ profile }, returns, asOfQ4('2025-26-Q4'))).toStrictEqual(figures(10, 10, 6, 0));
    expect(commitmentFigures({ profile }, returns, asOfQ4('2026-27'))).toStrictEqual(figures(40, 0, 9, 9));
  });

  it('is all zeros for a commitment with no profile and no returns', () => {
    expect(commitmentFigures({ profile: [] }, [], asOfQ4('all'))).toStrictEqual(ZERO_FIGURES);
  });
});

/** The definition read literally, quarter by quarter: what the one-pass calculator must match. */
function byDefinition(c: { profile: readonly QuarterAmount[] }, returns: readonly Delivery[], ctx: FigureContext) {
  const inPeriod = (quarter: string) => periodContains(ctx.period, quarter);
  const toDate = (quarter: string) => quarterSerial(quarter) <= quarterSerial(ctx.reportingQuarter);
  const sum = <T>(list: readonly T[], keep: (item: T) => boolean, value: (item: T) => number) =>
    list.filter(keep).reduce((total, item) => total + value(item), 0);
  return {
    pledged: sum(
      c.profile,
      (p) => inPeriod(p.quarter),
      (p) => p.quantity,
    ),
    expected: sum(
      c.profile,
      (p) => inPeriod(p.quarter) && toDate(p.quarter),
      (p) => p.quantity,
    ),
    claimed: sum(
      returns,
      (r) => inPeriod(r.quarter),
      (r) => r.claimed,
    ),
    verified: sum(
      returns,
      (r) => inPeriod(r.quarter),
      (r) => r.verified,
    ),
  };
}

describe('FiguresForPeriod', () => {
  const reportingQuarter = '2026-27-Q2';
  const returns = [
    { quarter: '2025-26-Q3', claimed: 2, verified: 1 },
    { quarter: '2026-27-Q1', claimed: 4, verified: 4 },
    { quarter: '2026-27-Q2', claimed: 1.5, verified: 0 },
  ];
  const periods = ['all', '2022-23', '2025-26', '2026-27', '2027-28', '2025-26-Q4', '2026-27-Q2', '2026-27-Q3'];

  it.each(periods)('gives the figures as defined, for %s', (period) => {
    const calculator = new FiguresForPeriod(period, reportingQuarter);
    expect(calculator.of({ profile }, returns)).toEqual(
      byDefinition({ profile }, returns, { period, reportingQuarter }),
    );
  });

  it('gives the figures as defined for every commitment of the demo data', () => {
    const returnsOf = new Map<string, typeof mockDataset.returns>();
    for (const r of mockDataset.returns) returnsOf.set(r.commitmentId, [...(returnsOf.get(r.commitmentId) ?? []), r]);
    const ctx = { reportingQuarter: mockDataset.reference.reportingQuarter };
    for (const period of periods) {
      const calculator = new FiguresForPeriod(period, ctx.reportingQuarter);
      for (const c of mockDataset.commitments) {
        const own = returnsOf.get(c.id) ?? [];
        expect(calculator.of(c, own)).toEqual(byDefinition(c, own, { ...ctx, period }));
      }
    }
  });
});

describe('periodSerialRange', () => {
  it('is unbounded for all time, four quarters for a year, one for a quarter, empty for nonsense', () => {
    expect(periodSerialRange('all')).toEqual([-Infinity, Infinity]);
    expect(periodSerialRange('2025-26')).toEqual([8100, 8103]);
    expect(periodSerialRange('2025-26-Q2')).toEqual([8101, 8101]);
    const [first, last] = periodSerialRange('2025-27');
    expect(first).toBeGreaterThan(last);
  });
});

describe('adding figures', () => {
  it('adds each of the four figures', () => {
    expect(addFigures(figures(1, 2, 3, 4), figures(10, 20, 30, 40))).toStrictEqual(figures(11, 22, 33, 44));
    expect(sumFigures([figures(1, 1, 1, 1), figures(2, 2, 2, 2), figures(3, 0, 0, 0)])).toStrictEqual(
      figures(6, 3, 3, 3),
    );
  });

  it('sums nothing to zero, without letting anyone change the shared zero', () => {
    expect(sumFigures([])).toStrictEqual(figures(0, 0, 0, 0));
    expect(Object.isFrozen(ZERO_FIGURES)).toBe(true);
  });
});

describe('groupFigures', () => {
  const rows: { area: Area; measure: string; figures: Figures }[] = [
    { area: 'E08000012', measure: 'jobs', figures: figures(10, 5, 4, 3) },
    { area: 'region', measure: 'spend', figures: figures(100, 50, 40, 30) },
    { area: 'E08000012', measure: 'spend', figures: figures(20, 10, 8, 6) },
    { area: 'E08000015', measure: 'jobs', figures: figures(1, 1, 1, 1) },
  ];

  it('sums by key in the order keys are first seen', () => {
    const byMeasure = groupFigures(
      rows,
      (r) => r.measure,
      (r) => r.figures,
    );
    expect([...byMeasure]).toStrictEqual([
      ['jobs', figures(11, 6, 5, 4)],
      ['spend', figures(120, 60, 48, 36)],
    ]);
  });

  it('keeps region-wide outcomes apart from the boroughs, never shared out between them', () => {
    const byArea = groupFigures(
      rows,
      (r) => r.area,
      (r) => r.figures,
    );
    expect(byArea.get('region')).toStrictEqual(figures(100, 50, 40, 30));
    expect(byArea.get('E08000012')).toStrictEqual(figures(30, 15, 12, 9));
    expect(byArea.get('E08000015')).toStrictEqual(figures(1, 1, 1, 1));
    expect(sumFigures(byArea.values())).toStrictEqual(sumFigures(rows.map((r) => r.figures)));
  });

  it('gives an empty map for no items', () => {
    expect(
      groupFigures(
        [],
        () => 'x',
        () => ZERO_FIGURES,
      ).size,
    ).toBe(0);
  });
});

describe('cumulative', () => {
  it('turns a per-quarter series into running totals, keeping each point’s other fields', () => {
    const series = [
      { quarter: '2025-26-Q3', figures: figures(10, 10, 8, 5) },
      { quarter: '2025-26-Q4', figures: figures(10, 10, 12, 10) },
      { quarter: '2026-27-Q1', figures: figures(10, 0, 0, 0) },
    ];
    expect(cumulative(series)).toStrictEqual([
      { quarter: '2025-26-Q3', figures: figures(10, 10, 8, 5) },
      { quarter: '2025-26-Q4', figures: figures(20, 20, 20, 15) },
      { quarter: '2026-27-Q1', figures: figures(30, 20, 20, 15) },
    ]);
    expect(series[1]?.figures).toStrictEqual(figures(10, 10, 12, 10));
    expect(cumulative([])).toStrictEqual([]);
  });
});

describe('socialValue', () => {
  it('multiplies each quantity by its proxy value and adds them up', () => {
    const value = socialValue([
      { quantity: 2, proxyValue: 28_000 },
      { quantity: 10.5, proxyValue: 252 },
      { quantity: 1_000, proxyValue: 0.2 },
    ]);
    expect(value).toBeCloseTo(56_000 + 2_646 + 200, 6);
    expect(socialValue([])).toBe(0);
  });
});
