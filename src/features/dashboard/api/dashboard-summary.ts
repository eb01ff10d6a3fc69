import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import {
  apiPaths,
  dashboardQuerySchema,
  dashboardSummarySchema,
  toSearchParams,
  type DashboardQuery,
  type DashboardSummary,
} from '@/lib/contract';

/**
 * A summary with the filter it answers. While a new filter loads, the previous summary stays on
 * screen, and the page labels it with its own filter rather than the one still loading.
 */
export interface DashboardSummaryResult {
  query: DashboardQuery;
  summary: DashboardSummary;
}

export function dashboardSummaryQueryOptions(query: DashboardQuery) {
  return queryOptions({
    queryKey: queryKeys.dashboard.summary(query),
    queryFn: async ({ signal }): Promise<DashboardSummaryResult> => ({
      query,
      summary: await apiGet(apiPaths.dashboard, dashboardSummarySchema, {
        params: toSearchParams(dashboardQuerySchema, query),
        signal,
      }),
    }),
    // A filter change keeps the current figures on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

export function useDashboardSummary(query: DashboardQuery) {
  return useQuery(dashboardSummaryQueryOptions(query));
}
