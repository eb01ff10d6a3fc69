import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths, userSchema } from '@/lib/contract';
import { apiGet } from './client';
import { getDemoUserId, useDemoUserId } from './demo-user';
import { queryKeys } from './query-keys';

/** Who the API says the current (demo) user is; keyed by the chosen id so a switch never shows the last user. */
export function meQueryOptions(demoUserId: string | undefined = getDemoUserId()) {
  return queryOptions({
    queryKey: queryKeys.me(demoUserId),
    queryFn: ({ signal }) => apiGet(apiPaths.me, userSchema, { signal }),
    staleTime: Infinity,
  });
}

export function useMe() {
  return useQuery(meQueryOptions(useDemoUserId()));
}
