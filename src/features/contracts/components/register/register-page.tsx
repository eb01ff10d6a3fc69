import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { describeSort, ExportButtons, visibleColumnIds } from '@/components/export';
import { Page } from '@/components/layout/page';
import { ErrorState, LastUpdated, LoadingState, QueryIssues, UpdatingIndicator } from '@/components/states';
import {
  ColumnChooser,
  DataTable,
  PageSizeSelect,
  Pagination,
  ResultCount,
  usePageLinks,
  usePersistentColumnVisibility,
} from '@/components/table';
import { useMe } from '@/lib/api/me';
import { useReference } from '@/lib/api/reference';
import { contractsQuerySchema, toSearchParams, type ContractSummary } from '@/lib/contract';
import { periodLabel } from '@/lib/format';
import { usePrefetchingSearchQuery } from '@/lib/url/use-prefetching-search-query';
import { contractsListQueryOptions, useContractsList } from '@/features/contracts/api/contracts-list';
import { contractPageQuerySchema } from '../contract/contract-query';
import { activeFilters } from './active-filters';
import { BasisChoice } from '@/components/choice-group';
import { NoContracts } from './no-contracts';
import { DEFAULT_REGISTER_VISIBILITY, registerColumns } from './register-columns';
import { RegisterFilters } from './register-filters';
import '../contracts.css';

const COLUMNS_STORAGE_KEY = 'svm.columns.contracts';
const NOUN = { one: 'contract', other: 'contracts' };

/**
 * `/contracts`: every contract, filtered, searched, sorted and paged by the API, with the whole
 * view in the URL. While a new page, order or filter loads, the current rows stay (marked busy).
 */
export function RegisterPage() {
  const search = usePrefetchingSearchQuery(contractsQuerySchema, contractsListQueryOptions);
  const { query, setQuery, setQueryWhenReady, issues } = search;
  const reference = useReference();
  const me = useMe();
  const list = useContractsList(query);
  const [visibility, setVisibility] = usePersistentColumnVisibility(COLUMNS_STORAGE_KEY, DEFAULT_REGISTER_VISIBILITY);

  // A contract opens with the register's basis and period, so its figures match the row's.
  const contractSearch = toSearchParams(contractPageQuerySchema, {
    basis: query.basis,
    period: query.period,
  }).toString();
  const contractHref = useCallback(
    (contract: ContractSummary) =>
      `/contracts/${encodeURIComponent(contract.id)}${contractSearch ? `?${contractSearch}` : ''}`,
    [contractSearch],
  );
  const columns = useMemo(() => registerColumns(contractHref), [contractHref]);
  const pageLinks = usePageLinks(search);

  const page = list.data;
  const title = page && page.pageCount > 1 ? `Contracts (page ${page.page} of ${page.pageCount})` : 'Contracts';
  const filters = reference.data ? activeFilters(query, reference.data, me.data?.id) : [];
  // The filters (which need the reference data, and the user for "only mine") and the rows come
  // in together: were the filters to arrive first, they would push the loading line down the page.
  const settling = page === undefined || reference.isPending || me.isPending;

  return (
    <Page
      title={title}
      heading="Contracts"
      description={
        <p>
          Contracts with social value commitments and their delivery against profile. Period:{' '}
          {periodLabel(query.period)}.
        </p>
      }
    >
      <QueryIssues issues={issues} />

      {reference.data && (!settling || list.isError) ? (
        <RegisterFilters
          query={query}
          reference={reference.data}
          me={me.data}
          filters={filters}
          onChange={(patch) => setQuery(patch)}
        />
      ) : null}

      {settling ? (
        page === undefined && list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} what="contracts" />
        ) : (
          <LoadingState what="contracts" />
        )
      ) : (
        <>
          <div className="svm-register__toolbar">
            <ResultCount page={page.page} pageSize={page.pageSize} total={page.total} noun={NOUN} />
            <UpdatingIndicator active={list.isPlaceholderData} />
            <BasisChoice value={query.basis} onChange={(basis) => setQuery({ basis })} />
            <ColumnChooser columns={columns} visibility={visibility} onChange={setVisibility} />
            <PageSizeSelect value={query.pageSize} onChange={(pageSize) => setQuery({ pageSize })} />
          </div>
          <ExportButtons
            title="Contracts"
            fileStem="contracts"
            filters={[
              ...filters.map((filter) => filter.label),
              `RAG and % of expected on ${query.basis} figures`,
              describeSort(query.sort, columns),
            ]}
            source={{ kind: 'api', resource: 'contracts', query }}
            columns={visibleColumnIds(columns, visibility)}
          />
          {list.isError ? (
            <LastUpdated updatedAt={list.dataUpdatedAt} error={list.error} onRetry={() => void list.refetch()} />
          ) : null}
          {page.total === 0 ? (
            <NoContracts filters={filters} onChange={(patch) => setQuery(patch)} />
          ) : (
            <>
              <DataTable
                caption={`Contracts, ${periodLabel(query.period)}: % of expected and RAG on ${query.basis} figures`}
                columns={columns}
                data={page.items}
                getRowId={(contract) => contract.id}
                rowHeader="reference"
                sort={query.sort}
                onSortChange={(sort) => setQueryWhenReady({ sort })}
                columnVisibility={visibility}
                busy={list.isPlaceholderData}
                emptyMessage={
                  <>
                    There are no contracts on page {query.page}.{' '}
                    <Link to={pageLinks.hrefForPage(1)}>Go to the first page</Link>.
                  </>
                }
              />
              <Pagination page={page.page} pageCount={page.pageCount} label="Contract pages" {...pageLinks} />
            </>
          )}
        </>
      )}
    </Page>
  );
}
