import type {
  Basis,
  CONTRACT_SORTS,
  ContractDetail,
  ContractsQuery,
  ContractSummary,
  Page,
  Period,
  Rag,
} from '@/lib/contract';
import { contractStatusSchema } from '@/lib/contract';
import { cachedQuarterSerial, deliveredOn, percentOfExpected, periodContains, ragOfFigures } from '@/lib/figures';
import { at } from './at';
import type { ContractDerived, ContractDerivedOf, FiguresCache } from './figures-cache';
import type { ListMemo } from './list-memo';
import { paged, parseSort } from './paging';
import { notFound } from '@/lib/contract/problems';
import { lazy } from './lazy';
import { denseRanks, sortByKey, textCollator } from './sorting';
import type { ContractRecord } from '@/lib/demo-data/dataset';
import { THEME_BITS, type LastReturn, type StoreState } from './state';

type ContractSort = (typeof CONTRACT_SORTS)[number];
type StaticSort = Exclude<ContractSort, 'rag' | 'evidenceAwaiting'>;

/** Ascending RAG puts the contracts most in need of attention first. */
const RAG_ORDER: Record<Rag, number> = { red: 0, amber: 1, green: 2, 'not-due': 3 };
/** Status sorts in lifecycle order rather than alphabetically. */
const STATUS_ORDER = new Map(contractStatusSchema.options.map((s, i) => [s, i]));

/** A contract without a last return sorts before any with one: it is the most overdue. */
function compareLastReturn(a: LastReturn, b: LastReturn): number {
  if (a === null || b === null) return (a === null ? 0 : 1) - (b === null ? 0 : 1);
  return (
    cachedQuarterSerial(a.quarter) - cachedQuarterSerial(b.quarter) ||
    (a.submittedOn ?? '').localeCompare(b.submittedOn ?? '')
  );
}

export interface ContractRanks {
  (key: StaticSort): Int32Array;
  /** Contract indexes in reference order: the register's tie-break, and its default order. */
  referenceOrder: () => readonly number[];
}

/** Ranks of every contract by each sortable fact that decisions cannot change, built on first use. */
export function createContractRanks(state: StoreState): ContractRanks {
  const { contracts } = state;
  const byText = (text: (c: ContractRecord) => string) =>
    lazy(() => denseRanks(contracts, (a, b) => textCollator.compare(text(a), text(b))));
  const ranks: Record<StaticSort, () => Int32Array> = {
    reference: byText((c) => c.reference),
    title: byText((c) => c.title),
    supplier: byText((c) => c.supplier.name),
    manager: byText((c) => c.managerName),
    value: lazy(() => denseRanks(contracts, (a, b) => a.value - b.value)),
    status: lazy(() =>
      denseRanks(contracts, (a, b) => (STATUS_ORDER.get(a.status) ?? 0) - (STATUS_ORDER.get(b.status) ?? 0)),
    ),
    endDate: lazy(() => denseRanks(contracts, (a, b) => a.endDate.localeCompare(b.endDate))),
    lastReturn: lazy(() => denseRanks(state.lastReturn, compareLastReturn)),
  };
  const rankOf = (key: StaticSort) => ranks[key]();
  const referenceOrder = lazy(() => {
    const reference = ranks.reference();
    return sortByKey(Array.from(contracts.keys()), (ci) => reference[ci] ?? 0, 1);
  });
  return Object.assign(rankOf, { referenceOrder });
}

export function contractSummary(state: StoreState, ci: number, derived: ContractDerived): ContractSummary {
  return {
    ...at(state.contracts, ci),
    rag: derived.rag,
    headlinePct: derived.headlinePct,
    lastReturn: state.lastReturn[ci] ?? null,
    evidenceAwaiting: state.evidenceAwaiting[ci] ?? 0,
  };
}

/**
 * The register: contracts that serve any of the boroughs, have a commitment in any of the themes,
 * and match status, RAG (for the period and basis), manager and free text (reference, title,
 * supplier, company number, manager). Sorted by the requested column with ties broken by
 * reference, so paging never repeats or skips a contract.
 */
export function listContracts(
  state: StoreState,
  cache: FiguresCache,
  ranks: ContractRanks,
  query: ContractsQuery,
  memo: ListMemo,
): Page<ContractSummary> {
  const derivedOf = cache.contracts(query.period, query.basis);
  const rows = memo.rows(query, () => matchContracts(state, derivedOf, ranks, query));
  return paged(rows, query.page, query.pageSize, (ci) => contractSummary(state, ci, derivedOf(ci)));
}

function matchContracts(
  state: StoreState,
  derivedOf: ContractDerivedOf,
  ranks: ContractRanks,
  query: ContractsQuery,
): number[] {
  const boroughs = new Set<string>(query.borough);
  const statuses = new Set<string>(query.status);
  const rags = new Set<string>(query.rag);
  const themeMask = query.theme.reduce((mask, t) => mask | THEME_BITS[t], 0);
  const needle = query.q?.toLowerCase() ?? '';
  const matches: number[] = [];
  for (const ci of ranks.referenceOrder()) {
    const c = state.contracts[ci];
    if (!c) continue;
    if (statuses.size > 0 && !statuses.has(c.status)) continue;
    if (query.manager && c.managerId !== query.manager) continue;
    if (boroughs.size > 0 && !c.boroughs.some((b) => boroughs.has(b))) continue;
    if (themeMask !== 0 && ((state.contractThemes[ci] ?? 0) & themeMask) === 0) continue;
    if (needle && !state.searchText[ci]?.includes(needle)) continue;
    if (rags.size > 0 && !rags.has(derivedOf(ci).rag)) continue;
    matches.push(ci);
  }

  const { key, direction } = parseSort<ContractSort>(query.sort);
  // Matches are in reference order and the sort keeps order among equals: the tie-break.
  return key === 'reference' && direction > 0
    ? matches
    : sortByKey(matches, sortKey(state, derivedOf, ranks, key), direction);
}

function sortKey(
  state: StoreState,
  derivedOf: ContractDerivedOf,
  ranks: ContractRanks,
  key: ContractSort,
): (ci: number) => number {
  switch (key) {
    case 'rag':
      return (ci) => RAG_ORDER[derivedOf(ci).rag];
    case 'evidenceAwaiting':
      return (ci) => state.evidenceAwaiting[ci] ?? 0;
    default: {
      const rank = ranks(key);
      return (ci) => rank[ci] ?? 0;
    }
  }
}

/** One contract with its commitments' figures for the period and the returns falling in it. */
export function contractDetail(
  state: StoreState,
  cache: FiguresCache,
  id: string,
  { basis, period }: { basis: Basis; period: Period },
): ContractDetail {
  const ci = state.contractIndex.get(id);
  if (ci === undefined) throw notFound(`There is no contract with the id "${id}".`);
  const ks = state.commitmentsByContract[ci] ?? [];
  const figuresOf = cache.commitments(period);
  const commitments = ks.flatMap((k) => {
    const commitment = state.commitments[k];
    if (!commitment) return [];
    const figures = figuresOf(k);
    return [
      {
        ...commitment,
        figures,
        rag: ragOfFigures(figures, basis),
        pct: percentOfExpected(deliveredOn(figures, basis), figures.expected),
      },
    ];
  });
  const returns = ks
    .flatMap((k) => state.returnsByCommitment[k] ?? [])
    .filter((r) => periodContains(period, r.quarter));
  return { contract: contractSummary(state, ci, cache.contracts(period, basis)(ci)), commitments, returns };
}
