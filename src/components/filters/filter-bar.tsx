import type { ReactNode } from 'react';
import { useSearchQuery } from '@/lib/url/use-search-query';
import { AREA_FILTER_NAMES, areaFilterSchema, type AreaFilterName, type FilterReference } from './area-filters';
import { CheckboxFilter } from './checkbox-filter';
import { PeriodSelect } from './period-select';
import './filters.css';

export interface FilterBarProps {
  /** Options for the shared filters, from `useReference()`. */
  reference: FilterReference;
  /** Which shared filters this view has (default borough, theme and period). */
  filters?: readonly AreaFilterName[];
  /** Page-specific filters after the shared ones: status, RAG, "my contracts", search. */
  extra?: ReactNode;
  /** Names the group of controls (default 'Filters'). */
  label?: string;
}

/**
 * The shared filters, bound to the URL (`borough`, `theme`, `period`): each change applies at
 * once (no Apply button) and sends the list back to page 1. Announce the new result count
 * with `ResultCount` beside the results.
 */
export function FilterBar({ reference, filters = AREA_FILTER_NAMES, extra, label = 'Filters' }: FilterBarProps) {
  const { query, setQuery } = useSearchQuery(areaFilterSchema);
  return (
    <div className="svm-filter-bar" role="group" aria-label={label}>
      {filters.includes('borough') && (
        <CheckboxFilter
          legend="Borough"
          options={reference.boroughs.map((b) => ({ value: b.code, label: b.name }))}
          selected={query.borough}
          onChange={(selected) => setQuery({ borough: areaFilterSchema.shape.borough.parse(selected) })}
        />
      )}
      {filters.includes('theme') && (
        <CheckboxFilter
          legend="Theme"
          options={reference.themes.map((t) => ({ value: t.id, label: t.name }))}
          selected={query.theme}
          onChange={(selected) => setQuery({ theme: areaFilterSchema.shape.theme.parse(selected) })}
        />
      )}
      {filters.includes('period') && (
        <PeriodSelect
          financialYears={reference.financialYears}
          value={query.period}
          onChange={(period) => setQuery({ period })}
        />
      )}
      {extra}
    </div>
  );
}
