/**
 * Decisions on evidence, each in one transaction: lock the evidence row, check the version the
 * decision was made on (409 with the current state if it moved), apply the shared rules, then
 * update the evidence and its return's verified figure, record the decision and its audit event,
 * and bump the data version. Racing requests on one item queue on the row lock; the first
 * moves the version on, so every other one is stale: exactly one wins.
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import type { DecisionRequest, EvidenceDetail, User } from '@/lib/contract';
import {
  decisionEvent,
  decisionOutcome,
  decisionTime,
  evidenceNotFound,
  returnVerified,
  staleDecision,
} from '@/lib/decisions';
import type { Db } from '../db/client';
import * as t from '../db/schema';
import { evidenceDetailIn } from './evidence';
import { asEvidence, evidenceColumns } from './rows';
import { bumpDataVersion } from './settings';

export interface DecisionService {
  /** The caller has checked the user may decide (server/auth/policy.ts). */
  decide(evidenceId: string, request: DecisionRequest, user: User): Promise<EvidenceDetail>;
}

export function createDecisionService(db: Db, now: () => Date = () => new Date()): DecisionService {
  return {
    decide: (evidenceId, request, user) =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .select(evidenceColumns)
          .from(t.evidence)
          .innerJoin(t.contracts, eq(t.contracts.id, t.evidence.contractId))
          .where(eq(t.evidence.id, evidenceId))
          .for('update', { of: t.evidence });
        if (!row) throw evidenceNotFound(evidenceId);
        const evidence = asEvidence(row);
        if (request.version !== evidence.version) {
          throw staleDecision(await evidenceDetailIn(tx, evidenceId), request.version);
        }
        const outcome = decisionOutcome(evidence, request);
        const [last] = await tx
          .select({ at: t.auditEvents.at })
          .from(t.auditEvents)
          .where(eq(t.auditEvents.evidenceId, evidenceId))
          .orderBy(desc(t.auditEvents.seq))
          .limit(1);
        const at = decisionTime(last?.at, now());

        await tx
          .update(t.evidence)
          .set({ status: outcome.status, verifiedQuantity: outcome.verifiedQuantity, version: evidence.version + 1 })
          .where(and(eq(t.evidence.id, evidenceId), eq(t.evidence.version, evidence.version)));
        const quantities = await tx
          .select({ q: t.evidence.verifiedQuantity })
          .from(t.evidence)
          .where(eq(t.evidence.returnId, evidence.returnId))
          .orderBy(asc(t.evidence.ordinal));
        await tx
          .update(t.supplierReturns)
          .set({ verified: returnVerified(quantities.map((r) => r.q)) })
          .where(eq(t.supplierReturns.id, evidence.returnId));
        await tx.insert(t.decisions).values({
          evidenceId,
          userId: user.id,
          decision: request.decision,
          comment: request.comment.trim(),
          verifiedQuantity: request.decision === 'verify' ? outcome.verifiedQuantity : null,
          version: evidence.version,
          at,
        });
        await tx.insert(t.auditEvents).values(decisionEvent(evidence, outcome, request, user, at));
        await bumpDataVersion(tx);
        return evidenceDetailIn(tx, evidenceId);
      }),
  };
}
