/**
 * Figures worked out straight from a data set by plain arithmetic on profiles and returns, as the
 * brief defines them, to check the mock API without trusting its own aggregation.
 */
import type { Commitment, Figures, Rag, SupplierReturn } from '@/lib/contract';
import type { Dataset } from '@/lib/demo-data/dataset';

export function serial(quarter: string): number {
  const match = /^(\d{4})-\d{2}-Q([1-4])$/.exec(quarter);
  if (!match) throw new Error(`Not a quarter: ${quarter}`);
  return Number(match[1]) * 4 + Number(match[2]) - 1;
}

/** `all`, `2025-26` or `2025-26-Q2`. */
export function inPeriod(period: string, quarter: string): boolean {
  return period === 'all' || quarter === period || quarter.startsWith(`${period}-Q`);
}

export function returnsByCommitment(dataset: Dataset): Map<string, SupplierReturn[]> {
  const out = new Map<string, SupplierReturn[]>();
  for (const r of dataset.returns) out.set(r.commitmentId, [...(out.get(r.commitmentId) ?? []), r]);
  return out;
}

export function plainFigures(
  dataset: Dataset,
  returns: Map<string, SupplierReturn[]>,
  commitment: Commitment,
  period = 'all',
): Figures {
  const reporting = serial(dataset.reference.reportingQuarter);
  const figures = { pledged: 0, expected: 0, claimed: 0, verified: 0 };
  for (const { quarter, quantity } of commitment.profile) {
    if (!inPeriod(period, quarter)) continue;
    figures.pledged += quantity;
    if (serial(quarter) <= reporting) figures.expected += quantity;
  }
  for (const r of returns.get(commitment.id) ?? []) {
    if (!inPeriod(period, r.quarter)) continue;
    figures.claimed += r.claimed;
    figures.verified += r.verified;
  }
  return figures;
}

export function plainRag(delivered: number, expected: number): Rag {
  if (expected <= 0) return 'not-due';
  const ratio = delivered / expected;
  return ratio >= 0.95 ? 'green' : ratio >= 0.75 ? 'amber' : 'red';
}

const SEVERITY: Record<Rag, number> = { 'not-due': 0, green: 1, amber: 2, red: 3 };

export function plainWorst(rags: Rag[]): Rag {
  return rags.reduce<Rag>((worst, rag) => (SEVERITY[rag] > SEVERITY[worst] ? rag : worst), 'not-due');
}

/** A contract's RAG: the worst of its headline commitments' RAGs on verified figures, all time. */
export function plainContractRag(dataset: Dataset, returns: Map<string, SupplierReturn[]>, contractId: string): Rag {
  const headline = new Set(dataset.reference.measures.filter((m) => m.headline).map((m) => m.code));
  return plainWorst(
    dataset.commitments
      .filter((c) => c.contractId === contractId && headline.has(c.measureCode))
      .map((c) => {
        const f = plainFigures(dataset, returns, c);
        return plainRag(f.verified, f.expected);
      }),
  );
}
