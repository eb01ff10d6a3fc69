import { useEffect, useId, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useSearchQuery } from '@/lib/url/use-search-query';
import {
  AREA_FILTER_NAMES,
  areaFilterSchema,
  areaFilterTags,
  type AreaFilterName,
  type FilterReference,
  type FilterTag,
} from './area-filters';
import { withoutValues, type UrlRemoval } from './url-edits';
import './filters.css';

export interface FilterTagsProps {
  reference: FilterReference;
  /** Which shared filters this view has (default borough, theme and period). */
  filters?: readonly AreaFilterName[];
  /** Tags for the page's own filters, e.g. `{ param: 'status', value: 'live', label: 'Live' }`. */
  extraTags?: readonly FilterTag[];
}

const tagKey = (tag: FilterTag) => `${tag.param}=${tag.value}`;

/**
 * The selected filters as removable tags ("Remove filter: Liverpool") and "Clear all filters".
 * Removing one keeps the others and returns to page 1. Focus moves to the tag that took the
 * removed one's place (or to a "No filters selected" note) so keyboard users keep their place.
 */
export function FilterTags({ reference, filters = AREA_FILTER_NAMES, extraTags = [] }: FilterTagsProps) {
  const labelId = useId();
  const { query } = useSearchQuery(areaFilterSchema);
  const [, setSearchParams] = useSearchParams();
  const tags = [...areaFilterTags(query, reference, filters), ...extraTags];
  const signature = tags.map(tagKey).join('&');
  const listRef = useRef<HTMLUListElement>(null);
  const emptyRef = useRef<HTMLParagraphElement>(null);
  // Where focus goes once the URL change has landed and the removed tags are gone.
  const pendingFocus = useRef<{ index: number; before: string } | null>(null);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || pending.before === signature) return;
    pendingFocus.current = null;
    const remaining = listRef.current?.querySelectorAll('button') ?? [];
    const target = remaining[Math.min(pending.index, remaining.length - 1)];
    if (target) target.focus();
    else emptyRef.current?.focus();
  }, [signature]);

  function remove(removals: readonly UrlRemoval[], focusIndex: number) {
    pendingFocus.current = { index: focusIndex, before: signature };
    setSearchParams((current) => withoutValues(current, removals), { preventScrollReset: true });
  }

  if (tags.length === 0) {
    return (
      <p ref={emptyRef} className="svm-visually-hidden" tabIndex={-1}>
        No filters selected
      </p>
    );
  }

  const clearAll: UrlRemoval[] = [...new Set([...filters, ...tags.map((tag) => tag.param)])].map((param) => ({
    param,
  }));

  return (
    <div className="svm-filter-tags">
      <p className="svm-filter-tags__label" id={labelId}>
        Selected filters
      </p>
      <ul ref={listRef} className="svm-filter-tags__list" aria-labelledby={labelId}>
        {tags.map((tag, index) => (
          <li key={tagKey(tag)}>
            <button type="button" className="svm-filter-tags__tag" onClick={() => remove([tag], index)}>
              <span className="svm-visually-hidden">Remove filter:</span> {tag.label}
              <svg viewBox="0 0 10 10" width="10" height="10" aria-hidden="true" focusable="false">
                <path d="M1 1l8 8M9 1 1 9" stroke="currentColor" strokeWidth="2" />
              </svg>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="svm-filter-tags__clear" onClick={() => remove(clearAll, 0)}>
        Clear all filters
      </button>
    </div>
  );
}
