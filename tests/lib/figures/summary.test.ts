import { describe, expect, it } from 'vitest';
import { commitmentFigures, ZERO_FIGURES } from '@/lib/figures';
import { emptyHeadlineFigures, HEADLINES, QuarterlyTotals } from '@/lib/figures/summary';

const profile = [
  { quarter: '2025-26-Q3', quantity: 2 },
  { quarter: '2025-26-Q4', quantity: 3 },
  { quarter: '2026-27-Q1', quantity: 5 },
  { quarter: '2026-27-Q2', quantity: 7 },
  { quarter: '2026-27-Q3', quantity: 11 },
];
const returns = [
  { quarter: '2025-26-Q3', claimed: 2, verified: 1 },
  { quarter: '2026-27-Q1', claimed: 4, verified: 4 },
  { quarter: '2026-27-Q2', claimed: 1.5, verified: 0 },
];
const reportingQuarter = '2026-27-Q2';

describe('QuarterlyTotals', () => {
  it('holds each quarter’s profile, expected only up to the reporting quarter, and its returns', () => {
    const totals = new QuarterlyTotals(reportingQuarter);
    totals.add({ profile }, returns);
    expect(totals.get('2025-26-Q3')).toEqual({ pledged: 2, expected: 2, claimed: 2, verified: 1 });
    expect(totals.get('2025-26-Q4')).toEqual({ pledged: 3, expected: 3, claimed: 0, verified: 0 });
    expect(totals.get('2026-27-Q3')).toEqual({ pledged: 11, expected: 0, claimed: 0, verified: 0 });
    expect(totals.get('2024-25-Q1')).toEqual(ZERO_FIGURES);
    expect(totals.span()).toEqual({ first: '2025-26-Q3', last: '2026-27-Q3' });
  });

  it('sums many commitments, and over a period equals commitmentFigures for it', () => {
    for (const period of ['all', '2026-27', '2025-26-Q4']) {
      const totals = new QuarterlyTotals(reportingQuarter, period);
      totals.add({ profile }, returns);
      totals.add({ profile: profile.slice(0, 2) }, returns.slice(0, 1));
      const quarters = ['2025-26-Q3', '2025-26-Q4', '2026-27-Q1', '2026-27-Q2', '2026-27-Q3'];
      const summed = quarters
        .map((q) => totals.get(q))
        .reduce((a, f) => ({
          pledged: a.pledged + f.pledged,
          expected: a.expected + f.expected,
          claimed: a.claimed + f.claimed,
          verified: a.verified + f.verified,
        }));
      const ctx = { period, reportingQuarter };
      const one = commitmentFigures({ profile }, returns, ctx);
      const two = commitmentFigures({ profile: profile.slice(0, 2) }, returns.slice(0, 1), ctx);
      expect(summed).toEqual({
        pledged: one.pledged + two.pledged,
        expected: one.expected + two.expected,
        claimed: one.claimed + two.claimed,
        verified: one.verified + two.verified,
      });
    }
  });

  it('ignores quarters outside its period and spans nothing when nothing fell in it', () => {
    const totals = new QuarterlyTotals(reportingQuarter, '2024-25');
    totals.add({ profile }, returns);
    expect(totals.span()).toBeNull();
    expect(totals.get('2025-26-Q3')).toEqual(ZERO_FIGURES);
  });
});

describe('headline helpers', () => {
  it('lists the four headlines in reading order, each starting at zero', () => {
    expect(HEADLINES).toEqual(['jobs', 'apprenticeships', 'local-spend', 'carbon']);
    expect(Object.values(emptyHeadlineFigures())).toEqual([ZERO_FIGURES, ZERO_FIGURES, ZERO_FIGURES, ZERO_FIGURES]);
  });
});
