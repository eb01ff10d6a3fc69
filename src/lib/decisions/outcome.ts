import type { AuditEvent, Decision, DecisionRequest, Evidence, User, VerificationStatus } from '@/lib/contract';
import { invalid } from '@/lib/contract/problems';

const OUTCOME: Record<Decision, VerificationStatus> = { verify: 'verified', reject: 'rejected', query: 'queried' };

export interface DecisionOutcome {
  status: VerificationStatus;
  verifiedQuantity: number;
}

/**
 * What a decision does to a piece of evidence, or the 400 refusing it:
 * - verifying accepts the claimed quantity unless told less; it must be more than 0 (to accept
 *   none of it, reject) and no more than claimed. Rejecting or querying sets it to 0, as only
 *   verified evidence counts towards the verified figure;
 * - any decision may follow any other, so a verification can be revisited, except one that
 *   would change nothing (verify at the same quantity, or reject, what already stands).
 *   Querying again is allowed: it asks a further question.
 * The version check (409) comes first and is the caller's, since only it knows the current state.
 */
export function decisionOutcome(
  evidence: Pick<Evidence, 'status' | 'claimedQuantity' | 'verifiedQuantity'>,
  request: DecisionRequest,
): DecisionOutcome {
  const status = OUTCOME[request.decision];
  const verifiedQuantity = request.decision === 'verify' ? (request.verifiedQuantity ?? evidence.claimedQuantity) : 0;
  if (request.decision === 'verify' && verifiedQuantity > evidence.claimedQuantity) {
    throw invalid('The verified quantity is more than was claimed.', [
      { name: 'verifiedQuantity', reason: `Must be no more than the claimed quantity, ${evidence.claimedQuantity}` },
    ]);
  }
  if (request.decision === 'verify' && verifiedQuantity <= 0) {
    throw invalid('A verification must accept some of the claim.', [
      { name: 'verifiedQuantity', reason: 'Must be more than 0; to accept none of the claim, reject the evidence' },
    ]);
  }
  if (request.decision !== 'query' && status === evidence.status && verifiedQuantity === evidence.verifiedQuantity) {
    throw invalid('The decision would change nothing.', [
      {
        name: 'decision',
        reason: `The evidence is already ${status}${status === 'verified' ? ' at this quantity' : ''}`,
      },
    ]);
  }
  return { status, verifiedQuantity };
}

/** The audit event a decision appends: one per new version of the evidence. */
export function decisionEvent(
  evidence: Pick<Evidence, 'id' | 'contractId' | 'contractReference' | 'status' | 'version'>,
  outcome: DecisionOutcome,
  request: DecisionRequest,
  user: User,
  at: string,
): AuditEvent {
  return {
    id: `decision-${evidence.id}-v${evidence.version + 1}`,
    at,
    userId: user.id,
    userName: user.name,
    role: user.role,
    evidenceId: evidence.id,
    contractId: evidence.contractId,
    contractReference: evidence.contractReference,
    action: request.decision,
    fromStatus: evidence.status,
    toStatus: outcome.status,
    verifiedQuantity: request.decision === 'verify' ? outcome.verifiedQuantity : null,
    comment: request.comment.trim(),
  };
}

/** The time a decision is recorded at: now, but never before the evidence's last event, so trails stay in order. */
export function decisionTime(lastEventAt: string | undefined, now: Date): string {
  const lastTime = lastEventAt ? Date.parse(lastEventAt) + 1000 : -Infinity;
  return new Date(Math.max(now.getTime(), lastTime)).toISOString();
}

/** A return's verified figure: the sum of its evidence's verified quantities, in evidence order. */
export function returnVerified(quantities: Iterable<number>): number {
  let verified = 0;
  for (const q of quantities) verified += q;
  // Quantities carry a few decimals at most; rounding stops float sums reading 0.30000000000000004.
  return Math.round(verified * 1e6) / 1e6;
}
