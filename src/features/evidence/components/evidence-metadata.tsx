import type { ReactNode } from 'react';
import type { Evidence } from '@/lib/contract';
import { areaLabel, EVIDENCE_TYPE_LABELS, formatDateTime, formatFileSize, quarterLabel } from '@/lib/format';
import type { EvidenceContext } from '../lib/evidence-context';
import { quantityText } from '../lib/quantity';
import { StatusTag } from './status-tag';

/** The facts about one evidence item, as a description list. */
export function EvidenceMetadata({ evidence, context }: { evidence: Evidence; context: EvidenceContext }) {
  const rows: [string, ReactNode][] = [
    ['Status', <StatusTag key="status" status={evidence.status} />],
    ['Type', EVIDENCE_TYPE_LABELS[evidence.type]],
    ['File name', evidence.fileName],
    ['Media type', evidence.mediaType],
    ['Size', formatFileSize(evidence.sizeBytes)],
    ['Uploaded by', evidence.uploadedBy],
    [
      'Uploaded',
      <time key="uploaded" dateTime={evidence.uploadedAt}>
        {formatDateTime(evidence.uploadedAt)}
      </time>,
    ],
    ['Contract', `${evidence.contractReference}: ${evidence.contractTitle}`],
    ['Quarter', quarterLabel(evidence.quarter)],
    ['Measure', context.measure?.name ?? evidence.measureCode],
    ['Area', areaLabel(evidence.area)],
    ['Claimed quantity', quantityText(evidence.claimedQuantity, context.unit)],
    ['Verified quantity', quantityText(evidence.verifiedQuantity, context.unit)],
    ['Version', String(evidence.version)],
  ];
  return (
    <dl className="svm-summary-list">
      {rows.map(([key, value]) => (
        <div className="svm-summary-list__row" key={key}>
          <dt>{key}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
