import type { Basis, ContractDetail, ContractsQuery, ContractSummary, Page, Period } from '@/lib/contract';
import { notFound } from '@/lib/contract/problems';
import { deliveredOn, percentOfExpected, periodContains, ragOfFigures } from '@/lib/figures';
import type { ContractFigures } from '@/lib/figures/contract-figures';
import { paged } from '@/lib/lists/paging';
import { matchContracts } from '@/lib/register/match';
import { contractSummaryOf } from '@/lib/register/summary';
import { createContractRanks as rankContracts, type ContractRanks } from '@/lib/register/ranks';
import { at } from './at';
import type { FiguresCache } from './figures-cache';
import type { ListMemo } from './list-memo';
import type { StoreState } from './state';

export type { ContractRanks } from '@/lib/register/ranks';

/** Ranks of every contract by each static sort, built on first use. */
export function createContractRanks(state: StoreState): ContractRanks {
  return rankContracts(state.contracts, state.lastReturn);
}

export function contractSummary(state: StoreState, ci: number, derived: ContractFigures): ContractSummary {
  return contractSummaryOf(
    at(state.contracts, ci),
    derived,
    state.lastReturn[ci] ?? null,
    state.evidenceAwaiting[ci] ?? 0,
  );
}

/** The register (`@/lib/register/match` says what it matches), one page of it. */
export function listContracts(
  state: StoreState,
  cache: FiguresCache,
  ranks: ContractRanks,
  query: ContractsQuery,
  memo: ListMemo,
): Page<ContractSummary> {
  const derivedOf = cache.contracts(query.period, query.basis);
  const rows = memo.rows(query, () =>
    matchContracts(
      {
        contracts: state.contracts,
        searchText: state.searchText,
        contractThemes: state.contractThemes,
        evidenceAwaiting: state.evidenceAwaiting,
        ranks,
        ragOf: (ci) => derivedOf(ci).rag,
      },
      query,
    ),
  );
  return paged(rows, query.page, query.pageSize, (ci) => contractSummary(state, ci, derivedOf(ci)));
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
