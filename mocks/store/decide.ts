import type {
  AuditEvent,
  Decision,
  DecisionRequest,
  Evidence,
  EvidenceDetail,
  Role,
  User,
  VerificationStatus,
} from '@/lib/contract';
import { at } from './at';
import type { AuditTimeline } from './audit';
import { evidenceDetail, evidenceIndexOf } from './evidence';
import type { FiguresCache } from './figures-cache';
import { forbidden, invalid, staleVersion, unauthenticated } from '@/lib/contract/problems';
import { groupOf, isAwaitingDecision, STATUS_BITS, type StoreState } from './state';

const OUTCOME: Record<Decision, VerificationStatus> = { verify: 'verified', reject: 'rejected', query: 'queried' };
const PAST_TENSE: Record<AuditEvent['action'], string> = {
  uploaded: 'uploaded',
  verify: 'verified',
  reject: 'rejected',
  query: 'queried',
};
const ROLE_NAME: Record<Role | 'supplier', string> = {
  director: 'director',
  'contract-manager': 'contract manager',
  auditor: 'auditor',
  supplier: 'supplier',
};

export function resolveUser(state: StoreState, userId: string): User {
  const user = state.users.get(userId);
  if (!user)
    throw unauthenticated(`There is no demo user with the id "${userId}". Choose a user from the reference data.`);
  return user;
}

/** The user, if they may decide on evidence: 401 for an unknown user, 403 for a role that may not. */
export function authoriseDecision(state: StoreState, userId: string): User {
  const user = resolveUser(state, userId);
  if (user.role !== 'contract-manager') {
    throw forbidden(
      `Only contract managers can verify, reject or query evidence. ${user.name} is signed in as ${
        user.role === 'auditor' ? 'an' : 'a'
      } ${ROLE_NAME[user.role]}.`,
    );
  }
  return user;
}

function describeEvent(event: AuditEvent): string {
  const when = `${event.at.slice(0, 10)} at ${event.at.slice(11, 16)}`;
  const quantity = event.action === 'verify' && event.verifiedQuantity !== null ? ` (${event.verifiedQuantity})` : '';
  const comment = event.comment ? ` with the comment "${event.comment}"` : '';
  return `${event.userName} (${ROLE_NAME[event.role]}) ${PAST_TENSE[event.action]} it${quantity} on ${when}${comment}`;
}

function staleDetail(current: EvidenceDetail, version: number): string {
  const last = current.audit.at(-1);
  const since = last ? ` Since then, ${describeEvent(last)}.` : '';
  return (
    `This evidence changed after you opened it: you decided on version ${version}, it is now at version ` +
    `${current.evidence.version}.${since} Check the current state and decide again if you still need to.`
  );
}

export interface DecisionContext {
  state: StoreState;
  cache: FiguresCache;
  timeline: AuditTimeline;
  now: Date;
  /** A replayed decision keeps the time it was first made at. */
  at?: string;
}

/**
 * Verify, reject or query a piece of evidence. The rules:
 * - only a contract manager may decide (403 otherwise; 401 for an unknown user);
 * - the decision must carry the version it was read at (409 with the current state otherwise);
 * - verifying accepts the claimed quantity unless told less; it must be more than 0 (to accept
 *   none of it, reject) and no more than claimed (400). Rejecting or querying sets it to 0, as
 *   only verified evidence counts towards the verified figure;
 * - any decision may follow any other, so a verification can be revisited, except one that
 *   would change nothing (verify at the same quantity, or reject, what already stands: 400).
 *   Querying again is allowed: it asks a further question.
 * On success the evidence moves to its new status and version, its return's verified figure is
 * recomputed from its evidence, an audit event is appended and cached figures are invalidated.
 */
export function decide(
  ctx: DecisionContext,
  evidenceId: string,
  request: DecisionRequest,
  userId: string,
): { detail: EvidenceDetail; at: string } {
  const { state } = ctx;
  const user = authoriseDecision(state, userId);
  const index = evidenceIndexOf(state, evidenceId);
  const evidence = at(state.evidence, index);
  if (request.version !== evidence.version) {
    const current = evidenceDetail(state, evidenceId);
    throw staleVersion(staleDetail(current, request.version), current);
  }

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

  const when = ctx.at ?? decisionTime(state, evidenceId, ctx.now);
  const updated = { ...evidence, status, verifiedQuantity, version: evidence.version + 1 };
  state.evidence[index] = updated;
  state.evidenceStatus[index] = STATUS_BITS[status];
  const ci = state.contractIndex.get(evidence.contractId);
  if (ci !== undefined) {
    const change = Number(isAwaitingDecision(updated)) - Number(isAwaitingDecision(evidence));
    state.evidenceAwaiting[ci] = (state.evidenceAwaiting[ci] ?? 0) + change;
  }
  const commitment = recomputeReturn(state, evidence);

  const event: AuditEvent = {
    id: `decision-${evidenceId}-v${updated.version}`,
    at: when,
    userId: user.id,
    userName: user.name,
    role: user.role,
    evidenceId,
    contractId: evidence.contractId,
    contractReference: evidence.contractReference,
    action: request.decision,
    fromStatus: evidence.status,
    toStatus: status,
    verifiedQuantity: request.decision === 'verify' ? verifiedQuantity : null,
    comment: request.comment.trim(),
  };
  state.audit.push(event);
  const trail = state.auditAdded.get(evidenceId);
  if (trail) trail.push(event);
  else state.auditAdded.set(evidenceId, [event]);
  ctx.timeline.added(event);
  if (commitment !== null && ci !== undefined) ctx.cache.invalidate(commitment, ci);
  return { detail: evidenceDetail(state, evidenceId), at: when };
}

/** A return's verified figure is the sum of its evidence's verified quantities. Returns its commitment. */
function recomputeReturn(state: StoreState, evidence: Evidence): number | null {
  const k = state.commitmentIndex.get(evidence.commitmentId);
  const list = k === undefined ? undefined : state.returnsByCommitment[k];
  const position = list?.findIndex((r) => r.id === evidence.returnId) ?? -1;
  const current = list?.[position];
  if (k === undefined || !list || !current) return null;
  let verified = 0;
  for (const i of groupOf(state.evidenceByCommitment(), k)) {
    const e = state.evidence[i];
    if (e?.returnId === evidence.returnId) verified += e.verifiedQuantity;
  }
  // Quantities carry a few decimals at most; rounding stops float sums reading 0.30000000000000004.
  list[position] = { ...current, verified: Math.round(verified * 1e6) / 1e6 };
  return k;
}

/** The time a new decision is recorded at: now, but never before the evidence's last event, so trails stay in order. */
function decisionTime(state: StoreState, evidenceId: string, now: Date): string {
  const last = evidenceDetail(state, evidenceId).audit.at(-1);
  const lastTime = last ? Date.parse(last.at) + 1000 : -Infinity;
  return new Date(Math.max(now.getTime(), lastTime)).toISOString();
}
