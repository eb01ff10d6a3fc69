import type { Evidence } from '@/lib/contract';
import { isAwaitingDecision as isAwaitingStatus } from '@/lib/domain/waiting';

/** Evidence still waiting for a decision: what the register counts per contract. */
export function isAwaitingDecision(evidence: Pick<Evidence, 'status'>): boolean {
  return isAwaitingStatus(evidence.status);
}
