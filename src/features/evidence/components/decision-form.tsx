import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Notice } from '@/components/notice';
import { ProblemError } from '@/lib/api/client';
import { decisionSchema, type Decision, type EvidenceDetail, type Unit } from '@/lib/contract';
import { unitLabel } from '@/lib/format';
import { refreshAfterDecision, useDecideEvidence } from '../api/decide-evidence';
import { clearDraft, readDraft, writeDraft } from '../lib/decision-draft';
import { DECISION_LABELS, DECISION_PAST } from '../lib/labels';
import { quantityText } from '../lib/quantity';
import { useErrorTitle } from '../lib/use-error-title';
import { validateDecision, type DecisionField, type DecisionValues, type FieldError } from '../lib/validate-decision';
import { ConflictNotice } from './conflict-notice';
import { ErrorSummary } from './error-summary';
import { FailureNotice } from './failure-notice';
import { Heading, subHeading, type HeadingLevel } from './heading';

interface Props {
  detail: EvidenceDetail;
  unit: Unit | undefined;
  headingLevel: HeadingLevel;
  onDecided?: (detail: EvidenceDetail) => void;
}

const DECISION_HINTS: Record<Decision, string> = {
  verify: 'The evidence supports the quantity claimed, or part of it.',
  reject: 'The evidence does not support the claim. Say why in the comment.',
  query: 'You need more from the supplier before deciding. Say what in the comment.',
};

const API_FIELDS = new Set<string>(['decision', 'verifiedQuantity', 'comment']);

function isDecisionField(name: string): name is DecisionField {
  return API_FIELDS.has(name);
}

/** The API's 400 names fields; those it names here are shown like the form's own errors. */
function fieldErrorsFrom(error: unknown): FieldError[] {
  if (!(error instanceof ProblemError) || error.status !== 400) return [];
  return (error.problem.errors ?? []).flatMap((e) =>
    isDecisionField(e.name) ? [{ field: e.name, message: e.reason }] : [],
  );
}

function conflictFrom(error: unknown): EvidenceDetail | null {
  return error instanceof ProblemError && error.status === 409 ? (error.problem.current ?? null) : null;
}

/**
 * Verify, reject or query one evidence item. The decision carries the version the user read;
 * what they type is kept as a draft until the API accepts it, through a reload, a conflict
 * (409) or a failure.
 */
export function DecisionForm({ detail, unit, headingLevel, onDecided }: Props) {
  const { evidence } = detail;
  const evidenceId = evidence.id;
  const queryClient = useQueryClient();
  const mutation = useDecideEvidence(evidenceId);
  const idPrefix = useId();
  const fieldIds: Record<DecisionField, string> = {
    decision: `${idPrefix}-verify`,
    verifiedQuantity: `${idPrefix}-quantity`,
    comment: `${idPrefix}-comment`,
  };
  const headingId = `${idPrefix}-heading`;
  const inner = subHeading(headingLevel);

  const [restored] = useState(() => readDraft(evidenceId));
  const [values, setValues] = useState<DecisionValues>(() => ({
    decision: restored?.decision,
    verifiedQuantity: restored?.verifiedQuantity ?? String(evidence.claimedQuantity),
    comment: restored?.comment ?? '',
  }));
  // The version this decision is based on: moves on only when the user has seen a newer one.
  const [version, setVersion] = useState(evidence.version);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState<EvidenceDetail | null>(null);
  const [recorded, setRecorded] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useErrorTitle(errors.length > 0);

  useEffect(() => {
    writeDraft(evidenceId, {
      decision: values.decision,
      comment: values.comment,
      verifiedQuantity: values.decision === 'verify' ? values.verifiedQuantity : undefined,
    });
  }, [evidenceId, values]);

  useEffect(() => {
    if (errors.length > 0) summaryRef.current?.focus();
  }, [errors]);

  function update(patch: Partial<DecisionValues>) {
    setValues((current) => ({ ...current, ...patch }));
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (mutation.isPending) return;
    setRecorded('');
    const result = validateDecision(values, evidence.claimedQuantity, (n) => quantityText(n, unit));
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    mutation.mutate(
      { ...result.value, version },
      {
        onSuccess: (decided) => {
          clearDraft(evidenceId);
          setValues({ decision: undefined, verifiedQuantity: String(decided.evidence.claimedQuantity), comment: '' });
          setVersion(decided.evidence.version);
          setConflict(null);
          const quantity =
            result.value.decision === 'verify'
              ? ` with ${quantityText(decided.evidence.verifiedQuantity, unit)} verified`
              : '';
          setRecorded(
            `Decision recorded: you ${DECISION_PAST[result.value.decision]} ${evidence.fileName}${quantity}.`,
          );
          onDecided?.(decided);
        },
        onError: (error) => {
          setConflict(conflictFrom(error));
          const fieldErrors = fieldErrorsFrom(error);
          if (fieldErrors.length > 0) setErrors(fieldErrors);
        },
      },
    );
  }

  function decideAgain() {
    if (conflict === null) return;
    refreshAfterDecision(queryClient, conflict);
    setVersion(conflict.evidence.version);
    setConflict(null);
    mutation.reset();
    headingRef.current?.focus();
  }

  const errorFor = (field: DecisionField) => errors.find((e) => e.field === field)?.message;
  const decisionError = errorFor('decision');
  const quantityError = errorFor('verifiedQuantity');
  const commentError = errorFor('comment');
  const failure = mutation.isError && conflict === null && fieldErrorsFrom(mutation.error).length === 0;

  return (
    <section className="svm-decision" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} ref={headingRef}>
        Your decision
      </Heading>
      <div role="status" className="svm-decision__status">
        {recorded && (
          <Notice tone="success">
            <p>{recorded}</p>
          </Notice>
        )}
      </div>
      {conflict !== null && (
        <ConflictNotice
          current={conflict}
          readVersion={version}
          unit={unit}
          headingLevel={inner}
          onAcknowledge={decideAgain}
        />
      )}
      {failure && <FailureNotice error={mutation.error} headingLevel={inner} onRetry={() => submit()} />}
      {errors.length > 0 && <ErrorSummary ref={summaryRef} errors={errors} fieldIds={fieldIds} headingLevel={inner} />}
      {restored !== null && !recorded && (
        <p className="svm-hint">Your unsubmitted decision on this evidence has been restored.</p>
      )}
      <form className="svm-decision__form" noValidate onSubmit={submit} aria-labelledby={headingId}>
        <div className={decisionError ? 'svm-form-group svm-form-group--error' : 'svm-form-group'}>
          <fieldset aria-describedby={decisionError ? `${idPrefix}-decision-error` : undefined}>
            <legend>What is your decision?</legend>
            {decisionError && (
              <p id={`${idPrefix}-decision-error`} className="svm-error-message">
                <span className="visually-hidden">Error: </span>
                {decisionError}
              </p>
            )}
            <div className="svm-radios">
              {decisionSchema.options.map((decision) => (
                <div key={decision}>
                  <div className="svm-radios__item">
                    <input
                      id={`${idPrefix}-${decision}`}
                      type="radio"
                      name={`${idPrefix}-decision`}
                      value={decision}
                      checked={values.decision === decision}
                      onChange={() => update({ decision })}
                      aria-describedby={`${idPrefix}-${decision}-hint`}
                    />
                    <label htmlFor={`${idPrefix}-${decision}`}>{DECISION_LABELS[decision]}</label>
                    <p id={`${idPrefix}-${decision}-hint`} className="svm-hint svm-radios__hint">
                      {DECISION_HINTS[decision]}
                    </p>
                  </div>
                  {decision === 'verify' && values.decision === 'verify' && (
                    <div
                      className={
                        quantityError
                          ? 'svm-radios__conditional svm-form-group svm-form-group--error'
                          : 'svm-radios__conditional svm-form-group'
                      }
                    >
                      <label htmlFor={fieldIds.verifiedQuantity}>
                        Verified quantity{unit === undefined ? '' : ` (${unitLabel(unit)})`}
                      </label>
                      <p id={`${idPrefix}-quantity-hint`} className="svm-hint">
                        Up to {quantityText(evidence.claimedQuantity, unit)}, the quantity claimed.
                      </p>
                      {quantityError && (
                        <p id={`${idPrefix}-quantity-error`} className="svm-error-message">
                          <span className="visually-hidden">Error: </span>
                          {quantityError}
                        </p>
                      )}
                      <input
                        id={fieldIds.verifiedQuantity}
                        className="svm-decision__quantity"
                        type="number"
                        inputMode="decimal"
                        min={0}
                        max={evidence.claimedQuantity}
                        step="any"
                        value={values.verifiedQuantity}
                        onChange={(event) => update({ verifiedQuantity: event.target.value })}
                        aria-invalid={quantityError ? true : undefined}
                        aria-describedby={[`${idPrefix}-quantity-hint`, quantityError && `${idPrefix}-quantity-error`]
                          .filter(Boolean)
                          .join(' ')}
                      />
                    </div>
                  )}
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className={commentError ? 'svm-form-group svm-form-group--error' : 'svm-form-group'}>
          <label htmlFor={fieldIds.comment}>Comment</label>
          <p id={`${idPrefix}-comment-hint`} className="svm-hint">
            Required to reject or query. Optional when you verify.
          </p>
          {commentError && (
            <p id={`${idPrefix}-comment-error`} className="svm-error-message">
              <span className="visually-hidden">Error: </span>
              {commentError}
            </p>
          )}
          <textarea
            id={fieldIds.comment}
            className="svm-decision__comment"
            rows={4}
            value={values.comment}
            onChange={(event) => update({ comment: event.target.value })}
            aria-invalid={commentError ? true : undefined}
            aria-describedby={[`${idPrefix}-comment-hint`, commentError && `${idPrefix}-comment-error`]
              .filter(Boolean)
              .join(' ')}
          />
        </div>
        <button type="submit" className="svm-button" aria-disabled={mutation.isPending || undefined}>
          {mutation.isPending ? 'Recording your decision…' : 'Record decision'}
        </button>
      </form>
    </section>
  );
}
