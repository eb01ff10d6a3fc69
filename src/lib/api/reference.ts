import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths, referenceDataSchema } from '@/lib/contract';
import { apiGet } from './client';
import { queryKeys } from './query-keys';

/** Reference data (boroughs, themes, measures, periods, users, as-of date) does not change in a session. */
export function referenceQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.reference(),
    queryFn: ({ signal }) => apiGet(apiPaths.reference, referenceDataSchema, { signal }),
    staleTime: Infinity,
  });
}

export function useReference() {
  return useQuery(referenceQueryOptions());
}
