import type { BarSeriesOption, LineSeriesOption, MapSeriesOption } from 'echarts/charts';
import { describe, expect, it } from 'vitest';
import { boroughMapOption, LCR_BOROUGHS_MAP } from '@/features/dashboard/components/borough-map-option';
import { themeChartOption } from '@/features/dashboard/components/theme-chart-option';
import { trendChartOption } from '@/features/dashboard/components/trend-chart-option';
import type { AreaRow } from '@/features/dashboard/model/area-rows';
import type { MeasureRow } from '@/features/dashboard/model/measure-rows';
import type { TrendRow } from '@/features/dashboard/model/trend-rows';
import type { BoroughCode } from '@/lib/contract';

function borough(name: string, area: BoroughCode, patch: Partial<AreaRow<BoroughCode>> = {}): AreaRow<BoroughCode> {
  return {
    area,
    name,
    inFilter: true,
    pledged: 10,
    expected: 8,
    claimed: 7,
    verified: 6,
    pct: 75,
    rag: 'amber',
    ...patch,
  };
}

function onlySeries<T>(series: unknown): T {
  if (!Array.isArray(series) || series.length === 0) throw new Error('No series');
  return series[0] as T;
}

describe('the borough map option', () => {
  const rows = [
    borough('Halton', 'E06000006', { pct: 97, rag: 'green' }),
    borough('Knowsley', 'E08000011', { pct: 60, rag: 'red' }),
    borough('Wirral', 'E08000015', { inFilter: false, pct: null, rag: 'not-due' }),
    borough('Sefton', 'E08000014', { pct: null, rag: 'not-due', expected: 0 }),
  ];

  it('shades each borough by its band, labels it in words, and outlines those in the filter', () => {
    const series = onlySeries<MapSeriesOption>(boroughMapOption(rows, 'FTE', true).series);
    expect(series.map).toBe(LCR_BOROUGHS_MAP.name);
    const data = series.data as { name: string; itemStyle: object; label: { formatter: string } }[];
    expect(data.map((d) => d.name)).toEqual(['Halton', 'Knowsley', 'Wirral', 'Sefton']);
    expect(data.map((d) => d.label.formatter)).toEqual([
      'Halton\n97%',
      'Knowsley\n60%',
      'Wirral',
      'Sefton\nNot yet due',
    ]);
    expect(data[0]?.itemStyle).toMatchObject({ areaColor: '#12436D', borderWidth: 3 });
    expect(data[1]?.itemStyle).toMatchObject({ areaColor: '#6BACE6', borderWidth: 3 });
    expect(data[2]?.itemStyle).toMatchObject({ areaColor: '#FFFFFF', borderWidth: 1 });
    expect(data[3]?.itemStyle).toMatchObject({ areaColor: '#DDDDDD' });
  });

  it('outlines no borough when there is no borough filter', () => {
    const series = onlySeries<MapSeriesOption>(boroughMapOption(rows.slice(0, 2), 'FTE', false).series);
    const data = series.data as { itemStyle: { borderWidth: number } }[];
    expect(data.map((d) => d.itemStyle.borderWidth)).toEqual([1, 1]);
  });
});

describe('the theme chart option', () => {
  const measure = (name: string, pct: number | null, theme: MeasureRow['theme']): MeasureRow => ({
    theme,
    themeName: theme,
    measureCode: name,
    measure: name,
    unit: 'people',
    pledged: 10,
    expected: 5,
    claimed: 4,
    verified: 3,
    pct,
    rag: pct === null ? 'not-due' : 'red',
  });

  it('draws each measure against a line at 100%, caps very high bars and labels every bar with its real figure', () => {
    const option = themeChartOption([
      measure('A', 60, 'jobs'),
      measure('B', 450, 'economy'),
      measure('C', null, 'communities'),
    ]);
    const series = onlySeries<BarSeriesOption>(option.series);
    const data = series.data as { value: number; itemStyle: { color: string }; label: { formatter: string } }[];
    expect(data.map((d) => d.value)).toEqual([60, 200, 0]);
    expect(data.map((d) => d.label.formatter)).toEqual(['60%', '450%', 'Not yet due']);
    expect(data.map((d) => d.itemStyle.color)).toEqual(['#12436D', '#28A197', '#F46A25']);
    expect(series.markLine?.data).toEqual([{ xAxis: 100 }]);
  });
});

describe('the trend chart option', () => {
  const row = (quarter: string, label: string, reported: boolean): TrendRow => ({
    quarter,
    label,
    profile: 5,
    cumulativeProfile: 10,
    cumulativeClaimed: reported ? 8 : null,
    cumulativeVerified: reported ? 6 : null,
    pct: reported ? 60 : null,
  });

  it('draws the profile over every quarter, claims only up to the last complete quarter, and marks that quarter', () => {
    const rows = [
      row('2026-27-Q1', 'Q1 2026/27', true),
      row('2026-27-Q2', 'Q2 2026/27', true),
      row('2026-27-Q3', 'Q3 2026/27', false),
    ];
    const option = trendChartOption(rows, 'FTE', 'Q2 2026/27');
    const [profile, verified, claimed] = option.series as LineSeriesOption[];
    expect(profile?.name).toBe('Profile (expected)');
    expect(profile?.data).toEqual([10, 10, 10]);
    expect(profile?.lineStyle?.type).toBe('dashed');
    expect(profile?.markLine?.data).toEqual([{ xAxis: 1 }]);
    expect(verified?.data).toEqual([6, 6, null]);
    expect(claimed?.data).toEqual([8, 8, null]);
    expect(claimed?.lineStyle?.type).toBe('dotted');
  });
});
