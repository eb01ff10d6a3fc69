import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { ExportButtons, visibleColumnIds } from '@/components/export';
import { ErrorState, LoadingState } from '@/components/states';
import { DataTable, type DataTableColumn } from '@/components/table';
import type { Evidence, Unit } from '@/lib/contract';
import {
  EVIDENCE_TYPE_LABELS,
  formatDateTime,
  formatFileSize,
  formatQuantity,
  verificationStatusLabel,
} from '@/lib/format';
import { useReturnEvidence } from '@/features/contracts/api/return-evidence';
import { returnEvidenceExport } from './table-exports';

interface Props {
  contractId: string;
  commitmentId: string;
  measureCode: string;
  quarter: string;
  /** "Local people employed (Liverpool), Q3 2025/26" */
  label: string;
  unit: Unit;
  selectedEvidenceId: string | undefined;
  hrefForEvidence: (evidenceId: string) => string;
}

/** The evidence behind one quarter's return, each item opening its own panel; case studies in their own words. */
export function ReturnEvidence({ contractId, commitmentId, measureCode, quarter, label, unit, ...links }: Props) {
  const result = useReturnEvidence({ contractId, measureCode, quarter });
  if (result.isPending) return <LoadingState what="evidence" />;
  if (result.isError) return <ErrorState error={result.error} onRetry={() => void result.refetch()} what="evidence" />;

  const items = result.data.items.filter((e) => e.commitmentId === commitmentId);
  if (items.length === 0) return <p>No evidence has been uploaded for {label}.</p>;
  return (
    <>
      <EvidenceTable items={items} label={label} unit={unit} {...links} />
      <CaseStudies items={items} />
    </>
  );
}

type TableProps = Pick<Props, 'label' | 'unit' | 'selectedEvidenceId' | 'hrefForEvidence'> & { items: Evidence[] };

function EvidenceTable({ items, label, unit, selectedEvidenceId, hrefForEvidence }: TableProps) {
  const columns = useMemo<DataTableColumn<Evidence>[]>(
    () => [
      {
        id: 'fileName',
        header: 'File name',
        cell: (item) => (
          <Link to={hrefForEvidence(item.id)} aria-current={item.id === selectedEvidenceId ? 'true' : undefined}>
            {item.fileName}
          </Link>
        ),
      },
      { id: 'type', header: 'Type', cell: (item) => EVIDENCE_TYPE_LABELS[item.type] },
      { id: 'size', header: 'Size', cell: (item) => formatFileSize(item.sizeBytes), meta: { numeric: true } },
      { id: 'uploadedBy', header: 'Uploaded by', cell: (item) => item.uploadedBy },
      { id: 'uploadedAt', header: 'Uploaded', cell: (item) => formatDateTime(item.uploadedAt) },
      {
        id: 'claimed',
        header: 'Claimed',
        cell: (item) => formatQuantity(item.claimedQuantity, unit, { exact: true }),
        meta: { numeric: true },
      },
      { id: 'status', header: 'Status', cell: (item) => verificationStatusLabel(item.status) },
    ],
    [unit, selectedEvidenceId, hrefForEvidence],
  );
  return (
    <>
      <ExportButtons
        title={`Evidence for ${label}`}
        fileStem="evidence"
        filters={[]}
        source={returnEvidenceExport(items, unit)}
        columns={visibleColumnIds(columns)}
      />
      <DataTable
        caption={`Evidence for ${label}. Choose a file to see its details, history and download.`}
        columns={columns}
        data={items}
        getRowId={(item) => item.id}
        rowHeader="fileName"
      />
    </>
  );
}

/** Narratives are shown as the supplier wrote them, as plain text: never interpreted as HTML. */
function CaseStudies({ items }: { items: Evidence[] }) {
  const headingId = useId();
  const stories = items.filter((item) => item.narrative !== null && item.narrative.trim() !== '');
  if (stories.length === 0) return null;
  return (
    <section className="svm-case-studies" aria-labelledby={headingId}>
      <h3 id={headingId}>Case studies</h3>
      {stories.map((item) => (
        <figure key={item.id} className="svm-case-study">
          <figcaption>{item.fileName}</figcaption>
          <blockquote className="svm-case-study__text">{item.narrative}</blockquote>
        </figure>
      ))}
    </section>
  );
}
