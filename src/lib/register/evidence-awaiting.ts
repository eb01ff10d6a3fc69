import type { Evidence } from '@/lib/contract';

/** Evidence still waiting for a contract manager's decision: what the register counts per contract. */
export function isAwaitingDecision(evidence: Pick<Evidence, 'status'>): boolean {
  return evidence.status === 'pending' || evidence.status === 'queried';
}
