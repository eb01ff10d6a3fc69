import { themeIdSchema, type ContractsQuery, type Rag, type ThemeId } from '@/lib/contract';
import type { ContractRecord } from '@/lib/demo-data/dataset';
import { parseSort } from '@/lib/lists/paging';
import { sortByKey } from '@/lib/lists/sorting';
import type { ContractRanks, ContractSort } from './ranks';

/** Bit per theme (bit = position in the theme enum), for a contract's themes in one number. */
export const THEME_BITS: Readonly<Record<ThemeId, number>> = Object.fromEntries(
  themeIdSchema.options.map((theme, i) => [theme, 1 << i]),
) as Record<ThemeId, number>;

/** Ascending RAG puts the contracts most in need of attention first. */
const RAG_ORDER: Record<Rag, number> = { red: 0, amber: 1, green: 2, 'not-due': 3 };

/** What the register filters and sorts on, per contract index. */
export interface RegisterSource {
  contracts: readonly ContractRecord[];
  /** Lower-case reference, title, supplier, company number and manager, per contract. */
  searchText: readonly string[];
  /** `THEME_BITS` of the themes each contract has a commitment in. */
  contractThemes: ArrayLike<number>;
  evidenceAwaiting: ArrayLike<number>;
  ranks: ContractRanks;
  /** The contract's RAG for the query's period and basis. */
  ragOf: (ci: number) => Rag;
}

/**
 * The register's rows: contracts that serve any of the boroughs, have a commitment in any of the
 * themes, and match status, RAG (for the period and basis), manager and free text (reference,
 * title, supplier, company number, manager, case-insensitive). Sorted by the requested column
 * with ties broken by reference, so paging never repeats or skips a contract.
 */
export function matchContracts(source: RegisterSource, query: ContractsQuery): number[] {
  const { contracts, ranks, ragOf } = source;
  const boroughs = new Set<string>(query.borough);
  const statuses = new Set<string>(query.status);
  const rags = new Set<string>(query.rag);
  const themeMask = query.theme.reduce((mask, t) => mask | THEME_BITS[t], 0);
  const needle = query.q?.toLowerCase() ?? '';
  const matches: number[] = [];
  for (const ci of ranks.referenceOrder()) {
    const c = contracts[ci];
    if (!c) continue;
    if (statuses.size > 0 && !statuses.has(c.status)) continue;
    if (query.manager && c.managerId !== query.manager) continue;
    if (boroughs.size > 0 && !c.boroughs.some((b) => boroughs.has(b))) continue;
    if (themeMask !== 0 && ((source.contractThemes[ci] ?? 0) & themeMask) === 0) continue;
    if (needle && !source.searchText[ci]?.includes(needle)) continue;
    if (rags.size > 0 && !rags.has(ragOf(ci))) continue;
    matches.push(ci);
  }

  const { key, direction } = parseSort<ContractSort>(query.sort);
  // Matches are in reference order and the sort keeps order among equals: the tie-break.
  if (key === 'reference' && direction > 0) return matches;
  return sortByKey(matches, sortKeyOf(source, key), direction);
}

function sortKeyOf(source: RegisterSource, key: ContractSort): (ci: number) => number {
  switch (key) {
    case 'rag':
      return (ci) => RAG_ORDER[source.ragOf(ci)];
    case 'evidenceAwaiting':
      return (ci) => source.evidenceAwaiting[ci] ?? 0;
    default: {
      const rank = source.ranks(key);
      return (ci) => rank[ci] ?? 0;
    }
  }
}

/** What the register's free-text search looks in: reference, title, supplier, company number, manager. */
export function searchTextOf(contract: ContractRecord): string {
  return [
    contract.reference,
    contract.title,
    contract.supplier.name,
    contract.supplier.companyNumber,
    contract.managerName,
  ]
    .join('\n')
    .toLowerCase();
}
