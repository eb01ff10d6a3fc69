import { CHART_GRID_LINE, CHART_TEXT, type ChartOption } from '@/components/charts';
import { formatPct, formatQuantity } from '@/lib/format';
import type { MeasureRow } from '../model/measure-rows';
import { THEME_COLOURS } from './theme-colours';

/** Bars stop here so one measure far ahead does not squash the rest; its label still gives the real figure. */
const MAX_AXIS_PCT = 200;

export function themeChartHeight(rows: readonly MeasureRow[]): number {
  return 76 + rows.length * 36;
}

/** Each measure's delivery as % of expected, grouped by theme, against a line at 100% (on profile). */
export function themeChartOption(rows: readonly MeasureRow[]): ChartOption {
  const highest = Math.max(100, ...rows.map((row) => row.pct ?? 0));
  const axisMax = Math.min(MAX_AXIS_PCT, Math.ceil((highest + 10) / 20) * 20);
  return {
    grid: { left: 8, right: 72, top: 28, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const row = item ? rows[item.dataIndex] : undefined;
        if (!row) return '';
        const expected = formatQuantity(row.expected, row.unit, { exact: true });
        return `${row.measure}\n${formatPct(row.pct)} of ${expected} expected`;
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: axisMax,
      interval: axisMax > 120 ? 50 : 20,
      axisLabel: { formatter: '{value}%' },
      splitLine: { lineStyle: { color: CHART_GRID_LINE } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.measure),
      axisTick: { show: false },
      axisLabel: { width: 200, overflow: 'truncate', color: CHART_TEXT },
    },
    // On a phone the measure names would leave no room for the bars: shorter names, smaller text.
    media: [
      {
        query: { maxWidth: 560 },
        option: {
          grid: { right: 40 },
          xAxis: { interval: 50 },
          yAxis: { axisLabel: { width: 96, fontSize: 11 } },
        },
      },
    ],
    series: [
      {
        type: 'bar',
        barCategoryGap: '30%',
        data: rows.map((row) => ({
          value: Math.min(row.pct ?? 0, axisMax),
          itemStyle: { color: THEME_COLOURS[row.theme] },
          label: { show: true, position: 'right', color: CHART_TEXT, formatter: formatPct(row.pct) },
        })),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: CHART_TEXT, width: 1.5 },
          // The category axis runs top to bottom, so the line's start is its top.
          label: { formatter: 'Expected to date', position: 'start', color: CHART_TEXT },
          data: [{ xAxis: 100 }],
        },
      },
    ],
  };
}
