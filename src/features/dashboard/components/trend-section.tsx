import { useMemo } from 'react';
import { ExportButtons } from '@/components/export';
import { Chart } from '@/components/charts';
import type { DashboardSummary, ReferenceData, Unit } from '@/lib/contract';
import { periodLabel, quarterLabel } from '@/lib/format';
import { Card } from '@/components/card';
import type { ChartView, DashboardPageQuery } from '../dashboard-query';
import { areaText, basisText, sourceText } from '../model/describe-view';
import { headlineFinding } from '../model/findings';
import { HEADLINE_INFO } from '@/lib/domain/headlines';
import { trendRows } from '../model/trend-rows';
import { trendChartOption } from './trend-chart-option';
import { dashboardFilterWords, trendExport } from './table-exports';
import { TrendKey } from './trend-key';
import { TrendTable } from './trend-table';
import { ViewSwitch } from './view-switch';

interface TrendSectionProps {
  summary: DashboardSummary;
  reference: ReferenceData;
  query: DashboardPageQuery;
  unit: Unit;
  onViewChange: (view: ChartView) => void;
}

/** The chosen headline outcome over time: cumulative profile against cumulative claimed and verified. */
export function TrendSection({ summary, reference, query, unit, onViewChange }: TrendSectionProps) {
  const { headline, basis, period, borough, trendView } = query;
  const info = HEADLINE_INFO[headline];
  const rows = useMemo(
    () => trendRows(summary, headline, basis, reference.reportingQuarter),
    [summary, headline, basis, reference.reportingQuarter],
  );
  const reportingLabel = quarterLabel(reference.reportingQuarter);
  const option = useMemo(() => trendChartOption(rows, unit, reportingLabel), [rows, unit, reportingLabel]);
  const area = areaText(borough, reference);
  const when = periodLabel(period);

  if (rows.length === 0) {
    return <p>Nothing was pledged for {info.name.toLowerCase()} in this view.</p>;
  }
  const latest = rows.findLast((row) => row.cumulativeVerified !== null);
  const table = (
    <TrendTable
      rows={rows}
      unit={unit}
      caption={`${info.name} by quarter: profile, claimed and verified to date, ${area}, ${when}`}
    />
  );
  const description = `Line chart of ${info.name.toLowerCase()} by quarter, ${area}, ${when}: the profile to date against claimed and verified to date.${
    latest ? ` At the end of ${latest.label}, ${headlineFinding(info, latest.pct).toLowerCase()}.` : ''
  }`;

  return (
    <Card
      title={headlineFinding(info, latest?.pct ?? null)}
      subtitle={`${info.measure}, cumulative by quarter, % on ${basisText(basis)} delivery. ${area}, ${when}.`}
      controls={<ViewSwitch subject="Trend" value={trendView} onChange={onViewChange} />}
      source={sourceText(reference)}
    >
      <ExportButtons
        title={`${info.name} by quarter`}
        fileStem={`${headline}-by-quarter`}
        filters={dashboardFilterWords(query, reference)}
        source={trendExport(rows, unit)}
      />
      {trendView === 'table' ? (
        table
      ) : (
        <>
          <TrendKey />
          <Chart option={option} description={description} height={360} fallback={table} />
        </>
      )}
    </Card>
  );
}
