import type { AuditQuery, ReferenceData } from '@/lib/contract';
import { userName } from '@/lib/domain/reference-index';
import { AUDIT_ACTION_LABELS, formatDate } from '@/lib/format';

/** The log's filters in words, for the table caption and an export's notes: ['From 1 April 2025', …]. */
export function auditFilterWords(query: AuditQuery, reference: ReferenceData | undefined): string[] {
  const words: string[] = [];
  if (query.from) words.push(`From ${formatDate(query.from)}`);
  if (query.to) words.push(`To ${formatDate(query.to)}`);
  if (query.user) words.push(`By ${userName(reference, query.user)}`);
  if (query.action.length > 0) words.push(`Action: ${query.action.map((a) => AUDIT_ACTION_LABELS[a]).join(' or ')}`);
  if (query.contractId) words.push(`Contract ${query.contractId}`);
  if (query.evidenceId) words.push(`Evidence ${query.evidenceId}`);
  return words;
}
