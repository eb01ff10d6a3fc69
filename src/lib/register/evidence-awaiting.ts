import type { Evidence, VerificationStatus } from '@/lib/contract';

/** The statuses of evidence still waiting for a contract manager's decision. */
export const AWAITING_STATUSES: readonly VerificationStatus[] = ['pending', 'queried'];

/** Evidence still waiting for a decision: what the register counts per contract. */
export function isAwaitingDecision(evidence: Pick<Evidence, 'status'>): boolean {
  return AWAITING_STATUSES.includes(evidence.status);
}
