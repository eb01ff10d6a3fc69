import { z } from 'zod';
import { decisionSchema } from '@/lib/contract';

/**
 * A decision typed but not yet accepted by the API. It is kept in localStorage, keyed by
 * evidence id, so that a reload, a 409 or a failed request never loses the comment.
 */
const draftSchema = z.object({
  decision: decisionSchema.optional(),
  comment: z.string(),
  verifiedQuantity: z.string().optional(),
});
export type DecisionDraft = z.infer<typeof draftSchema>;

export function draftKey(evidenceId: string): string {
  return `svm.draft.${evidenceId}`;
}

function isEmpty(draft: DecisionDraft): boolean {
  return draft.decision === undefined && draft.comment.trim() === '';
}

export function readDraft(evidenceId: string): DecisionDraft | null {
  let raw: string | null;
  try {
    raw = localStorage.getItem(draftKey(evidenceId));
  } catch {
    // Storage can be switched off (private browsing, policy): the form still works without drafts.
    return null;
  }
  if (raw === null) return null;
  try {
    const result = draftSchema.safeParse(JSON.parse(raw));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export function writeDraft(evidenceId: string, draft: DecisionDraft): void {
  try {
    if (isEmpty(draft)) localStorage.removeItem(draftKey(evidenceId));
    else localStorage.setItem(draftKey(evidenceId), JSON.stringify(draft));
  } catch {
    // A full or disabled store only costs the draft, never the decision itself.
  }
}

export function clearDraft(evidenceId: string): void {
  try {
    localStorage.removeItem(draftKey(evidenceId));
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
