import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import {
  apiPaths,
  contractsQuerySchema,
  contractSummarySchema,
  pageSchema,
  toSearchParams,
  type ContractsQuery,
} from '@/lib/contract';

const contractsPageSchema = pageSchema(contractSummarySchema);

/**
 * One page of the register, filtered, sorted and paged by the API. The previous page stays on
 * screen while the next one loads, and React Query's signal cancels a request the user has
 * already moved on from (a quick run of sort or page changes against 20,000 contracts).
 */
export function contractsListQueryOptions(query: ContractsQuery) {
  return queryOptions({
    queryKey: queryKeys.contracts.list(query),
    queryFn: ({ signal }) =>
      apiGet(apiPaths.contracts, contractsPageSchema, { params: toSearchParams(contractsQuerySchema, query), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useContractsList(query: ContractsQuery) {
  return useQuery(contractsListQueryOptions(query));
}
