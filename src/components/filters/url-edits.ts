/** A filter value to take out of the URL; without `value`, every value of `param`. */
export interface UrlRemoval {
  param: string;
  value?: string;
}

/**
 * The parameters without the removed filter values, and without `page`: removing a filter
 * changes the list, so the reader goes back to page 1. Needs no schema, so it serves page-specific
 * filters as well as the shared ones.
 */
export function withoutValues(params: URLSearchParams, removals: readonly UrlRemoval[]): URLSearchParams {
  const next = new URLSearchParams();
  for (const [name, value] of params) {
    if (name === 'page') continue;
    if (removals.some((r) => r.param === name && (r.value === undefined || r.value === value))) continue;
    next.append(name, value);
  }
  return next;
}
