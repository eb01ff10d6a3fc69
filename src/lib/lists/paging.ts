import type { Page } from '@/lib/contract';

/** One page of a filtered, sorted list; only the page's own items are built into responses. */
export function paged<I, T>(matches: readonly I[], page: number, pageSize: number, toItem: (match: I) => T): Page<T> {
  const start = (page - 1) * pageSize;
  return {
    items: matches.slice(start, start + pageSize).map(toItem),
    page,
    pageSize,
    total: matches.length,
    pageCount: Math.ceil(matches.length / pageSize),
  };
}

/** `-value` -> descending by `value`; anything else ascending. */
export function parseSort<K extends string>(sort: string): { key: K; direction: 1 | -1 } {
  return sort.startsWith('-') ? { key: sort.slice(1) as K, direction: -1 } : { key: sort as K, direction: 1 };
}
