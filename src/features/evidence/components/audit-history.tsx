import type { AuditEvent, Unit } from '@/lib/contract';
import { AUDIT_ACTION_LABELS, formatDateTime, roleLabel, verificationStatusLabel } from '@/lib/format';
import { quantityText } from '../lib/quantity';
import { Heading, type HeadingLevel } from './heading';

interface Props {
  evidenceId: string;
  events: AuditEvent[];
  unit: Unit | undefined;
  headingLevel: HeadingLevel;
}

/** Who did what to this item and when, oldest first, so it reads as the item's story. */
export function AuditHistory({ evidenceId, events, unit, headingLevel }: Props) {
  const ordered = [...events].sort((a, b) => a.at.localeCompare(b.at));
  const headingId = `${evidenceId}-history`;
  return (
    <section className="svm-audit-history" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        History
      </Heading>
      {ordered.length === 0 ? (
        <p>Nothing has been recorded about this evidence yet.</p>
      ) : (
        <ol className="svm-audit-history__list">
          {ordered.map((event) => (
            <li key={event.id} className="svm-audit-history__event">
              <p className="svm-audit-history__what">
                <strong>{AUDIT_ACTION_LABELS[event.action]}</strong> by {event.userName} (
                {roleLabel(event.role).toLowerCase()})
              </p>
              <p className="svm-audit-history__when">
                <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              </p>
              <p>
                {event.fromStatus === null ? (
                  <>Status: {verificationStatusLabel(event.toStatus)}</>
                ) : (
                  <>
                    {verificationStatusLabel(event.fromStatus)}
                    <span aria-hidden="true"> → </span>
                    <span className="visually-hidden"> to </span>
                    {verificationStatusLabel(event.toStatus)}
                  </>
                )}
                {event.verifiedQuantity !== null && event.action === 'verify' && (
                  <>, verified quantity {quantityText(event.verifiedQuantity, unit)}</>
                )}
              </p>
              {event.comment.trim() !== '' && (
                <blockquote className="svm-audit-history__comment">
                  <p>{event.comment}</p>
                </blockquote>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
