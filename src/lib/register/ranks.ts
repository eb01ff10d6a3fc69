import { contractStatusSchema, type CONTRACT_SORTS } from '@/lib/contract';
import type { ContractRecord } from '@/lib/demo-data/dataset';
import { compareLastReturn, type LastReturn } from '@/lib/figures/last-return';
import { lazy } from '@/lib/lists/lazy';
import { denseRanks, sortByKey, textCollator } from '@/lib/lists/sorting';

export type ContractSort = (typeof CONTRACT_SORTS)[number];
/** Sorts by facts that decisions cannot change, so their ranks outlive any decision. */
export type StaticSort = Exclude<ContractSort, 'rag' | 'evidenceAwaiting'>;

/** Status sorts in lifecycle order rather than alphabetically. */
const STATUS_ORDER = new Map(contractStatusSchema.options.map((s, i) => [s, i]));

export interface ContractRanks {
  (key: StaticSort): Int32Array;
  /** Contract indexes in reference order: the register's tie-break, and its default order. */
  referenceOrder: () => readonly number[];
}

/**
 * Ranks of every contract by each static sort, built on first use: text by the shared collator
 * (not the database's collation, which orders differently), value, status, end date, last return.
 */
export function createContractRanks(
  contracts: readonly ContractRecord[],
  lastReturn: readonly LastReturn[],
): ContractRanks {
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
    lastReturn: lazy(() => denseRanks(lastReturn, compareLastReturn)),
  };
  const rankOf = (key: StaticSort) => ranks[key]();
  const referenceOrder = lazy(() => {
    const reference = ranks.reference();
    return sortByKey(Array.from(contracts.keys()), (ci) => reference[ci] ?? 0, 1);
  });
  return Object.assign(rankOf, { referenceOrder });
}
