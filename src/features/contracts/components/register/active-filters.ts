import type { FilterTag } from '@/components/filters';
import type { ContractsQuery, ReferenceData } from '@/lib/contract';
import { contractStatusLabel, periodLabel, ragLabel } from '@/lib/format';

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
    const name = reference.boroughs.find((b) => b.code === code)?.name ?? code;
    const remove = { borough: query.borough.filter((b) => b !== code) };
    out.push({ param: 'borough', value: code, label: `Borough: ${name}`, remove });
  }
  for (const id of query.theme) {
    const name = reference.themes.find((t) => t.id === id)?.name ?? id;
    out.push({
      param: 'theme',
      value: id,
      label: `Theme: ${name}`,
      remove: { theme: query.theme.filter((t) => t !== id) },
    });
  }
  if (query.period !== 'all') {
    out.push({
      param: 'period',
      value: query.period,
      label: `Period: ${periodLabel(query.period)}`,
      remove: { period: 'all' },
    });
  }
  for (const status of query.status) {
    const remove = { status: query.status.filter((s) => s !== status) };
    out.push({ param: 'status', value: status, label: `Status: ${contractStatusLabel(status)}`, remove });
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
    const name = reference.users.find((u) => u.id === query.manager)?.name ?? query.manager;
    const label = query.manager === meId ? 'My contracts' : `Contract manager: ${name}`;
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
