import type { DecisionRequest, Evidence, EvidenceDetail, User } from '@/lib/contract';
import {
  decisionEvent,
  decisionOutcome,
  decisionRefusal,
  decisionTime,
  returnVerified,
  staleDecision,
  unknownUser,
} from '@/lib/decisions';
import { at } from './at';
import type { AuditTimeline } from './audit';
import { evidenceDetail, evidenceIndexOf } from './evidence';
import type { FiguresCache } from './figures-cache';
import { groupOf, isAwaitingDecision, STATUS_BITS, type StoreState } from './state';

export function resolveUser(state: StoreState, userId: string): User {
  const user = state.users.get(userId);
  if (!user) throw unknownUser(userId);
  return user;
}

/** The user, if they may decide on evidence: 401 for an unknown user, 403 for a role that may not. */
export function authoriseDecision(state: StoreState, userId: string): User {
  const user = resolveUser(state, userId);
  const refusal = decisionRefusal(user);
  if (refusal) throw refusal;
  return user;
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
 * Verify, reject or query a piece of evidence, by the rules in `@/lib/decisions`: only a
 * contract manager may decide (403; 401 for an unknown user); the decision must carry the
 * version it was read at (409 with the current state); the outcome rules of `decisionOutcome` (400).
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
  if (request.version !== evidence.version) throw staleDecision(evidenceDetail(state, evidenceId), request.version);

  const { status, verifiedQuantity } = decisionOutcome(evidence, request);

  const when = ctx.at ?? decisionTime(evidenceDetail(state, evidenceId).audit.at(-1)?.at, ctx.now);
  const updated = { ...evidence, status, verifiedQuantity, version: evidence.version + 1 };
  state.evidence[index] = updated;
  state.evidenceStatus[index] = STATUS_BITS[status];
  const ci = state.contractIndex.get(evidence.contractId);
  if (ci !== undefined) {
    const change = Number(isAwaitingDecision(updated)) - Number(isAwaitingDecision(evidence));
    state.evidenceAwaiting[ci] = (state.evidenceAwaiting[ci] ?? 0) + change;
  }
  const commitment = recomputeReturn(state, evidence);

  const event = decisionEvent(evidence, { status, verifiedQuantity }, request, user, when);
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
  const quantities: number[] = [];
  for (const i of groupOf(state.evidenceByCommitment(), k)) {
    const e = state.evidence[i];
    if (e?.returnId === evidence.returnId) quantities.push(e.verifiedQuantity);
  }
  list[position] = { ...current, verified: returnVerified(quantities) };
  return k;
}
