import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api/client';
import {
  apiPaths,
  dashboardQuerySchema,
  dashboardSummarySchema,
  toSearchParams,
  type DashboardQuery,
} from '@/lib/contract';

export function dashboardSummaryQueryOptions(query: DashboardQuery) {
  return queryOptions({
    queryKey: ['dashboard', 'summary', query],
    queryFn: ({ signal }) =>
      apiGet(apiPaths.dashboard, dashboardSummarySchema, {
        params: toSearchParams(dashboardQuerySchema, query),
        signal,
      }),
    // A filter change keeps the current figures on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

export function useDashboardSummary(query: DashboardQuery) {
  return useQuery(dashboardSummaryQueryOptions(query));
}
