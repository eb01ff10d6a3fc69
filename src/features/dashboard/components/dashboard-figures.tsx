import { useId } from 'react';
import { ExportButtons } from '@/components/export';
import type { BoroughCode, DashboardSummary, ReferenceData } from '@/lib/contract';
import { formatNumber, periodLabel } from '@/lib/format';
import type { ChartView, DashboardPageQuery } from '../dashboard-query';
import { summaryQueryOf } from '../dashboard-query';
import { areaText, basisText, pledgedDefinition, scopeText } from '../model/describe-view';
import { BoroughSection } from './borough-section';
import { FurthestBehind } from './furthest-behind';
import { HeadlineChoice } from './headline-choice';
import { HeadlineTiles } from './headline-tiles';
import { HowFiguresWork } from './how-figures-work';
import { RagCounts } from './rag-counts';
import { SocialValue } from './social-value';
import { dashboardFilterWords, furthestBehindExport } from './table-exports';
import { ThemeSection } from './theme-section';
import { TrendSection } from './trend-section';
import './dashboard-figures.css';

interface DashboardFiguresProps {
  summary: DashboardSummary;
  reference: ReferenceData;
  /** The filter the summary answers, with the page's own choices (outcome, views). */
  query: DashboardPageQuery;
  /** The boroughs in the filter now, which may be ahead of the figures while they load. */
  selectedBoroughs: readonly BoroughCode[];
  /** Older figures are on screen while those for a new filter load. */
  stale: boolean;
  onChange: (patch: Partial<DashboardPageQuery>) => void;
  onToggleBorough: (borough: BoroughCode) => void;
}

/** Every section of the dashboard for one summary, in the order a director reads them. */
export function DashboardFigures({
  summary,
  reference,
  query,
  selectedBoroughs,
  stale,
  onChange,
  onToggleBorough,
}: DashboardFiguresProps) {
  const ids = { headlines: useId(), rag: useId(), behind: useId(), borough: useId(), theme: useId(), trend: useId() };
  const area = areaText(query.borough, reference);
  const when = periodLabel(query.period);
  const scope = scopeText(query.theme, query.status, reference);
  const inWords = `${area}${scope ? `, ${scope}` : ''}, ${when}`;
  const unit = summary.headlines.find((tile) => tile.headline === query.headline)?.unit;
  const setView = (key: 'themeView' | 'trendView') => (view: ChartView) => onChange({ [key]: view });

  return (
    <div
      className={stale ? 'svm-dashboard__figures svm-dashboard__figures--stale' : 'svm-dashboard__figures'}
      aria-busy={stale}
    >
      <section aria-labelledby={ids.headlines}>
        <h2 id={ids.headlines}>Headline outcomes</h2>
        <p className="svm-dashboard__scope">
          {formatNumber(summary.contractCount)} {summary.contractCount === 1 ? 'contract' : 'contracts'}: {inWords}.
          Percentages and RAG use {basisText(query.basis)} delivery.
        </p>
        <p className="svm-dashboard__definition">{pledgedDefinition(query.period, reference.reportingQuarter)}</p>
        <HeadlineTiles tiles={summary.headlines} basis={query.basis} />
        <SocialValue value={summary.socialValue} basis={query.basis} />
        <HowFiguresWork reportingQuarter={reference.reportingQuarter} />
      </section>

      <div className="svm-dashboard__pair">
        <section aria-labelledby={ids.rag} className="svm-dashboard__rag">
          <h2 id={ids.rag}>Contracts by RAG</h2>
          <RagCounts counts={summary.ragCounts} total={summary.contractCount} query={summaryQueryOf(query)} />
        </section>
        <section aria-labelledby={ids.behind} className="svm-dashboard__behind">
          <h2 id={ids.behind}>Furthest behind</h2>
          <FurthestBehind contracts={summary.furthestBehind} scope={`${inWords} (${basisText(query.basis)})`} />
          {summary.furthestBehind.length > 0 ? (
            <ExportButtons
              title="Contracts furthest behind"
              fileStem="furthest-behind"
              filters={dashboardFilterWords(query, reference)}
              source={furthestBehindExport(summary.furthestBehind)}
            />
          ) : null}
        </section>
      </div>

      <section aria-labelledby={ids.borough}>
        <h2 id={ids.borough}>By borough</h2>
        <HeadlineChoice value={query.headline} onChange={(headline) => onChange({ headline })} />
        {unit ? (
          <BoroughSection
            summary={summary}
            reference={reference}
            query={query}
            unit={unit}
            selected={selectedBoroughs}
            onToggleBorough={onToggleBorough}
          />
        ) : null}
      </section>

      <section aria-labelledby={ids.theme}>
        <h2 id={ids.theme}>By theme</h2>
        <ThemeSection summary={summary} reference={reference} query={query} onViewChange={setView('themeView')} />
      </section>

      <section aria-labelledby={ids.trend}>
        <h2 id={ids.trend}>Trend</h2>
        {unit ? (
          <TrendSection
            summary={summary}
            reference={reference}
            query={query}
            unit={unit}
            onViewChange={setView('trendView')}
          />
        ) : null}
      </section>
    </div>
  );
}
