import { Link } from 'react-router';
import type { DataTableColumn } from '@/components/table';
import type { Evidence, ReferenceData } from '@/lib/contract';
import { areaLabel, EVIDENCE_TYPE_LABELS, formatDate, formatNumber, quarterLabel } from '@/lib/format';
import { evidenceContext } from '../lib/evidence-context';
import { quantityText } from '../lib/quantity';
import { daysWaiting, isAwaitingDecision, isOverdue } from '@/lib/domain/waiting';
import { StatusTag } from './status-tag';

function waitingText(days: number): string {
  return `Waiting ${formatNumber(days)} ${days === 1 ? 'day' : 'days'}`;
}

export interface QueueColumnsOptions {
  reference: ReferenceData | undefined;
  selectedId: string | undefined;
  /** The link that opens an item beside the list, keeping the list as it is. */
  hrefForItem: (evidenceId: string) => string;
  onOpen: () => void;
}

/** The queue's columns: the file names the row and opens the item; the rest say what it is and how long it has waited. */
export function queueColumns({
  reference,
  selectedId,
  hrefForItem,
  onOpen,
}: QueueColumnsOptions): DataTableColumn<Evidence>[] {
  const asOf = reference?.asOf;
  return [
    {
      id: 'file',
      header: 'Evidence',
      cell: (e) => (
        <>
          <Link
            to={hrefForItem(e.id)}
            preventScrollReset
            onClick={onOpen}
            aria-current={e.id === selectedId ? 'true' : undefined}
            className="svm-queue__open"
          >
            {e.fileName}
          </Link>
          <span className="svm-queue__secondary">{EVIDENCE_TYPE_LABELS[e.type]}</span>
          {e.id === selectedId && <span className="svm-queue__open-tag">Open</span>}
        </>
      ),
    },
    {
      id: 'uploaded',
      header: 'Uploaded',
      cell: (e) => (
        <>
          <time dateTime={e.uploadedAt}>{formatDate(e.uploadedAt)}</time>
          {asOf !== undefined && isAwaitingDecision(e.status) && (
            <span className="svm-queue__secondary">{waitingText(daysWaiting(e.uploadedAt, asOf))}</span>
          )}
          {asOf !== undefined && isOverdue(e, asOf) && <strong className="svm-queue__overdue">Overdue</strong>}
        </>
      ),
      meta: { sortKey: 'uploadedAt' },
    },
    { id: 'status', header: 'Status', cell: (e) => <StatusTag status={e.status} />, meta: { sortKey: 'status' } },
    {
      id: 'contract',
      header: 'Contract',
      cell: (e) => (
        <>
          {e.contractReference}
          <span className="svm-queue__secondary">{e.contractTitle}</span>
        </>
      ),
      meta: { sortKey: 'contract' },
    },
    {
      id: 'measure',
      header: 'Measure and area',
      cell: (e) => (
        <>
          {evidenceContext(e, reference).measure?.name ?? e.measureCode}
          <span className="svm-queue__secondary">{areaLabel(e.area)}</span>
        </>
      ),
    },
    { id: 'quarter', header: 'Quarter', cell: (e) => quarterLabel(e.quarter), meta: { sortKey: 'quarter' } },
    {
      id: 'claimed',
      header: 'Claimed',
      cell: (e) => quantityText(e.claimedQuantity, evidenceContext(e, reference).unit),
      meta: { numeric: true },
    },
  ];
}
