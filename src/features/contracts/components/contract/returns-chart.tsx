import { useMemo } from 'react';
import { Chart, type ChartOption } from '@/components/charts';
import type { Basis, Unit } from '@/lib/contract';
import { formatNumber, formatPct, formatQuantity, quarterLabel } from '@/lib/format';
import { percentOfExpected } from '@/lib/figures';
import type { ReturnRow } from './return-rows';

interface Props {
  label: string;
  unit: Unit;
  basis: Basis;
  rows: readonly ReturnRow[];
}

/** "Verified delivery is 18% behind profile": the finding, from all submitted quarters so far. */
export function returnsFinding(rows: readonly ReturnRow[], basis: Basis): string {
  let profiled = 0;
  let delivered = 0;
  for (const { ret, profiled: p } of rows) {
    if (ret.status === 'due') continue;
    profiled += p;
    delivered += basis === 'verified' ? ret.verified : ret.claimed;
  }
  const pct = percentOfExpected(delivered, profiled);
  const subject = basis === 'verified' ? 'Verified delivery' : 'Claimed delivery';
  if (pct === null) return 'Nothing was profiled for the quarters returned so far';
  const gap = Math.round(pct - 100);
  if (gap === 0) return `${subject} is on profile`;
  return gap < 0
    ? `${subject} is ${formatPct(-gap)} behind profile`
    : `${subject} is ${formatPct(gap)} ahead of profile`;
}

/** Claimed and verified bars against the profile line, quarter by quarter; the table below holds the same figures. */
export function ReturnsChart({ label, unit, basis, rows }: Props) {
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: unknown) => formatQuantity(Number(value), unit, { exact: true }),
      },
      xAxis: { type: 'category', data: rows.map(({ ret }) => quarterLabel(ret.quarter)) },
      yAxis: { type: 'value', name: unit, axisLabel: { formatter: (value: number) => formatNumber(value) } },
      series: [
        { name: 'Claimed', type: 'bar', data: rows.map(({ ret }) => ret.claimed) },
        { name: 'Verified', type: 'bar', data: rows.map(({ ret }) => ret.verified) },
        { name: 'Profiled', type: 'line', data: rows.map(({ profiled }) => profiled) },
      ],
    }),
    [rows, unit],
  );
  const finding = returnsFinding(rows, basis);
  return (
    <figure className="svm-chart-figure">
      <figcaption>
        <span className="svm-chart-figure__title">{finding}</span>
        <span className="svm-chart-figure__subtitle">
          {label}: claimed and verified against the profile, by quarter ({unit})
        </span>
      </figcaption>
      <Chart
        option={option}
        height={280}
        decals
        description={`Bar chart of ${label} by quarter: claimed and verified bars with the profile as a line. ${finding}.`}
        fallback={<p>The chart cannot be shown here; the table below has the same figures.</p>}
      />
    </figure>
  );
}
