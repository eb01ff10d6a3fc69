/**
 * The columns that make up the contract's records, selected in the contract's own key order so
 * that the server's JSON reads exactly as the mock's. Evidence carries facts of its contract.
 */
import { eq } from 'drizzle-orm';
import type { AuditEvent, Evidence } from '@/lib/contract';
import type { Tx } from '../db/client';
import * as t from '../db/schema';

export const evidenceColumns = {
  id: t.evidence.id,
  returnId: t.evidence.returnId,
  contractId: t.evidence.contractId,
  contractReference: t.contracts.reference,
  contractTitle: t.contracts.title,
  managerId: t.contracts.managerId,
  commitmentId: t.evidence.commitmentId,
  measureCode: t.evidence.measureCode,
  area: t.evidence.area,
  quarter: t.evidence.quarter,
  type: t.evidence.type,
  fileName: t.evidence.fileName,
  mediaType: t.evidence.mediaType,
  sizeBytes: t.evidence.sizeBytes,
  uploadedBy: t.evidence.uploadedBy,
  uploadedAt: t.evidence.uploadedAt,
  claimedQuantity: t.evidence.claimedQuantity,
  verifiedQuantity: t.evidence.verifiedQuantity,
  status: t.evidence.status,
  version: t.evidence.version,
  narrative: t.evidence.narrative,
};

export const auditColumns = {
  id: t.auditEvents.id,
  at: t.auditEvents.at,
  userId: t.auditEvents.userId,
  userName: t.auditEvents.userName,
  role: t.auditEvents.role,
  evidenceId: t.auditEvents.evidenceId,
  contractId: t.auditEvents.contractId,
  contractReference: t.auditEvents.contractReference,
  action: t.auditEvents.action,
  fromStatus: t.auditEvents.fromStatus,
  toStatus: t.auditEvents.toStatus,
  verifiedQuantity: t.auditEvents.verifiedQuantity,
  comment: t.auditEvents.comment,
};

/**
 * The database holds what the services wrote through the contract's types (enums as text), so
 * rows are the contract's records; these casts are where that is taken on trust.
 */
export function asEvidence(row: Record<keyof typeof evidenceColumns, unknown>): Evidence {
  return row as Evidence;
}

export function asAuditEvent(row: Record<keyof typeof auditColumns, unknown>): AuditEvent {
  return row as AuditEvent;
}

export function selectEvidence(tx: Tx) {
  return tx.select(evidenceColumns).from(t.evidence).innerJoin(t.contracts, eq(t.contracts.id, t.evidence.contractId));
}
