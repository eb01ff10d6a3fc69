import { describe, expect, it } from 'vitest';
import { spreadEvenly } from '@/lib/figures';

describe('spreadEvenly', () => {
  it('gives each quarter its share of the days', () => {
    // 1 April to 30 September 2026: 91 days in Q1, 92 in Q2, 183 in all.
    const profile = spreadEvenly(183, '2026-04-01', '2026-09-30');
    expect(profile).toEqual([
      { quarter: '2026-27-Q1', quantity: 91 },
      { quarter: '2026-27-Q2', quantity: 92 },
    ]);
  });

  it('counts part quarters at either end pro rata', () => {
    // 16 June to 15 July: 15 days in Q1 and 15 in Q2.
    expect(spreadEvenly(10, '2026-06-16', '2026-07-15')).toEqual([
      { quarter: '2026-27-Q1', quantity: 5 },
      { quarter: '2026-27-Q2', quantity: 5 },
    ]);
  });

  it('always adds up to the total exactly', () => {
    const profile = spreadEvenly(100, '2025-05-03', '2029-11-17');
    expect(profile.reduce((s, p) => s + p.quantity, 0)).toBe(100);
    expect(profile[0]?.quarter).toBe('2025-26-Q1');
    expect(profile.at(-1)?.quarter).toBe('2029-30-Q3');
  });

  it('puts a single day in its quarter', () => {
    expect(spreadEvenly(7, '2027-01-31', '2027-01-31')).toEqual([{ quarter: '2026-27-Q4', quantity: 7 }]);
  });

  it('refuses a span that ends before it starts', () => {
    expect(() => spreadEvenly(1, '2027-01-02', '2027-01-01')).toThrow(RangeError);
  });
});
