import { useEffect, useId, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { contractsQuerySchema } from '@/lib/contract';
import { useSearchQuery } from '@/lib/url/use-search-query';
import './filters.css';

const searchSchema = z.object({ q: contractsQuerySchema.shape.q });

/** How long typing pauses before the search runs: one request per pause, not per key. */
export const SEARCH_DEBOUNCE_MS = 300;

export interface SearchInputProps {
  /** The visible label, e.g. 'Search contracts'. */
  label: string;
  /** Says what is searched, e.g. 'Reference, title or supplier'. */
  hint?: string;
}

/**
 * Free-text search bound to `q` in the URL. It searches as you type (after a 300 ms pause) and
 * on Enter or the Search button. Refining a search replaces the history entry, so Back
 * returns to the list before the search rather than stepping through every word.
 */
export function SearchInput({ label, hint }: SearchInputProps) {
  const id = useId();
  const { query, setQuery } = useSearchQuery(searchSchema);
  const urlValue = query.q ?? '';
  const [text, setText] = useState(urlValue);
  const [seenUrlValue, setSeenUrlValue] = useState(urlValue);

  // Follow the URL when it changes from elsewhere (Back, "Clear all filters"), without
  // overwriting what is being typed when the change is this input's own (trimmed) write.
  if (urlValue !== seenUrlValue) {
    setSeenUrlValue(urlValue);
    if (urlValue !== text.trim()) setText(urlValue);
  }

  useEffect(() => {
    const next = text.trim();
    if (next === urlValue) return;
    const timer = setTimeout(() => {
      setQuery({ q: next || undefined }, { replace: urlValue !== '' && next !== '' });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, urlValue, setQuery]);

  function searchNow(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = text.trim();
    if (next !== urlValue) setQuery({ q: next || undefined });
  }

  return (
    <form role="search" aria-label={label} className="svm-search" onSubmit={searchNow}>
      <label htmlFor={id} className="svm-filter__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="svm-search__hint">
          {hint}
        </p>
      )}
      <div className="svm-search__row">
        <input
          id={id}
          type="search"
          value={text}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="svm-button svm-button--secondary">
          Search
        </button>
      </div>
    </form>
  );
}
