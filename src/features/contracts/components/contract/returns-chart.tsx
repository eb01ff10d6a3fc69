import { useMemo } from 'react';
import { CHART_CATEGORICAL, CHART_TEXT, Chart, type ChartOption } from '@/components/charts';
import type { Basis, Unit } from '@/lib/contract';
import { formatCompactGBP, formatNumber, formatPct, formatQuantity, quarterLabel, unitLabel } from '@/lib/format';
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

/** "Q3 2025/26" -> "Q3 25/26": axis labels short enough for a phone; the table has the full names. */
function shortQuarter(quarter: string): string {
  return quarterLabel(quarter).replace(/ 20(\d\d)\//, ' $1/');
}

const FRACTIONAL_UNITS = new Set<Unit>(['FTE', 'tCO2e']);

const [CLAIMED, VERIFIED, PROFILED] = CHART_CATEGORICAL;
const SERIES = [
  { name: 'Claimed', colour: CLAIMED, key: 'bar' },
  { name: 'Verified', colour: VERIFIED, key: 'bar' },
  { name: 'Profiled', colour: PROFILED, key: 'line' },
] as const;

/** Claimed and verified bars against the profile line, quarter by quarter; the table below holds the same figures. */
export function ReturnsChart({ label, unit, basis, rows }: Props) {
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: unknown) => formatQuantity(Number(value), unit, { exact: true }),
      },
      xAxis: {
        type: 'category',
        data: rows.map(({ ret }) => shortQuarter(ret.quarter)),
        axisLabel: { hideOverlap: true, color: CHART_TEXT },
      },
      yAxis: {
        type: 'value',
        // Pounds go in the axis labels, other units in the axis title (GUIDE).
        name: unit === 'GBP' ? undefined : unitLabel(unit),
        nameTextStyle: { color: CHART_TEXT, align: 'left' },
        // FTE and tonnes come in tenths; people, weeks, hours and miles only whole.
        minInterval: FRACTIONAL_UNITS.has(unit) ? undefined : 1,
        axisLabel: {
          color: CHART_TEXT,
          formatter: (value: number) => (unit === 'GBP' ? formatCompactGBP(value) : formatNumber(value, 1)),
        },
      },
      series: [
        { name: 'Claimed', type: 'bar', color: CLAIMED, data: rows.map(({ ret }) => ret.claimed) },
        { name: 'Verified', type: 'bar', color: VERIFIED, data: rows.map(({ ret }) => ret.verified) },
        { name: 'Profiled', type: 'line', color: PROFILED, data: rows.map(({ profiled }) => profiled) },
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
          {label}: claimed and verified against the profile, by quarter ({unitLabel(unit)})
        </span>
      </figcaption>
      {/* The legend is HTML so it reads and zooms as text; the canvas has no keyboard or text of its own. */}
      <ul className="svm-chart-legend">
        {SERIES.map((series) => (
          <li key={series.name}>
            <span
              className={`svm-chart-legend__key svm-chart-legend__key--${series.key}`}
              style={{ backgroundColor: series.colour }}
              aria-hidden="true"
            />
            {series.name}
          </li>
        ))}
      </ul>
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
