import type { ContractsQuery, ReferenceData } from '@/lib/contract';
import { contractStatusLabel, periodLabel, ragLabel } from '@/lib/format';

/** One narrowing of the register, in words, with the change that removes it. */
export interface ActiveFilter {
  id: string;
  label: string;
  remove: Partial<ContractsQuery>;
}

/**
 * The filters narrowing the register, one entry per chosen value, so an empty result can say
 * which of them left nothing and let the user drop each one.
 */
export function activeFilters(
  query: ContractsQuery,
  reference: Pick<ReferenceData, 'boroughs' | 'themes' | 'users'>,
): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  for (const code of query.borough) {
    const name = reference.boroughs.find((b) => b.code === code)?.name ?? code;
    out.push({
      id: `borough-${code}`,
      label: `Borough: ${name}`,
      remove: { borough: query.borough.filter((b) => b !== code) },
    });
  }
  for (const id of query.theme) {
    const name = reference.themes.find((t) => t.id === id)?.name ?? id;
    out.push({ id: `theme-${id}`, label: `Theme: ${name}`, remove: { theme: query.theme.filter((t) => t !== id) } });
  }
  if (query.period !== 'all') {
    out.push({ id: 'period', label: `Period: ${periodLabel(query.period)}`, remove: { period: 'all' } });
  }
  for (const status of query.status) {
    out.push({
      id: `status-${status}`,
      label: `Status: ${contractStatusLabel(status)}`,
      remove: { status: query.status.filter((s) => s !== status) },
    });
  }
  for (const rag of query.rag) {
    out.push({ id: `rag-${rag}`, label: `RAG: ${ragLabel(rag)}`, remove: { rag: query.rag.filter((r) => r !== rag) } });
  }
  if (query.manager !== undefined) {
    const name = reference.users.find((u) => u.id === query.manager)?.name ?? query.manager;
    out.push({ id: 'manager', label: `Contract manager: ${name}`, remove: { manager: undefined } });
  }
  if (query.q !== undefined && query.q !== '') {
    out.push({ id: 'q', label: `Search: ‘${query.q}’`, remove: { q: undefined } });
  }
  return out;
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
