import { describeSort, ExportButtons, visibleColumnIds } from '@/components/export';
import { Page } from '@/components/layout/page';
import { EmptyState, ErrorState, LoadingState, QueryIssues, QueryStatus } from '@/components/states';
import { DataTable, ListPaging, ResultCount } from '@/components/table';
import { useReference } from '@/lib/api/reference';
import { auditQuerySchema } from '@/lib/contract';
import { usePrefetchingSearchQuery } from '@/lib/url/use-prefetching-search-query';
import { auditListQueryOptions, useAuditList } from '../api/audit-list';
import { auditFilterWords } from '../lib/filter-words';
import { auditColumns } from './audit-columns';
import { AuditFilters } from './audit-filters';
import './audit.css';

const NOUN = { one: 'event', other: 'events' };

/**
 * `/audit`: who decided what about each piece of evidence, and when; newest first, filtered
 * and paged by the API, every choice in the URL.
 */
export function AuditPage() {
  const search = usePrefetchingSearchQuery(auditQuerySchema, auditListQueryOptions);
  const { query, setQuery, setQueryWhenReady, issues } = search;
  const audit = useAuditList(query);
  const reference = useReference();

  const pageCount = audit.data?.pageCount ?? 0;
  const title = pageCount > 1 ? `Audit log (page ${query.page} of ${pageCount})` : 'Audit log';
  const filters = auditFilterWords(query, reference.data);
  // The form starts from the URL; a new URL (Back, a shared link) starts it again.
  const filterKey = JSON.stringify([query.from, query.to, query.user, query.action, query.contractId]);

  return (
    <Page
      title={title}
      heading="Audit log"
      description={
        <p>
          Every upload and every decision on evidence: who did it, in which role, when, and what they said. Newest
          first.
        </p>
      }
    >
      <QueryIssues issues={issues} />
      {reference.isPending ? (
        // The filters and the events arrive together: filters shown later would push the events down.
        <LoadingState what="the audit log" />
      ) : (
        <>
          {reference.data ? (
            <AuditFilters key={filterKey} query={query} reference={reference.data} onApply={setQuery} />
          ) : (
            <ErrorState error={reference.error} what="the filters" onRetry={() => void reference.refetch()} />
          )}
          <section aria-labelledby="audit-results-heading">
            <h2 id="audit-results-heading">Events</h2>
            <QueryStatus query={audit} what="the audit log">
              {(page) =>
                page.total === 0 ? (
                  <EmptyState title="No events match these filters">
                    <p>Try a wider date range, or remove a filter.</p>
                  </EmptyState>
                ) : (
                  <>
                    <ResultCount page={page.page} pageSize={page.pageSize} total={page.total} noun={NOUN} />
                    <ExportButtons
                      title="Audit log"
                      fileStem="audit-log"
                      filters={[...filters, describeSort(query.sort, auditColumns)]}
                      source={{ kind: 'api', resource: 'audit', query }}
                      columns={visibleColumnIds(auditColumns)}
                    />
                    <DataTable
                      caption={filters.length > 0 ? `Audit events (${filters.join('; ')})` : 'Audit events'}
                      columns={auditColumns}
                      data={page.items}
                      getRowId={(event) => event.id}
                      rowHeader="at"
                      sort={query.sort}
                      onSortChange={(sort) => setQueryWhenReady({ sort: sort === 'at' ? 'at' : '-at' })}
                      busy={audit.isPlaceholderData}
                    />
                    <ListPaging
                      page={page.page}
                      pageCount={page.pageCount}
                      pageSize={query.pageSize}
                      label="Audit log pages"
                      search={search}
                    />
                  </>
                )
              }
            </QueryStatus>
          </section>
        </>
      )}
    </Page>
  );
}
