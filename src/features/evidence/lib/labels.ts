import type { AuditEvent, Decision } from '@/lib/contract';
import { roleLabel } from '@/lib/format';

export const DECISION_LABELS: Record<Decision, string> = { verify: 'Verify', reject: 'Reject', query: 'Query' };

/** What a decision did, for sentences such as "Sam Patel verified it". */
export const DECISION_PAST: Record<Decision, string> = { verify: 'verified', reject: 'rejected', query: 'queried' };

/** "a director", "an auditor": for sentences about the signed-in user's role. */
export function withArticle(role: AuditEvent['role']): string {
  const label = roleLabel(role).toLowerCase();
  return /^[aeiou]/.test(label) ? `an ${label}` : `a ${label}`;
}
