import { Link } from 'react-router';
import { RagBadge } from '@/components/rag';
import type { DataTableColumn } from '@/components/table';
import type { ContractSummary } from '@/lib/contract';
import { HEADLINE_INFO, HEADLINES } from '@/lib/domain/headlines';
import { contractStatusLabel, formatDate, formatGBP, formatPct, quarterLabel } from '@/lib/format';
import { servedAreas } from '../served-areas';
import { SupplierTags } from '../supplier-tags';

function LastReturn({ contract }: { contract: ContractSummary }) {
  const last = contract.lastReturn;
  if (!last) return <>None yet</>;
  return (
    <>
      {quarterLabel(last.quarter)}
      {last.submittedOn ? <span className="svm-cell-note">{formatDate(last.submittedOn)}</span> : null}
      {last.late ? <strong className="svm-tag svm-tag--warning">Late</strong> : null}
    </>
  );
}

/** The link to a contract carries the register's basis and period, so its figures match the row's. */
export type ContractHref = (contract: ContractSummary) => string;

/**
 * The register's columns. Sort keys are the API's (`CONTRACT_SORTS`); reference, title and RAG
 * always show, the rest can be hidden with the column chooser.
 */
export function registerColumns(hrefFor: ContractHref): DataTableColumn<ContractSummary>[] {
  const headlineColumns = HEADLINES.map((headline): DataTableColumn<ContractSummary> => ({
    id: `pct-${headline}`,
    header: `${HEADLINE_INFO[headline].name}: % of expected`,
    cell: (c) => {
      const pct = c.headlinePct[headline];
      return pct === undefined || pct === null ? <span className="svm-cell-note">None due</span> : formatPct(pct);
    },
    meta: { numeric: true, hideable: true },
  }));
  return [
    {
      id: 'reference',
      header: 'Reference',
      cell: (c) => (
        <Link to={hrefFor(c)} className="svm-nowrap">
          {c.reference}
        </Link>
      ),
      meta: { sortKey: 'reference' },
    },
    { id: 'title', header: 'Title', cell: (c) => c.title, meta: { sortKey: 'title' } },
    {
      id: 'supplier',
      header: 'Supplier',
      cell: (c) => (
        <>
          {c.supplier.name} <SupplierTags supplier={c.supplier} />
        </>
      ),
      meta: { sortKey: 'supplier', hideable: true },
    },
    {
      id: 'manager',
      header: 'Contract manager',
      cell: (c) => c.managerName,
      meta: { sortKey: 'manager', hideable: true },
    },
    { id: 'boroughs', header: 'Boroughs', cell: servedAreas, meta: { hideable: true } },
    {
      id: 'value',
      header: 'Value',
      cell: (c) => formatGBP(c.value),
      meta: { numeric: true, sortKey: 'value', sortDescFirst: true, hideable: true },
    },
    {
      id: 'status',
      header: 'Status',
      cell: (c) => contractStatusLabel(c.status),
      meta: { sortKey: 'status', hideable: true },
    },
    {
      id: 'endDate',
      header: 'End date',
      cell: (c) => formatDate(c.endDate),
      meta: { sortKey: 'endDate', hideable: true },
    },
    { id: 'rag', header: 'RAG', cell: (c) => <RagBadge rag={c.rag} />, meta: { sortKey: 'rag', sortDescFirst: true } },
    ...headlineColumns,
    {
      id: 'lastReturn',
      header: 'Last return',
      cell: (c) => <LastReturn contract={c} />,
      meta: { sortKey: 'lastReturn', sortDescFirst: true, hideable: true },
    },
    {
      id: 'evidenceAwaiting',
      header: 'Evidence awaiting a decision',
      cell: (c) => c.evidenceAwaiting,
      meta: { numeric: true, sortKey: 'evidenceAwaiting', sortDescFirst: true, hideable: true },
    },
  ];
}

/** Shown until the user chooses: the wide end date column starts hidden. */
export const DEFAULT_REGISTER_VISIBILITY = { endDate: false };
