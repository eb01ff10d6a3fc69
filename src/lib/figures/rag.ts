import type { Basis, Figures, Rag } from '@/lib/contract';

/** Thresholds from the brief: green at or above 95% of expected, amber from 75%, red below. */
export const RAG_THRESHOLDS = { green: 0.95, amber: 0.75 } as const;

/** Delivered as a percentage of expected, or null when nothing is expected yet. */
export function percentOfExpected(delivered: number, expected: number): number | null {
  if (expected <= 0) return null;
  return (delivered / expected) * 100;
}

export function ragFor(delivered: number, expected: number): Rag {
  if (expected <= 0) return 'not-due';
  const ratio = delivered / expected;
  if (ratio >= RAG_THRESHOLDS.green) return 'green';
  if (ratio >= RAG_THRESHOLDS.amber) return 'amber';
  return 'red';
}

export function deliveredOn(figures: Figures, basis: Basis): number {
  return basis === 'claimed' ? figures.claimed : figures.verified;
}

export function ragOfFigures(figures: Figures, basis: Basis): Rag {
  return ragFor(deliveredOn(figures, basis), figures.expected);
}

/** Delivery against expected on one basis: what every figures breakdown shows beside the four figures. */
export interface DeliveryProgress {
  /** Delivered as a percentage of expected; null when nothing is due. */
  pct: number | null;
  rag: Rag;
}

export function deliveryProgress(figures: Figures, basis: Basis): DeliveryProgress {
  return { pct: percentOfExpected(deliveredOn(figures, basis), figures.expected), rag: ragOfFigures(figures, basis) };
}

const SEVERITY: Record<Rag, number> = { red: 3, amber: 2, green: 1, 'not-due': 0 };

/** A contract's RAG is the worst of its headline commitments' RAGs. */
export function worstRag(rags: Iterable<Rag>): Rag {
  let worst: Rag = 'not-due';
  for (const rag of rags) if (SEVERITY[rag] > SEVERITY[worst]) worst = rag;
  return worst;
}

/** For sorting: red first. */
export function ragSeverity(rag: Rag): number {
  return SEVERITY[rag];
}
