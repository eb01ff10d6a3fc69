import { Link } from 'react-router';
import { CheckboxFilter, FilterBar, FilterTags } from '@/components/filters';
import { Page } from '@/components/layout/page';
import { EmptyState, ErrorState, LastUpdated, LoadingState, QueryIssues, UpdatingIndicator } from '@/components/states';
import { BOROUGHS, contractStatusSchema, type BoroughCode, type ReferenceData } from '@/lib/contract';
import { useReference } from '@/lib/api/reference';
import { contractStatusLabel, formatDate, quarterLabel } from '@/lib/format';
import { useSearchQuery } from '@/lib/url/use-search-query';
import { useDashboardSummary } from '../api/dashboard-summary';
import { BasisChoice } from '@/components/choice-group';
import { DashboardFigures } from '../components/dashboard-figures';
import { dashboardPageSchema, summaryQueryOf } from '../dashboard-query';
import './dashboard.css';

const STATUS_OPTIONS = contractStatusSchema.options.map((status) => ({
  value: status,
  label: contractStatusLabel(status),
}));
const BOROUGH_ORDER = new Map<string, number>(BOROUGHS.map((b, index) => [b.code, index]));

/** The director dashboard at `/`: headline outcomes pledged against delivered, by borough, theme and quarter. */
export function Component() {
  const reference = useReference();
  return (
    <Page
      title="Dashboard"
      heading="Social value dashboard"
      description={
        <p>
          What suppliers pledged when they won Liverpool City Region Combined Authority contracts, and what they have
          delivered.
          {reference.data ? <AsOf reference={reference.data} /> : null}
        </p>
      }
    >
      {reference.data ? (
        <Dashboard reference={reference.data} />
      ) : reference.isError ? (
        <ErrorState error={reference.error} onRetry={() => void reference.refetch()} what="the reference data" />
      ) : (
        <LoadingState what="the dashboard" />
      )}
    </Page>
  );
}

function AsOf({ reference }: { reference: ReferenceData }) {
  return (
    <>
      {' '}
      Data as of {formatDate(reference.asOf)}; the last complete quarter is {quarterLabel(reference.reportingQuarter)}.
    </>
  );
}

function Dashboard({ reference }: { reference: ReferenceData }) {
  const { query, setQuery, hrefFor, issues } = useSearchQuery(dashboardPageSchema);
  const summary = useDashboardSummary(summaryQueryOf(query));

  const toggleBorough = (code: BoroughCode) => {
    const next = query.borough.includes(code) ? query.borough.filter((b) => b !== code) : [...query.borough, code];
    // One selection, one URL: boroughs are kept in reference order whichever was picked first.
    next.sort((a, b) => (BOROUGH_ORDER.get(a) ?? 0) - (BOROUGH_ORDER.get(b) ?? 0));
    setQuery({ borough: next });
  };

  return (
    <>
      <QueryIssues issues={issues} />
      <FilterBar
        reference={reference}
        extra={
          <CheckboxFilter
            legend="Contract status"
            options={STATUS_OPTIONS}
            selected={query.status}
            onChange={(status) => setQuery({ status: contractStatusSchema.array().parse(status) })}
          />
        }
      />
      <FilterTags
        reference={reference}
        extraTags={query.status.map((status) => ({
          param: 'status',
          value: status,
          label: `Status: ${contractStatusLabel(status)}`,
        }))}
      />
      <div className="svm-dashboard__controls">
        <BasisChoice value={query.basis} onChange={(basis) => setQuery({ basis })} />
        <UpdatingIndicator active={summary.isPlaceholderData} />
      </div>
      {summary.isError && summary.data !== undefined ? (
        <LastUpdated updatedAt={summary.dataUpdatedAt} error={summary.error} onRetry={() => void summary.refetch()} />
      ) : null}
      {summary.data === undefined ? (
        summary.isError ? (
          <ErrorState error={summary.error} onRetry={() => void summary.refetch()} what="the dashboard figures" />
        ) : (
          <LoadingState what="the dashboard figures" />
        )
      ) : summary.data.summary.contractCount === 0 ? (
        <EmptyState title="No contracts match these filters">
          <p>
            Nothing was pledged under the filters you chose.{' '}
            <Link to={hrefFor({ borough: [], theme: [], period: 'all', status: [] })}>Clear the filters</Link> to see
            every contract.
          </p>
        </EmptyState>
      ) : (
        <DashboardFigures
          summary={summary.data.summary}
          reference={reference}
          // The figures are labelled with the filter they answer; the page's own choices apply at once.
          query={{ ...query, ...summary.data.query }}
          selectedBoroughs={query.borough}
          stale={summary.isPlaceholderData}
          onChange={setQuery}
          onToggleBorough={toggleBorough}
        />
      )}
    </>
  );
}
