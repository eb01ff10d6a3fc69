import { useMemo } from 'react';
import { Link } from 'react-router';
import { ExportButtons, visibleColumnIds } from '@/components/export';
import { DataTable, type DataTableColumn } from '@/components/table';
import type { Unit } from '@/lib/contract';
import { formatDate, formatQuantity, quarterLabel } from '@/lib/format';
import { RETURN_STATUS_LABELS } from '../labels';
import { isLate, type ReturnRow } from './return-rows';
import { returnsExport } from './table-exports';

interface Props {
  label: string;
  unit: Unit;
  rows: ReturnRow[];
  selectedQuarter: string | undefined;
  hrefForQuarter: (quarter: string) => string;
}

function lateText({ ret }: ReturnRow): string {
  if (ret.status === 'due') return 'Not yet due';
  return isLate(ret) ? 'Yes' : 'No';
}

/** One commitment's quarterly returns; each quarter opens the evidence behind it. */
export function ReturnsTable({ label, unit, rows, selectedQuarter, hrefForQuarter }: Props) {
  const columns = useMemo<DataTableColumn<ReturnRow>[]>(
    () => [
      {
        id: 'quarter',
        header: 'Quarter',
        cell: ({ ret }) => (
          <Link to={hrefForQuarter(ret.quarter)} aria-current={ret.quarter === selectedQuarter ? 'true' : undefined}>
            {quarterLabel(ret.quarter)}
          </Link>
        ),
      },
      {
        id: 'profiled',
        header: 'Profiled',
        cell: (row) => formatQuantity(row.profiled, unit, { exact: true }),
        meta: { numeric: true },
      },
      {
        id: 'claimed',
        header: 'Claimed',
        cell: ({ ret }) => formatQuantity(ret.claimed, unit, { exact: true }),
        meta: { numeric: true },
      },
      {
        id: 'verified',
        header: 'Verified',
        cell: ({ ret }) => formatQuantity(ret.verified, unit, { exact: true }),
        meta: { numeric: true },
      },
      { id: 'status', header: 'Status', cell: ({ ret }) => RETURN_STATUS_LABELS[ret.status] },
      { id: 'due', header: 'Due', cell: ({ ret }) => formatDate(ret.dueOn) },
      {
        id: 'submitted',
        header: 'Submitted',
        cell: ({ ret }) => (ret.submittedOn ? formatDate(ret.submittedOn) : 'Not submitted'),
      },
      { id: 'late', header: 'Late', cell: lateText },
      { id: 'evidence', header: 'Evidence items', cell: ({ ret }) => ret.evidenceCount, meta: { numeric: true } },
    ],
    [unit, selectedQuarter, hrefForQuarter],
  );
  return (
    <>
      <ExportButtons
        title={`Quarterly returns: ${label}`}
        fileStem="returns"
        filters={[]}
        source={returnsExport(rows, unit)}
        columns={visibleColumnIds(columns)}
      />
      <DataTable
        caption={`Quarterly returns: ${label}. Choose a quarter to see the evidence behind it.`}
        columns={columns}
        data={rows}
        getRowId={({ ret }) => ret.id}
        rowHeader="quarter"
      />
    </>
  );
}
