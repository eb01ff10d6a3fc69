import type { Decision } from '@/lib/contract';

export type DecisionField = 'decision' | 'verifiedQuantity' | 'comment';
export interface FieldError {
  field: DecisionField;
  message: string;
}

export interface DecisionValues {
  decision: Decision | undefined;
  /** As typed: the number input's raw value, so that a half-typed number is not lost. */
  verifiedQuantity: string;
  comment: string;
}

export interface ValidDecision {
  decision: Decision;
  comment: string;
  verifiedQuantity?: number;
}

/** The API's limit on a comment (decisionRequestSchema). */
export const COMMENT_MAX_LENGTH = 2000;

const COMMENT_REQUIRED: Record<Exclude<Decision, 'verify'>, string> = {
  reject: 'Enter a comment saying why you are rejecting this evidence',
  query: 'Enter a comment saying what the supplier needs to clarify',
};

/**
 * Checks a decision before it is sent, with GOV.UK-style messages that say what to do. The
 * API checks the same rules; this is so the user hears about them without a round trip.
 */
export function validateDecision(
  values: DecisionValues,
  claimedQuantity: number,
  formatQuantity: (n: number) => string,
): { ok: true; value: ValidDecision } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const { decision } = values;
  const comment = values.comment.trim();
  let verifiedQuantity: number | undefined;

  if (decision === undefined) {
    errors.push({ field: 'decision', message: 'Select whether to verify, reject or query this evidence' });
  }
  if (decision === 'verify') {
    const typed = values.verifiedQuantity.trim();
    const parsed = Number(typed);
    if (typed === '' || !Number.isFinite(parsed)) {
      errors.push({ field: 'verifiedQuantity', message: 'Enter the verified quantity as a number' });
    } else if (parsed <= 0) {
      errors.push({
        field: 'verifiedQuantity',
        message: 'Verified quantity must be more than 0. To accept none of the claim, reject the evidence',
      });
    } else if (parsed > claimedQuantity) {
      errors.push({
        field: 'verifiedQuantity',
        message: `Verified quantity must be no more than ${formatQuantity(claimedQuantity)}, the quantity claimed`,
      });
    } else {
      verifiedQuantity = parsed;
    }
  }
  if ((decision === 'reject' || decision === 'query') && comment === '') {
    errors.push({ field: 'comment', message: COMMENT_REQUIRED[decision] });
  }
  if (comment.length > COMMENT_MAX_LENGTH) {
    errors.push({ field: 'comment', message: 'Comment must be 2,000 characters or fewer' });
  }

  if (errors.length > 0 || decision === undefined) return { ok: false, errors };
  return {
    ok: true,
    value: verifiedQuantity === undefined ? { decision, comment } : { decision, comment, verifiedQuantity },
  };
}
