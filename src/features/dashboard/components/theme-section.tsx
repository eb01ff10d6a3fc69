import { useMemo } from 'react';
import { ExportButtons } from '@/components/export';
import { Chart } from '@/components/charts';
import type { DashboardSummary, ReferenceData } from '@/lib/contract';
import { formatPct, periodLabel } from '@/lib/format';
import { Card } from '@/components/card';
import type { ChartView, DashboardPageQuery } from '../dashboard-query';
import { areaText, basisText, sourceText } from '../model/describe-view';
import { measuresFinding } from '../model/findings';
import { themeGroups } from '../model/measure-rows';
import { themeChartHeight, themeChartOption } from './theme-chart-option';
import { dashboardFilterWords, themeExport } from './table-exports';
import { ThemeKey } from './theme-key';
import { ThemeTable } from './theme-table';
import { ViewSwitch } from './view-switch';

interface ThemeSectionProps {
  summary: DashboardSummary;
  reference: ReferenceData;
  query: DashboardPageQuery;
  onViewChange: (view: ChartView) => void;
}

/** Every measure with a pledge in the filter, by theme: chart of % of expected, or the full table. */
export function ThemeSection({ summary, reference, query, onViewChange }: ThemeSectionProps) {
  const { basis, period, borough, themeView } = query;
  const groups = useMemo(() => themeGroups(summary, reference, basis), [summary, reference, basis]);
  const rows = useMemo(() => groups.flatMap((group) => group.rows), [groups]);
  const option = useMemo(() => themeChartOption(rows), [rows]);
  const area = areaText(borough, reference);
  const when = periodLabel(period);

  if (rows.length === 0) {
    return <p>Nothing was pledged in this view.</p>;
  }
  const table = (
    <ThemeTable
      groups={groups}
      caption={`Pledged, expected to date, claimed and verified by theme and measure, ${area}, ${when}`}
    />
  );
  const description = `Bar chart of each measure's delivery (${basisText(basis)}) as a percentage of expected to date, ${area}, ${when}. ${rows
    .map((row) => `${row.measure}: ${formatPct(row.pct)}`)
    .join('. ')}.`;

  return (
    <Card
      title={measuresFinding(rows)}
      subtitle={`Each measure delivered (${basisText(basis)}) as % of expected to date. ${area}, ${when}.`}
      controls={<ViewSwitch subject="By theme" value={themeView} onChange={onViewChange} />}
      source={sourceText(reference)}
    >
      <ExportButtons
        title="Measures by theme"
        fileStem="measures-by-theme"
        filters={dashboardFilterWords(query, reference)}
        source={themeExport(groups)}
      />
      {themeView === 'table' ? (
        table
      ) : (
        <>
          <ThemeKey groups={groups} />
          <Chart option={option} description={description} height={themeChartHeight(rows)} fallback={table} />
        </>
      )}
    </Card>
  );
}
