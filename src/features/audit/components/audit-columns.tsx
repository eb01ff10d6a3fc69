import { Link } from 'react-router';
import type { DataTableColumn } from '@/components/table';
import type { AuditEvent } from '@/lib/contract';
import { AUDIT_ACTION_LABELS, formatDateTime, formatNumber, roleLabel, verificationStatusLabel } from '@/lib/format';

/** The evidence in its contract's drill-down, where its figures and history are. */
export function evidenceHref(event: Pick<AuditEvent, 'contractId' | 'evidenceId'>): string {
  return `/contracts/${encodeURIComponent(event.contractId)}?${new URLSearchParams({ evidence: event.evidenceId })}`;
}

export const auditColumns: DataTableColumn<AuditEvent>[] = [
  {
    id: 'at',
    header: 'When',
    cell: (event) => <time dateTime={event.at}>{formatDateTime(event.at)}</time>,
    meta: { sortKey: 'at', sortDescFirst: true },
  },
  {
    id: 'who',
    header: 'Who',
    cell: (event) => (
      <>
        {event.userName}
        <span className="svm-audit__secondary">{roleLabel(event.role)}</span>
      </>
    ),
  },
  {
    id: 'evidence',
    header: 'Evidence',
    cell: (event) => (
      <>
        <Link to={evidenceHref(event)}>{event.evidenceId}</Link>
        <span className="svm-audit__secondary">{event.contractReference}</span>
      </>
    ),
  },
  {
    id: 'action',
    header: 'Action',
    cell: (event) => (
      <>
        {AUDIT_ACTION_LABELS[event.action]}
        {event.action === 'verify' && event.verifiedQuantity !== null && (
          <span className="svm-audit__secondary">Quantity {formatNumber(event.verifiedQuantity, 2)}</span>
        )}
      </>
    ),
  },
  {
    id: 'status',
    header: 'Status change',
    cell: (event) =>
      event.fromStatus === null ? (
        verificationStatusLabel(event.toStatus)
      ) : (
        <>
          {verificationStatusLabel(event.fromStatus)}
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden"> to </span>
          {verificationStatusLabel(event.toStatus)}
        </>
      ),
  },
  {
    id: 'comment',
    header: 'Comment',
    cell: (event) => <span className="svm-audit__comment">{event.comment}</span>,
  },
];
