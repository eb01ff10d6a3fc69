import type { FilterTag } from '@/components/filters';
import type { ContractsQuery, ReferenceData } from '@/lib/contract';
import { filterWords } from '@/lib/domain/filter-words';
import { ragLabel } from '@/lib/format';

/** One narrowing of the register, in words, with the change to the query that removes it. */
export interface ActiveFilter extends FilterTag {
  remove: Partial<ContractsQuery>;
}

/** The parameters the shared filter bar owns (and tags) itself. */
const SHARED = new Set(['borough', 'theme', 'period']);

/**
 * The filters narrowing the register, one entry per chosen value, so an empty result can say
 * which of them left nothing and let the user drop each one.
 */
export function activeFilters(
  query: ContractsQuery,
  reference: Pick<ReferenceData, 'boroughs' | 'themes' | 'users'>,
  meId?: string,
): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  for (const code of query.borough) {
    const remove = { borough: query.borough.filter((b) => b !== code) };
    out.push({ param: 'borough', value: code, label: filterWords.boroughs([code], reference), remove });
  }
  for (const id of query.theme) {
    out.push({
      param: 'theme',
      value: id,
      label: filterWords.themes([id], reference),
      remove: { theme: query.theme.filter((t) => t !== id) },
    });
  }
  if (query.period !== 'all') {
    out.push({
      param: 'period',
      value: query.period,
      label: filterWords.period(query.period),
      remove: { period: 'all' },
    });
  }
  for (const status of query.status) {
    const remove = { status: query.status.filter((s) => s !== status) };
    out.push({ param: 'status', value: status, label: filterWords.contractStatuses([status]), remove });
  }
  for (const rag of query.rag) {
    out.push({
      param: 'rag',
      value: rag,
      label: `RAG: ${ragLabel(rag)}`,
      remove: { rag: query.rag.filter((r) => r !== rag) },
    });
  }
  if (query.manager !== undefined) {
    const label = query.manager === meId ? 'My contracts' : filterWords.manager(query.manager, reference);
    out.push({ param: 'manager', value: query.manager, label, remove: { manager: undefined } });
  }
  if (query.q !== undefined && query.q !== '') {
    out.push({ param: 'q', value: query.q, label: `Search: ‘${query.q}’`, remove: { q: undefined } });
  }
  return out;
}

/** Tags for the register's own filters; the filter bar tags borough, theme and period itself. */
export function registerTags(filters: readonly ActiveFilter[]): FilterTag[] {
  return filters.filter((f) => !SHARED.has(f.param)).map(({ param, value, label }) => ({ param, value, label }));
}

/** Every filter off, keeping the order, page size and basis the user chose. */
export const CLEAR_FILTERS: Partial<ContractsQuery> = {
  borough: [],
  theme: [],
  period: 'all',
  status: [],
  rag: [],
  manager: undefined,
  q: undefined,
};
