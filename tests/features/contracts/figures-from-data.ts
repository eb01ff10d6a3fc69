/**
 * Figures worked out straight from the generated data set, by plain arithmetic on profiles and
 * returns as the brief defines them, so tests check what the pages show without trusting the
 * mock API's (or the app's) own aggregation.
 */
import { mockDataset } from '@mocks/node';
import type { Basis, Commitment, Rag } from '@/lib/contract';

const { reference } = mockDataset;

function serial(quarter: string): number {
  const match = /^(\d{4})-\d{2}-Q([1-4])$/.exec(quarter);
  if (!match) throw new Error(`Not a quarter: ${quarter}`);
  return Number(match[1]) * 4 + Number(match[2]);
}

const reportingSerial = serial(reference.reportingQuarter);

const returnsByCommitment = new Map<string, (typeof mockDataset.returns)[number][]>();
for (const r of mockDataset.returns) {
  const list = returnsByCommitment.get(r.commitmentId) ?? [];
  list.push(r);
  returnsByCommitment.set(r.commitmentId, list);
}

export interface PlainFigures {
  pledged: number;
  expected: number;
  claimed: number;
  verified: number;
}

/** All time: the whole pledge, the profile up to the reporting quarter, every return's claims. */
export function figuresOf(commitment: Commitment): PlainFigures {
  let pledged = 0;
  let expected = 0;
  for (const { quarter, quantity } of commitment.profile) {
    pledged += quantity;
    if (serial(quarter) <= reportingSerial) expected += quantity;
  }
  let claimed = 0;
  let verified = 0;
  for (const r of returnsByCommitment.get(commitment.id) ?? []) {
    claimed += r.claimed;
    verified += r.verified;
  }
  return { pledged, expected, claimed, verified };
}

export function ragOf(figures: PlainFigures, basis: Basis): Rag {
  if (figures.expected <= 0) return 'not-due';
  const ratio = figures[basis] / figures.expected;
  return ratio >= 0.95 ? 'green' : ratio >= 0.75 ? 'amber' : 'red';
}

const worstFirst: Rag[] = ['red', 'amber', 'green', 'not-due'];

export function isHeadline(measureCode: string): boolean {
  return reference.measures.some((m) => m.code === measureCode && m.headline !== null);
}

/** A contract's RAG: the worst of its headline commitments'. */
export function contractRag(contractId: string, basis: Basis): Rag {
  const rags = mockDataset.commitments
    .filter((c) => c.contractId === contractId && isHeadline(c.measureCode))
    .map((c) => ragOf(figuresOf(c), basis));
  return worstFirst.find((rag) => rags.includes(rag)) ?? 'not-due';
}

export function contractsWhere(predicate: (contract: (typeof mockDataset.contracts)[number]) => boolean) {
  return mockDataset.contracts.filter(predicate);
}

export { mockDataset };
