import { z } from 'zod';
import { areaFilterFields, type ReferenceData } from '@/lib/contract';
import { periodLabel } from '@/lib/format';

/** The filters every view shares: borough and theme (repeatable) and period. */
export const areaFilterSchema = z.object(areaFilterFields);
export type AreaFilters = z.infer<typeof areaFilterSchema>;
export type AreaFilterName = keyof AreaFilters;
export const AREA_FILTER_NAMES = ['borough', 'theme', 'period'] as const satisfies readonly AreaFilterName[];

/** The slice of reference data the filters need. */
export type FilterReference = Pick<ReferenceData, 'boroughs' | 'themes' | 'financialYears'>;

/** One selected filter value, as a URL parameter and the words that name it. */
export interface FilterTag {
  /** The URL parameter, e.g. `status`. */
  param: string;
  /** The value to remove from it, e.g. `live`. */
  value: string;
  /** What the tag says, e.g. `Live` or `Search: highways`. */
  label: string;
}

/** Tags for the selected shared filters, in the order the filter bar shows them. */
export function areaFilterTags(
  filters: AreaFilters,
  reference: FilterReference,
  names: readonly AreaFilterName[] = AREA_FILTER_NAMES,
): FilterTag[] {
  const tags: FilterTag[] = [];
  if (names.includes('borough')) {
    for (const borough of reference.boroughs) {
      if (filters.borough.includes(borough.code)) {
        tags.push({ param: 'borough', value: borough.code, label: borough.name });
      }
    }
  }
  if (names.includes('theme')) {
    for (const theme of reference.themes) {
      if (filters.theme.includes(theme.id)) tags.push({ param: 'theme', value: theme.id, label: theme.name });
    }
  }
  if (names.includes('period') && filters.period !== 'all') {
    tags.push({ param: 'period', value: filters.period, label: periodLabel(filters.period) });
  }
  return tags;
}
