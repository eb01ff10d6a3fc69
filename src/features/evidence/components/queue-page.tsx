import { useCallback, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { describeSort, evidenceFilterWords, ExportButtons, visibleColumnIds } from '@/components/export';
import { Page } from '@/components/layout/page';
import { EmptyState, ErrorState, LoadingState, QueryIssues, QueryStatus } from '@/components/states';
import { DataTable, ListPaging, ResultCount } from '@/components/table';
import { useMe } from '@/lib/api/me';
import { useReference } from '@/lib/api/reference';
import type { Evidence, EvidenceDetail } from '@/lib/contract';
import { verificationStatusLabel } from '@/lib/format';
import { usePrefetchingSearchQuery } from '@/lib/url/use-prefetching-search-query';
import { evidenceQueueQueryOptions, useEvidenceQueue } from '../api/evidence-queue';
import { queueSearchSchema, toEvidenceQuery, type QueueSearch } from '../lib/queue-search';
import { isAwaitingDecision } from '@/lib/domain/waiting';
import { EvidenceItem } from './evidence-item';
import { queueColumns } from './queue-columns';
import { QueueFilters } from './queue-filters';
import { ResetDemoData } from './reset-demo-data';
import './queue.css';

const NOUN = { one: 'item of evidence', other: 'items of evidence' };

function queueOptionsFor(search: QueueSearch) {
  return evidenceQueueQueryOptions(toEvidenceQuery(search));
}

/** After a decision, the next item to work on: further down the page, else from the top. */
function nextItem(items: readonly Evidence[], decidedId: string): Evidence | undefined {
  const index = items.findIndex((item) => item.id === decidedId);
  const after = index < 0 ? items : [...items.slice(index + 1), ...items.slice(0, index)];
  return after.find((item) => item.id !== decidedId && isAwaitingDecision(item.status));
}

/**
 * `/evidence`: evidence waiting for a decision across every contract, oldest first, with the
 * chosen item open beside the list (below it on narrow screens). Filters, sort, page and the
 * open item are all in the URL.
 */
export function QueuePage() {
  const search = usePrefetchingSearchQuery(queueSearchSchema, queueOptionsFor);
  const { query, setQuery, setQueryWhenReady, hrefFor, issues } = search;
  const evidenceQuery = useMemo(() => toEvidenceQuery(query), [query]);
  const queue = useEvidenceQueue(evidenceQuery);
  const reference = useReference();
  const me = useMe();
  const [announcement, setAnnouncement] = useState('');
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);
  // Once the user opens an item here, each item opened after it (by a click, or after a
  // decision) takes focus; an item open from a reload or a shared link does not.
  const [followSelection, setFollowSelection] = useState(false);
  const markOpening = useCallback(() => setFollowSelection(true), []);
  const { selected } = query;
  const columns = useMemo(
    () =>
      queueColumns({
        reference: reference.data,
        selectedId: selected,
        hrefForItem: (evidenceId) => hrefFor({ selected: evidenceId }, { resetPage: false }),
        onOpen: markOpening,
      }),
    [reference.data, selected, hrefFor, markOpening],
  );

  const items = queue.data?.items ?? [];
  function handleDecided(detail: EvidenceDetail) {
    const done = `Decision recorded: ${detail.evidence.fileName} is now ${verificationStatusLabel(detail.evidence.status).toLowerCase()}.`;
    const next = nextItem(items, detail.evidence.id);
    if (next) {
      setFollowSelection(true);
      setAnnouncement(`${done} Showing the next item: ${next.fileName}.`);
    } else {
      setAnnouncement(`${done} There is no more evidence waiting on this page.`);
      resultsHeadingRef.current?.focus();
    }
    setQuery({ selected: next?.id }, { resetPage: false });
  }

  const pageCount = queue.data?.pageCount ?? 0;
  const title = pageCount > 1 ? `Evidence queue (page ${query.page} of ${pageCount})` : 'Evidence queue';
  const filtered =
    query.borough.length + query.theme.length + query.status.length > 0 ||
    query.manager !== undefined ||
    query.olderThan !== undefined;

  return (
    <Page
      title={title}
      heading="Evidence queue"
      description={
        <p>
          Evidence from suppliers waiting for a contract manager to verify, reject or query it, oldest first. Evidence
          waiting more than 30 days is marked overdue.
        </p>
      }
      actions={<ResetDemoData />}
    >
      <QueryIssues issues={issues} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {reference.data ? (
        <QueueFilters query={query} setQuery={setQuery} reference={reference.data} me={me.data} />
      ) : reference.isError ? (
        <ErrorState error={reference.error} what="the filters" onRetry={() => void reference.refetch()} />
      ) : (
        <LoadingState what="the filters" />
      )}
      <div className={selected ? 'svm-queue__layout svm-queue__layout--open' : 'svm-queue__layout'}>
        <section className="svm-queue__results" aria-labelledby="queue-results-heading">
          <h2 id="queue-results-heading" ref={resultsHeadingRef} tabIndex={-1}>
            Evidence
          </h2>
          <QueryStatus query={queue} what="the evidence queue">
            {(page) =>
              page.total === 0 ? (
                <EmptyState title={filtered ? 'No evidence matches these filters' : 'No evidence is waiting'}>
                  <p>
                    {filtered
                      ? 'Try removing a filter, or clear them all.'
                      : 'Every piece of evidence has been verified, rejected or queried.'}
                  </p>
                </EmptyState>
              ) : (
                <>
                  <ResultCount page={page.page} pageSize={page.pageSize} total={page.total} noun={NOUN} />
                  <ExportButtons
                    title="Evidence awaiting a decision"
                    fileStem="evidence"
                    filters={[...evidenceFilterWords(evidenceQuery, reference.data), describeSort(query.sort, columns)]}
                    source={{ kind: 'api', resource: 'evidence', query: evidenceQuery }}
                    columns={visibleColumnIds(columns)}
                  />
                  <DataTable
                    caption="Evidence awaiting a decision"
                    columns={columns}
                    data={page.items}
                    getRowId={(item) => item.id}
                    rowHeader="file"
                    sort={query.sort}
                    onSortChange={(sort) => setQueryWhenReady({ sort })}
                    busy={queue.isPlaceholderData}
                  />
                  <ListPaging
                    page={page.page}
                    pageCount={page.pageCount}
                    pageSize={query.pageSize}
                    label="Evidence queue pages"
                    search={search}
                  />
                </>
              )
            }
          </QueryStatus>
        </section>
        {selected !== undefined && (
          <section className="svm-queue__panel" aria-label="Open evidence">
            <p>
              <Link to={hrefFor({ selected: undefined }, { resetPage: false })} preventScrollReset>
                Close evidence
              </Link>
            </p>
            <EvidenceItem
              key={selected}
              evidenceId={selected}
              headingLevel={2}
              focusOnOpen={followSelection}
              onDecided={handleDecided}
            />
          </section>
        )}
      </div>
    </Page>
  );
}
