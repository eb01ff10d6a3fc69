import { z } from 'zod';
import { evidenceQuerySchema, type EvidenceQuery, type VerificationStatus } from '@/lib/contract';

/** The queue page's URL: the API's evidence query plus the item open beside the list. */
export const queueSearchSchema = evidenceQuerySchema.extend({
  selected: z.string().trim().min(1).max(200).optional(),
});
export type QueueSearch = z.infer<typeof queueSearchSchema>;

/** What the API shows when no status is chosen: the work still to do. */
export const QUEUE_DEFAULT_STATUSES: readonly VerificationStatus[] = ['pending', 'queried'];

/** The API request for the list: everything in the URL except which item is open. */
export function toEvidenceQuery({ selected: _selected, ...query }: QueueSearch): EvidenceQuery {
  return query;
}

/** The statuses the queue is showing, spelling out the default. */
export function shownStatuses(status: readonly VerificationStatus[]): readonly VerificationStatus[] {
  return status.length > 0 ? status : QUEUE_DEFAULT_STATUSES;
}

/**
 * The `status` parameter for a set of ticked statuses: none, or exactly the default, is the
 * default queue (no parameter), so one view has one URL.
 */
export function statusParam(ticked: readonly VerificationStatus[]): VerificationStatus[] {
  const isDefault =
    ticked.length === QUEUE_DEFAULT_STATUSES.length && QUEUE_DEFAULT_STATUSES.every((s) => ticked.includes(s));
  return isDefault ? [] : [...ticked];
}
