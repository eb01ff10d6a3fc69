import { describe, expect, it } from 'vitest';
import { trendRows } from '@/features/dashboard/model/trend-rows';
import type { DashboardSummary, Figures } from '@/lib/contract';

const zero: Figures = { pledged: 0, expected: 0, claimed: 0, verified: 0 };

function quarter(id: string, jobs: Figures): DashboardSummary['byQuarter'][number] {
  return { quarter: id, headlines: { jobs, apprenticeships: zero, 'local-spend': zero, carbon: zero } };
}

const summary = {
  byQuarter: [
    quarter('2026-27-Q1', { pledged: 10, expected: 10, claimed: 8, verified: 6 }),
    quarter('2026-27-Q2', { pledged: 10, expected: 10, claimed: 9, verified: 9 }),
    quarter('2026-27-Q3', { pledged: 20, expected: 0, claimed: 0, verified: 0 }),
  ],
} as Pick<DashboardSummary, 'byQuarter'> as DashboardSummary;

describe('trendRows', () => {
  it('runs the profile, claims and verified totals on quarter by quarter, up to the reporting quarter', () => {
    expect(trendRows(summary, 'jobs', 'verified', '2026-27-Q2')).toEqual([
      {
        quarter: '2026-27-Q1',
        label: 'Q1 2026/27',
        profile: 10,
        cumulativeProfile: 10,
        cumulativeClaimed: 8,
        cumulativeVerified: 6,
        pct: 60,
      },
      {
        quarter: '2026-27-Q2',
        label: 'Q2 2026/27',
        profile: 10,
        cumulativeProfile: 20,
        cumulativeClaimed: 17,
        cumulativeVerified: 15,
        pct: 75,
      },
      // After the reporting quarter the profile goes on; nothing can have been returned.
      {
        quarter: '2026-27-Q3',
        label: 'Q3 2026/27',
        profile: 20,
        cumulativeProfile: 40,
        cumulativeClaimed: null,
        cumulativeVerified: null,
        pct: null,
      },
    ]);
  });

  it('works percentages out on the chosen basis', () => {
    const rows = trendRows(summary, 'jobs', 'claimed', '2026-27-Q2');
    expect(rows.map((row) => row.pct)).toEqual([80, 85, null]);
  });

  it('has no rows for an outcome with no quarters', () => {
    expect(trendRows({ ...summary, byQuarter: [] }, 'carbon', 'verified', '2026-27-Q2')).toEqual([]);
  });
});
