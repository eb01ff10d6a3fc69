import { useCallback } from 'react';
import type { SetQueryOptions } from '@/lib/url/use-search-query';

/** What paging needs from `usePrefetchingSearchQuery` (any list schema with a `page`). */
export interface PagedSearchQuery {
  hrefFor: (patch: { page: number }) => string;
  prefetch: (patch: { page: number }) => void;
  setQueryWhenReady: (patch: { page: number }, options?: SetQueryOptions) => void;
}

export interface PageLinks {
  hrefForPage: (page: number) => string;
  onPageIntent: (page: number) => void;
  onPageSelect: (page: number) => void;
}

/**
 * `Pagination`'s link props for a list whose page is in the URL: real links, the page fetched
 * on hover or focus, and a plain click that changes the page once its rows have arrived.
 */
export function usePageLinks({ hrefFor, prefetch, setQueryWhenReady }: PagedSearchQuery): PageLinks {
  const hrefForPage = useCallback((page: number) => hrefFor({ page }), [hrefFor]);
  const onPageIntent = useCallback((page: number) => prefetch({ page }), [prefetch]);
  // Like following the link: the new page opens at the top.
  const onPageSelect = useCallback(
    (page: number) => setQueryWhenReady({ page }, { preventScrollReset: false }),
    [setQueryWhenReady],
  );
  return { hrefForPage, onPageIntent, onPageSelect };
}
