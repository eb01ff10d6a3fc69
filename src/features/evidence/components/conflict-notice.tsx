import { Notice } from '@/components/notice';
import { useEffect, useRef } from 'react';
import type { EvidenceDetail, Unit } from '@/lib/contract';
import { formatDateTime, roleLabel, verificationStatusLabel } from '@/lib/format';
import { DECISION_PAST } from '../lib/labels';
import { quantityText } from '../lib/quantity';
import { Heading, type HeadingLevel } from './heading';

interface Props {
  current: EvidenceDetail;
  /** The version the user's decision was based on: everything after it happened in the meantime. */
  readVersion: number;
  unit: Unit | undefined;
  headingLevel: HeadingLevel;
  onAcknowledge: () => void;
}

/**
 * Says who decided on the item while the user was looking at it, and what it is now. The
 * user's own decision and comment stay in the form below; they choose to decide again.
 */
export function ConflictNotice({ current, readVersion, unit, headingLevel, onAcknowledge }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { evidence } = current;
  const latest = [...current.audit]
    .filter((event) => event.action !== 'uploaded')
    .sort((a, b) => b.at.localeCompare(a.at))[0];

  return (
    <Notice tone="warning" role="alert">
      <Heading level={headingLevel} ref={headingRef}>
        Someone else has decided on this evidence
      </Heading>
      {latest && latest.action !== 'uploaded' ? (
        <p>
          {latest.userName} ({roleLabel(latest.role).toLowerCase()}) {DECISION_PAST[latest.action]} it on{' '}
          <time dateTime={latest.at}>{formatDateTime(latest.at)}</time>
          {latest.comment.trim() === '' ? '.' : ', saying:'}
        </p>
      ) : (
        <p>It changed after you opened it (version {readVersion}).</p>
      )}
      {latest && latest.comment.trim() !== '' && (
        <blockquote className="svm-notice__quote">
          <p>{latest.comment}</p>
        </blockquote>
      )}
      <p>
        It is now <strong>{verificationStatusLabel(evidence.status)}</strong>
        {evidence.status === 'verified' && <>, with {quantityText(evidence.verifiedQuantity, unit)} verified</>}{' '}
        (version {evidence.version}). Your decision was not recorded. Your comment is still in the form.
      </p>
      <button type="button" className="svm-button" onClick={onAcknowledge}>
        Decide again on the current version
      </button>
    </Notice>
  );
}
