import { describeError } from '@/lib/api/client';
import { useMe } from '@/lib/api/me';
import type { EvidenceDetail, Unit } from '@/lib/contract';
import { withArticle } from '../lib/labels';
import { DecisionForm } from './decision-form';
import { Heading, type HeadingLevel } from './heading';

interface Props {
  detail: EvidenceDetail;
  unit: Unit | undefined;
  headingLevel: HeadingLevel;
  onDecided?: (detail: EvidenceDetail) => void;
}

/**
 * Decision controls for contract managers; a line saying why for everyone else. This only
 * shapes the page: the API is what refuses a decision from another role (see FailureNotice).
 */
export function DecisionPanel({ detail, unit, headingLevel, onDecided }: Props) {
  const me = useMe();
  if (me.isPending) return <p role="status">Checking whether you can decide on this evidence…</p>;
  if (me.isError) {
    return (
      <section className="svm-decision">
        <Heading level={headingLevel}>Your decision</Heading>
        <p>We could not check your role, so decisions are not available. {describeError(me.error).message}</p>
        <button type="button" className="svm-button svm-button--secondary" onClick={() => void me.refetch()}>
          Check again
        </button>
      </section>
    );
  }
  if (me.data.role !== 'contract-manager') {
    return (
      <section className="svm-decision">
        <Heading level={headingLevel}>Your decision</Heading>
        <p>Only contract managers can verify evidence. You are signed in as {withArticle(me.data.role)}.</p>
      </section>
    );
  }
  // Keyed by item, so moving to another item starts a fresh form (with that item's own draft).
  return (
    <DecisionForm
      key={detail.evidence.id}
      detail={detail}
      unit={unit}
      headingLevel={headingLevel}
      onDecided={onDecided}
    />
  );
}
