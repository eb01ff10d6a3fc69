import type { Basis, DashboardSummary, Headline } from '@/lib/contract';
import { cumulative, deliveredOn, percentOfExpected, quarterLabel, quarterSerial } from '@/lib/figures';

/** One quarter of the trend: running totals from the start of the period. Plain values, ready to export. */
export interface TrendRow {
  quarter: string;
  label: string;
  /** The profile falling in this quarter. */
  profile: number;
  /** The profile up to and including this quarter: what should have been delivered by its end. */
  cumulativeProfile: number;
  /** Null for quarters after the reporting quarter: nothing can have been returned for them yet. */
  cumulativeClaimed: number | null;
  cumulativeVerified: number | null;
  /** Delivered on the chosen basis as % of the cumulative profile, for reported quarters. */
  pct: number | null;
}

export function trendRows(
  summary: DashboardSummary,
  headline: Headline,
  basis: Basis,
  reportingQuarter: string,
): TrendRow[] {
  const last = quarterSerial(reportingQuarter);
  const perQuarter = summary.byQuarter.map((q) => ({ quarter: q.quarter, figures: q.headlines[headline] }));
  const running = cumulative(perQuarter);
  return running.map(({ quarter, figures }, index) => {
    const reported = quarterSerial(quarter) <= last;
    return {
      quarter,
      label: quarterLabel(quarter),
      profile: perQuarter[index]?.figures.pledged ?? 0,
      cumulativeProfile: figures.pledged,
      cumulativeClaimed: reported ? figures.claimed : null,
      cumulativeVerified: reported ? figures.verified : null,
      pct: reported ? percentOfExpected(deliveredOn(figures, basis), figures.expected) : null,
    };
  });
}
