import type { AuditAction } from '@/lib/contract';

/** What each kind of event did, as the log's action column and filter say it. */
export const ACTION_LABELS: Record<AuditAction, string> = {
  uploaded: 'Uploaded',
  verify: 'Verified',
  reject: 'Rejected',
  query: 'Queried',
};
