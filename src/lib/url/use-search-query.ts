import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { readSearchQuery, writeSearchQuery, type SearchQueryIssue, type WriteSearchQueryOptions } from './search-query';

export type { SearchQueryIssue } from './search-query';

export type SetQueryOptions = WriteSearchQueryOptions & {
  /** Replace the current history entry instead of adding one (default false: Back undoes the change). */
  replace?: boolean;
  /** Keep the scroll position (default true: a filter or sort change should not jump to the top). */
  preventScrollReset?: boolean;
};

export interface SearchQueryState<S extends z.ZodObject> {
  /** The parsed query: every field present, with the schema's defaults where the URL is silent. */
  query: z.infer<S>;
  /** Changes some fields (`undefined` resets one to its default). Anything but `page` resets `page` to 1. */
  setQuery: (patch: Partial<z.infer<S>>, options?: SetQueryOptions) => void;
  /** The link to this page with `patch` applied, for real links (middle-click, copy link address). */
  hrefFor: (patch: Partial<z.infer<S>>, options?: WriteSearchQueryOptions) => string;
  /** The query as it would be after `setQuery(patch, options)`, to fetch ahead of the change. */
  queryFor: (patch: Partial<z.infer<S>>, options?: WriteSearchQueryOptions) => z.infer<S>;
  /** Values in the URL that the schema rejected; they were dropped from `query`. */
  issues: SearchQueryIssue[];
}

/**
 * A view's state, kept in the URL so that Back, reload and a shared link all show the same view.
 *
 * Pass a schema covering the page's parameters (a module-level constant, so that it is stable),
 * e.g. `contractsQuerySchema` or `dashboardQuerySchema.extend({ tab: ... })`. Parameters the
 * schema does not name are left alone, so components that own other parameters (the filter bar,
 * a selected row) can share the URL.
 *
 * @example
 * const { query, setQuery, issues } = useSearchQuery(contractsQuerySchema);
 * setQuery({ borough: ['E08000012'] }); // ?borough=E08000012, back to page 1
 */
export function useSearchQuery<S extends z.ZodObject>(schema: S): SearchQueryState<S> {
  const [searchParams, setSearchParams] = useSearchParams();
  const { pathname } = useLocation();
  const search = searchParams.toString();

  const { query, issues } = useMemo(() => readSearchQuery(schema, new URLSearchParams(search)), [schema, search]);

  const setQuery = useCallback(
    (patch: Partial<z.infer<S>>, { replace = false, preventScrollReset = true, ...options }: SetQueryOptions = {}) => {
      setSearchParams((current) => writeSearchQuery(schema, current, patch, options), { replace, preventScrollReset });
    },
    [schema, setSearchParams],
  );

  const hrefFor = useCallback(
    (patch: Partial<z.infer<S>>, options?: WriteSearchQueryOptions) => {
      const next = writeSearchQuery(schema, new URLSearchParams(search), patch, options).toString();
      return next ? `${pathname}?${next}` : pathname;
    },
    [schema, search, pathname],
  );

  const queryFor = useCallback(
    (patch: Partial<z.infer<S>>, options?: WriteSearchQueryOptions) =>
      readSearchQuery(schema, writeSearchQuery(schema, new URLSearchParams(search), patch, options)).query,
    [schema, search],
  );

  return { query, setQuery, hrefFor, queryFor, issues };
}
