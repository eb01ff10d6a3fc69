import { CHART_GRID_LINE, CHART_MUTED_TEXT, CHART_TEXT, type ChartOption } from '@/components/charts';
import type { LineSeriesOption } from 'echarts/charts';
import type { Unit } from '@/lib/contract';
import { formatCompactGBP, formatNumber, formatQuantity, unitLabel } from '@/lib/format';
import type { TrendRow } from '../model/trend-rows';
import { TREND_SERIES, type TrendSeriesKey } from './trend-series';

/** 'Q2 26/27': quarter labels short enough to sit under a long axis. */
function shortQuarter(label: string): string {
  return label.replace(/(\d{2})(\d{2})\/(\d{2})$/, '$2/$3');
}

function line(key: TrendSeriesKey, data: (number | null)[]): LineSeriesOption {
  const series = TREND_SERIES[key];
  return {
    type: 'line',
    name: series.name,
    data,
    color: series.colour,
    symbol: series.symbol,
    symbolSize: 7,
    lineStyle: { type: series.line, width: key === 'profile' ? 2 : 3 },
    endLabel: { show: true, formatter: series.short, color: CHART_TEXT, fontWeight: 'bold' },
  };
}

/** Cumulative profile against cumulative claimed and verified, quarter by quarter, with the last complete quarter marked. */
export function trendChartOption(rows: readonly TrendRow[], unit: Unit, reportingQuarterLabel: string): ChartOption {
  const reportingIndex = rows.findIndex((row) => row.label === reportingQuarterLabel);
  const profile = line(
    'profile',
    rows.map((row) => row.cumulativeProfile),
  );
  if (reportingIndex >= 0) {
    profile.markLine = {
      silent: true,
      symbol: 'none',
      lineStyle: { type: 'solid', color: CHART_MUTED_TEXT, width: 1 },
      label: { formatter: 'Last complete quarter', position: 'end', color: CHART_MUTED_TEXT },
      data: [{ xAxis: reportingIndex }],
    };
  }
  return {
    grid: { left: 8, right: 88, top: 32, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const row = item ? rows[item.dataIndex] : undefined;
        if (!row) return '';
        const amount = (value: number | null) =>
          value === null ? 'not yet reported' : formatQuantity(value, unit, { exact: true });
        return [
          row.label,
          `Profile: ${amount(row.cumulativeProfile)}`,
          `Claimed: ${amount(row.cumulativeClaimed)}`,
          `Verified: ${amount(row.cumulativeVerified)}`,
        ].join('\n');
      },
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: rows.map((row) => shortQuarter(row.label)),
      axisLabel: { hideOverlap: true, color: CHART_TEXT },
    },
    yAxis: {
      type: 'value',
      name: unit === 'GBP' ? undefined : unitLabel(unit),
      nameTextStyle: { color: CHART_TEXT, align: 'left' },
      axisLabel: {
        color: CHART_TEXT,
        formatter: (value: number) => (unit === 'GBP' ? formatCompactGBP(value) : formatNumber(value)),
      },
      splitLine: { lineStyle: { color: CHART_GRID_LINE } },
    },
    series: [
      profile,
      line(
        'verified',
        rows.map((row) => row.cumulativeVerified),
      ),
      line(
        'claimed',
        rows.map((row) => row.cumulativeClaimed),
      ),
    ],
  };
}
