import type { VerificationStatus } from '@/lib/contract';

/** The statuses still waiting for a decision: what the queue lists when no status is chosen. */
export const AWAITING_DECISION: readonly VerificationStatus[] = ['pending', 'queried'];

/** Evidence waiting longer than this for a decision is overdue (the authority's 30-day target). */
export const OVERDUE_AFTER_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whole days between an upload and the data set's as-of date. Measured against as-of rather
 * than today so the demo's figures stay the same whenever it is opened.
 */
export function daysWaiting(uploadedAt: string, asOf: string): number {
  const uploadedDay = Date.parse(`${uploadedAt.slice(0, 10)}T00:00:00Z`);
  const asOfDay = Date.parse(`${asOf}T00:00:00Z`);
  return Math.max(0, Math.round((asOfDay - uploadedDay) / DAY_MS));
}

export function isAwaitingDecision(status: VerificationStatus): boolean {
  return AWAITING_DECISION.includes(status);
}

export function isOverdue(evidence: { uploadedAt: string; status: VerificationStatus }, asOf: string): boolean {
  return isAwaitingDecision(evidence.status) && daysWaiting(evidence.uploadedAt, asOf) > OVERDUE_AFTER_DAYS;
}
