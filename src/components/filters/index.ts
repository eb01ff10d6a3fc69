/** Filters bound to the URL: the shared borough, theme and period filters, tags and search. */
export { FilterBar, type FilterBarProps } from './filter-bar';
export { FilterTags, type FilterTagsProps } from './filter-tags';
export { SearchInput, SEARCH_DEBOUNCE_MS, type SearchInputProps } from './search-input';
export { CheckboxFilter, type CheckboxFilterOption, type CheckboxFilterProps } from './checkbox-filter';
export { PeriodSelect, type PeriodSelectProps } from './period-select';
export {
  AREA_FILTER_NAMES,
  areaFilterSchema,
  areaFilterTags,
  type AreaFilterName,
  type AreaFilters,
  type FilterReference,
  type FilterTag,
} from './area-filters';
