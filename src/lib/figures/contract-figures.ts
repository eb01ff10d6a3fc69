import type { Basis, Figures, Headline, Rag } from '@/lib/contract';
import { addFigures, roundFigures } from './figures';
import { deliveredOn, percentOfExpected, ragOfFigures, worstRag } from './rag';
import { emptyHeadlineFigures, HEADLINES } from './summary';

/** What the register shows of a contract's delivery: its RAG and % of expected per headline outcome. */
export interface ContractFigures {
  rag: Rag;
  headlinePct: Record<Headline, number | null>;
}

/** One commitment's part in its contract's figures: its measure's headline (if any) and its figures. */
export interface CommitmentPart {
  headline: Headline | null | undefined;
  figures: Figures;
}

/**
 * A contract's RAG and headline percentages from a set of its commitments: RAG is the worst of
 * the headline commitments' RAGs (each on its own figures); the percentage per headline outcome
 * is delivered over expected summed across the commitments for it (null when nothing is due).
 */
export function contractFigures(parts: Iterable<CommitmentPart>, basis: Basis): ContractFigures {
  const totals = emptyHeadlineFigures();
  const rags: Rag[] = [];
  for (const { headline, figures } of parts) {
    if (!headline) continue;
    totals[headline] = addFigures(totals[headline], figures);
    rags.push(ragOfFigures(figures, basis));
  }
  const headlinePct = {} as Record<Headline, number | null>;
  for (const h of HEADLINES) {
    const total = roundFigures(totals[h]);
    headlinePct[h] = percentOfExpected(deliveredOn(total, basis), total.expected);
  }
  return { rag: worstRag(rags), headlinePct };
}
