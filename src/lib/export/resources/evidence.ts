import type { Evidence } from '@/lib/contract';
import { daysWaiting, isAwaitingDecision } from '@/lib/domain/waiting';
import { areaLabel, EVIDENCE_TYPE_LABELS, quarterLabel, verificationStatusLabel } from '@/lib/format';
import type { QuantityValue } from '../types';
import type { LabelContext, ResourceColumn } from './resource-column';

function quantity(e: Evidence, amount: number, { measures }: LabelContext): QuantityValue | number {
  const unit = measures.get(e.measureCode)?.unit;
  return unit ? { quantity: amount, unit } : amount;
}

/** The evidence queue's columns for export; `tableColumn` ids are the queue table's column ids. */
export const evidenceColumns: readonly ResourceColumn<Evidence>[] = [
  { id: 'id', tableColumn: 'file', header: 'Evidence ID', type: 'text', value: (e) => e.id },
  { id: 'fileName', tableColumn: 'file', header: 'File name', type: 'text', value: (e) => e.fileName },
  {
    id: 'type',
    tableColumn: 'file',
    header: 'Type',
    type: 'text',
    value: (e) => EVIDENCE_TYPE_LABELS[e.type],
  },
  {
    id: 'contractReference',
    tableColumn: 'contract',
    header: 'Contract reference',
    type: 'text',
    value: (e) => e.contractReference,
  },
  {
    id: 'contractTitle',
    tableColumn: 'contract',
    header: 'Contract title',
    type: 'text',
    value: (e) => e.contractTitle,
  },
  {
    id: 'manager',
    tableColumn: 'contract',
    header: 'Contract manager',
    type: 'text',
    value: (e, { userNames }) => userNames.get(e.managerId) ?? e.managerId,
  },
  {
    id: 'measure',
    tableColumn: 'measure',
    header: 'Measure',
    type: 'text',
    value: (e, { measures }) => measures.get(e.measureCode)?.name ?? e.measureCode,
  },
  { id: 'area', tableColumn: 'measure', header: 'Area', type: 'text', value: (e) => areaLabel(e.area) },
  { id: 'quarter', tableColumn: 'quarter', header: 'Quarter', type: 'text', value: (e) => quarterLabel(e.quarter) },
  {
    id: 'claimedQuantity',
    tableColumn: 'claimed',
    header: 'Claimed quantity',
    type: 'quantity',
    value: (e, labels) => quantity(e, e.claimedQuantity, labels),
  },
  {
    id: 'verifiedQuantity',
    tableColumn: 'claimed',
    header: 'Verified quantity',
    type: 'quantity',
    value: (e, labels) => quantity(e, e.verifiedQuantity, labels),
  },
  { id: 'uploadedBy', tableColumn: 'uploaded', header: 'Uploaded by', type: 'text', value: (e) => e.uploadedBy },
  {
    id: 'uploadedAt',
    tableColumn: 'uploaded',
    header: 'Uploaded at (UTC)',
    type: 'datetime',
    value: (e) => e.uploadedAt,
  },
  {
    id: 'daysWaiting',
    tableColumn: 'uploaded',
    header: 'Days waiting for a decision',
    type: 'integer',
    value: (e, { reference }) => (isAwaitingDecision(e.status) ? daysWaiting(e.uploadedAt, reference.asOf) : null),
  },
  {
    id: 'status',
    tableColumn: 'status',
    header: 'Status',
    type: 'text',
    value: (e) => verificationStatusLabel(e.status),
  },
  { id: 'version', tableColumn: 'status', header: 'Version', type: 'integer', value: (e) => e.version },
  { id: 'mediaType', tableColumn: 'file', header: 'Media type', type: 'text', value: (e) => e.mediaType },
  { id: 'sizeBytes', tableColumn: 'file', header: 'Size (bytes)', type: 'integer', value: (e) => e.sizeBytes },
];
