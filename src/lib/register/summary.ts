import type { ContractSummary } from '@/lib/contract';
import type { ContractRecord } from '@/lib/demo-data/dataset';
import type { ContractFigures } from '@/lib/figures/contract-figures';
import type { LastReturn } from '@/lib/figures/last-return';

/** A contract as the register lists it: its record, its figures for the view, its last return and queue. */
export function contractSummaryOf(
  record: ContractRecord,
  figures: ContractFigures,
  lastReturn: LastReturn,
  evidenceAwaiting: number,
): ContractSummary {
  return { ...record, rag: figures.rag, headlinePct: figures.headlinePct, lastReturn, evidenceAwaiting };
}
