import {
  hashKey,
  useQueryClient,
  type DefaultError,
  type FetchQueryOptions,
  type QueryKey,
} from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import type { z } from 'zod';
import type { WriteSearchQueryOptions } from './search-query';
import { useSearchQuery, type SearchQueryState, type SetQueryOptions } from './use-search-query';

/**
 * How long a sort or page change may wait for its rows before the page shows the change with
 * the old rows marked as updating: long enough for a quick API, short enough to feel immediate.
 */
export const READY_WAIT_MS = 120;

interface WaitingChange<Q> {
  patch: Partial<Q>;
  options: SetQueryOptions | undefined;
  queryKey: QueryKey;
}

export interface PrefetchingSearchQueryState<S extends z.ZodObject> extends SearchQueryState<S> {
  /** Starts fetching the view `patch` would show: call it when the user shows intent (hover, focus). */
  prefetch: (patch: Partial<z.infer<S>>, options?: WriteSearchQueryOptions) => void;
  /**
   * `setQuery` for a button that only reorders or pages the list (not a form control, whose
   * checked state must follow the click at once): the URL changes when the new rows have
   * arrived, or after `readyWaitMs` (default `READY_WAIT_MS`), so the page usually renders
   * once, with the new rows, rather than twice (old rows marked updating, then new rows).
   * Changes made while one waits are merged into it, in order.
   */
  setQueryWhenReady: (patch: Partial<z.infer<S>>, options?: SetQueryOptions) => void;
}

/**
 * `useSearchQuery` for a view that lists a resource: every change starts its request at once,
 * before React re-renders for the new URL (which on a large page takes a frame or more), so the
 * request and the re-render overlap. `optionsFor` is the resource's query-options factory; the
 * page's own `useQuery` then finds the request already in flight under the same key.
 */
export function usePrefetchingSearchQuery<
  S extends z.ZodObject,
  TQueryFnData,
  TError extends DefaultError,
  TData,
  TQueryKey extends QueryKey,
>(
  schema: S,
  optionsFor: (query: z.infer<S>) => FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
  { readyWaitMs = READY_WAIT_MS }: { readyWaitMs?: number } = {},
): PrefetchingSearchQueryState<S> {
  const state = useSearchQuery(schema);
  const queryClient = useQueryClient();
  const { queryFor, setQuery: navigate } = state;
  const waiting = useRef<WaitingChange<z.infer<S>> | undefined>(undefined);
  const { search } = useLocation();
  const navigationType = useNavigationType();
  // A change that waited applies to the URL as it is when the rows arrive, not as it was at the click.
  const navigateNow = useRef(navigate);
  useEffect(() => {
    navigateNow.current = navigate;
  }, [navigate]);

  /** Cancels a waiting change's request if nothing shows it (and `next` does not need it). */
  const abandon = useCallback(
    (change: WaitingChange<z.infer<S>> | undefined, next?: QueryKey) => {
      if (!change || (next && hashKey(next) === hashKey(change.queryKey))) return;
      const query = queryClient.getQueryCache().find({ queryKey: change.queryKey, exact: true });
      if (query?.getObserversCount() === 0) void queryClient.cancelQueries({ queryKey: change.queryKey, exact: true });
    },
    [queryClient],
  );

  const drop = useCallback(() => {
    abandon(waiting.current);
    waiting.current = undefined;
  }, [abandon]);

  // Back or Forward overtakes a change still waiting for its rows. A push does not: it may be this
  // page's own earlier change arriving late (React commits navigations as transitions), and a
  // waiting change applies to whatever the URL then holds.
  useEffect(() => {
    if (navigationType === 'POP') drop();
  }, [search, navigationType, drop]);
  // Leaving the page drops it too.
  useEffect(() => drop, [drop]);

  const fetchAhead = useCallback(
    (patch: Partial<z.infer<S>>, options?: WriteSearchQueryOptions) => {
      const fetchOptions = optionsFor(queryFor(patch, options));
      // prefetchQuery does not retry unless told; the page's query would then inherit a failure
      // without the retries it would have made itself.
      const { retry, retryDelay } = queryClient.getDefaultOptions().queries ?? {};
      const ready = queryClient.prefetchQuery({ ...fetchOptions, retry, retryDelay });
      return { ready, queryKey: fetchOptions.queryKey };
    },
    [queryClient, optionsFor, queryFor],
  );

  const prefetch = useCallback(
    (patch: Partial<z.infer<S>>, options?: WriteSearchQueryOptions) => void fetchAhead(patch, options),
    [fetchAhead],
  );

  const setQuery = useCallback(
    (patch: Partial<z.infer<S>>, options?: SetQueryOptions) => {
      const { queryKey } = fetchAhead(patch, options);
      abandon(waiting.current, queryKey);
      waiting.current = undefined;
      navigate(patch, options);
    },
    [fetchAhead, abandon, navigate],
  );

  const setQueryWhenReady = useCallback(
    (patch: Partial<z.infer<S>>, options?: SetQueryOptions) => {
      const merged = { ...waiting.current?.patch, ...patch };
      const { ready, queryKey } = fetchAhead(merged, options);
      abandon(waiting.current, queryKey);
      const change = { patch: merged, options, queryKey };
      waiting.current = change;
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, readyWaitMs));
      void Promise.race([ready, timeout]).then(() => {
        // A later change (or an immediate setQuery) has taken this one over.
        if (waiting.current !== change) return;
        waiting.current = undefined;
        navigateNow.current(change.patch, change.options);
      });
    },
    [fetchAhead, abandon, readyWaitMs],
  );

  return { ...state, setQuery, setQueryWhenReady, prefetch };
}
