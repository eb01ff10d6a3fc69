import { figureColumns, figureValuesInUnit, type ExportSource } from '@/components/export';
import type { Evidence, Unit } from '@/lib/contract';
import { areaLabel, EVIDENCE_TYPE_LABELS, quarterLabel, verificationStatusLabel } from '@/lib/format';
import { RETURN_STATUS_LABELS } from '../labels';
import type { ThemeGroup } from './commitment-groups';
import { isLate, type ReturnRow } from './return-rows';

/** The contract's commitments, by theme, each quantity in its measure's own unit. */
export function commitmentsExport(groups: readonly ThemeGroup[]): ExportSource {
  return {
    kind: 'rows',
    columns: [
      { id: 'theme', header: 'Theme', type: 'text' },
      { id: 'measure', header: 'Measure', type: 'text' },
      { id: 'area', header: 'Area', type: 'text' },
      ...figureColumns(),
    ],
    rows: groups.flatMap(({ theme, rows }) =>
      rows.map(({ commitment, measure }) => ({
        theme: theme.name,
        measure: measure.name,
        area: areaLabel(commitment.area),
        ...figureValuesInUnit({
          figures: commitment.figures,
          unit: measure.unit,
          pct: commitment.pct,
          rag: commitment.rag,
        }),
      })),
    ),
  };
}

/** A commitment's quarterly returns, by the returns table's column ids. */
export function returnsExport(rows: readonly ReturnRow[], unit: Unit): ExportSource {
  return {
    kind: 'rows',
    columns: [
      { id: 'quarter', header: 'Quarter', type: 'text' },
      { id: 'profiled', header: 'Profiled', type: 'quantity', unit },
      { id: 'claimed', header: 'Claimed', type: 'quantity', unit },
      { id: 'verified', header: 'Verified', type: 'quantity', unit },
      { id: 'status', header: 'Status', type: 'text' },
      { id: 'due', header: 'Due', type: 'date' },
      { id: 'submitted', header: 'Submitted', type: 'date' },
      { id: 'late', header: 'Late', type: 'text' },
      { id: 'evidence', header: 'Evidence items', type: 'integer' },
    ],
    rows: rows.map(({ ret, profiled }) => ({
      quarter: quarterLabel(ret.quarter),
      profiled,
      claimed: ret.claimed,
      verified: ret.verified,
      status: RETURN_STATUS_LABELS[ret.status],
      due: ret.dueOn,
      submitted: ret.submittedOn,
      late: ret.status === 'due' ? 'Not yet due' : isLate(ret),
      evidence: ret.evidenceCount,
    })),
  };
}

/** The evidence behind one return, by the evidence table's column ids. */
export function returnEvidenceExport(items: readonly Evidence[], unit: Unit): ExportSource {
  return {
    kind: 'rows',
    columns: [
      { id: 'fileName', header: 'File name', type: 'text' },
      { id: 'type', header: 'Type', type: 'text' },
      { id: 'size', header: 'Size (bytes)', type: 'integer' },
      { id: 'uploadedBy', header: 'Uploaded by', type: 'text' },
      { id: 'uploadedAt', header: 'Uploaded at (UTC)', type: 'datetime' },
      { id: 'claimed', header: 'Claimed', type: 'quantity', unit },
      { id: 'status', header: 'Status', type: 'text' },
    ],
    rows: items.map((item) => ({
      fileName: item.fileName,
      type: EVIDENCE_TYPE_LABELS[item.type],
      size: item.sizeBytes,
      uploadedBy: item.uploadedBy,
      uploadedAt: item.uploadedAt,
      claimed: item.claimedQuantity,
      status: verificationStatusLabel(item.status),
    })),
  };
}
