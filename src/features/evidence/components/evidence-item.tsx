import { useEffect, type Ref } from 'react';
import { ErrorState, LoadingState } from '@/components/states';
import { isNotFound } from '@/lib/api/client';
import { useReference } from '@/lib/api/reference';
import type { EvidenceDetail } from '@/lib/contract';
import { EVIDENCE_TYPE_LABELS } from '@/lib/format';
import { useEvidenceDetail } from '@/lib/api/evidence';
import { evidenceContext } from '../lib/evidence-context';
import { AuditHistory } from './audit-history';
import { DecisionPanel } from './decision-panel';
import { EvidenceMetadata } from './evidence-metadata';
import { EvidencePreview } from './evidence-preview';
import { Heading, subHeading, type HeadingLevel } from './heading';

export interface EvidenceItemProps {
  evidenceId: string;
  /** The level of the item's own heading, so it fits the host page's outline (default 2). */
  headingLevel?: HeadingLevel;
  /** Called after the API accepts a decision, with the item as it now stands. */
  onDecided?: (detail: EvidenceDetail) => void;
  /** The item's heading, for hosts that move focus to the item when it opens. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** Move focus to the item's heading once it has loaded (the host opened it at the user's request). */
  focusOnOpen?: boolean;
}

/**
 * One piece of evidence: what it is, the file (previewed where safe, always downloadable),
 * who has done what to it, and, for contract managers, the decision form.
 */
export function EvidenceItem({
  evidenceId,
  headingLevel = 2,
  onDecided,
  headingRef,
  focusOnOpen = false,
}: EvidenceItemProps) {
  const detail = useEvidenceDetail(evidenceId);
  const reference = useReference();
  const loaded = detail.isSuccess;
  const headingId = `${evidenceId}-heading`;
  useEffect(() => {
    if (focusOnOpen && loaded) document.getElementById(headingId)?.focus();
  }, [focusOnOpen, loaded, headingId]);

  if (detail.isPending) return <LoadingState what="the evidence" />;
  if (detail.isError) {
    if (isNotFound(detail.error)) {
      return (
        <div className="svm-evidence-item">
          <Heading level={headingLevel} ref={headingRef}>
            Evidence not found
          </Heading>
          <p>
            There is no evidence with this reference ({evidenceId}). It may have been removed, or the link may be wrong.
          </p>
        </div>
      );
    }
    return (
      <ErrorState
        error={detail.error}
        what="the evidence"
        headingLevel={headingLevel === 2 ? 2 : 3}
        onRetry={() => void detail.refetch()}
      />
    );
  }

  const { evidence, audit } = detail.data;
  const context = evidenceContext(evidence, reference.data);
  const inner = subHeading(headingLevel);
  return (
    <article className="svm-evidence-item" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} ref={headingRef} focusable>
        <span className="svm-evidence-item__caption">{EVIDENCE_TYPE_LABELS[evidence.type]}</span> {evidence.fileName}
      </Heading>
      <EvidenceMetadata evidence={evidence} context={context} />
      <EvidencePreview evidence={evidence} headingLevel={inner} />
      <AuditHistory evidenceId={evidence.id} events={audit} unit={context.unit} headingLevel={inner} />
      <DecisionPanel detail={detail.data} unit={context.unit} headingLevel={inner} onDecided={onDecided} />
    </article>
  );
}
