// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FiguresForPeriod, periodSumRanges, quarterSerial, roundQuantity } from '@/lib/figures';
import { QuarterlyTotals } from '@/lib/figures/summary';

describe('roundQuantity', () => {
  it('makes the same sum taken in different orders the same number', () => {
    const oneByOne = 0.1 + 0.2; // 0.30000000000000004
    expect(oneByOne).not.toBe(0.3);
    expect(roundQuantity(oneByOne)).toBe(roundQuantity(0.3));
    expect(roundQuantity(1e9 + 0.1 + 0.2)).toBe(roundQuantity(1e9 + 0.3));
    expect(roundQuantity(2.3000000000000003)).toBe(2.3);
  });

  it('keeps six decimal places, and twelve significant digits for large quantities', () => {
    expect(roundQuantity(1.23456789)).toBe(1.234568);
    expect(roundQuantity(123_456_789_012.345)).toBe(123_456_789_012);
    expect(roundQuantity(1234.5)).toBe(1234.5);
    expect(roundQuantity(0)).toBe(0);
  });
});

describe('periodSumRanges', () => {
  const reporting = '2026-27-Q2';

  it('sums the profile in the period as pledged, up to the reporting quarter as expected', () => {
    const year = quarterSerial('2026-27-Q1');
    expect(periodSumRanges('2026-27', reporting)).toEqual({
      pledged: [year, year + 3],
      expected: [year, year + 1],
      delivered: [year, year + 3],
    });
  });

  it('expects nothing of a period after the reporting quarter, and everything up to it for all time', () => {
    const [first, last] = periodSumRanges('2027-28', reporting).expected;
    expect(first).toBeGreaterThan(last);
    expect(periodSumRanges('all', reporting).expected).toEqual([-Infinity, quarterSerial(reporting)]);
  });
});

describe('figures are rounded where they are produced', () => {
  it('by FiguresForPeriod and by QuarterlyTotals alike', () => {
    const profile = [
      { quarter: '2026-27-Q1', quantity: 0.1 },
      { quarter: '2026-27-Q1', quantity: 0.2 },
    ];
    const returns = [
      { quarter: '2026-27-Q1', claimed: 0.1, verified: 0.1 },
      { quarter: '2026-27-Q1', claimed: 0.2, verified: 0.2 },
    ];
    expect(new FiguresForPeriod('all', '2026-27-Q2').of({ profile }, returns)).toEqual({
      pledged: 0.3,
      expected: 0.3,
      claimed: 0.3,
      verified: 0.3,
    });
    const totals = new QuarterlyTotals('2026-27-Q2');
    totals.add({ profile }, returns);
    expect(totals.get('2026-27-Q1')).toEqual({ pledged: 0.3, expected: 0.3, claimed: 0.3, verified: 0.3 });
  });
});
