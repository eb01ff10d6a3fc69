import type { ContractSummary } from '@/lib/contract';
import { HEADLINE_INFO, HEADLINES } from '@/lib/domain/headlines';
import { areaLabel, categoryName, contractStatusLabel, quarterLabel, ragLabel } from '@/lib/format';
import type { ResourceColumn } from './resource-column';

/** The register's columns for export; `tableColumn` ids are the register table's column ids. */
export const contractColumns: readonly ResourceColumn<ContractSummary>[] = [
  { id: 'reference', tableColumn: 'reference', header: 'Reference', type: 'text', value: (c) => c.reference },
  { id: 'title', tableColumn: 'title', header: 'Title', type: 'text', value: (c) => c.title },
  { id: 'supplier', tableColumn: 'supplier', header: 'Supplier', type: 'text', value: (c) => c.supplier.name },
  {
    id: 'companyNumber',
    tableColumn: 'supplier',
    header: 'Company number',
    type: 'text',
    value: (c) => c.supplier.companyNumber,
  },
  { id: 'sme', tableColumn: 'supplier', header: 'SME', type: 'text', value: (c) => c.supplier.sme },
  { id: 'vcse', tableColumn: 'supplier', header: 'VCSE', type: 'text', value: (c) => c.supplier.vcse },
  {
    id: 'category',
    tableColumn: 'category',
    header: 'Category',
    type: 'text',
    value: (c, { reference }) => categoryName(c.category, reference.categories),
  },
  { id: 'manager', tableColumn: 'manager', header: 'Contract manager', type: 'text', value: (c) => c.managerName },
  {
    id: 'boroughs',
    tableColumn: 'boroughs',
    header: 'Boroughs',
    type: 'text',
    value: (c) => c.boroughs.map(areaLabel).join(', '),
  },
  { id: 'regionWide', tableColumn: 'boroughs', header: 'Region-wide', type: 'text', value: (c) => c.regionWide },
  { id: 'value', tableColumn: 'value', header: 'Value (£)', type: 'gbp', value: (c) => c.value },
  { id: 'status', tableColumn: 'status', header: 'Status', type: 'text', value: (c) => contractStatusLabel(c.status) },
  { id: 'startDate', tableColumn: 'endDate', header: 'Start date', type: 'date', value: (c) => c.startDate },
  { id: 'endDate', tableColumn: 'endDate', header: 'End date', type: 'date', value: (c) => c.endDate },
  { id: 'rag', tableColumn: 'rag', header: 'RAG', type: 'text', value: (c) => ragLabel(c.rag) },
  ...HEADLINES.map((headline): ResourceColumn<ContractSummary> => ({
    id: `pct-${headline}`,
    tableColumn: `pct-${headline}`,
    header: `${HEADLINE_INFO[headline].name}: % of expected`,
    type: 'pct',
    value: (c) => c.headlinePct[headline] ?? null,
  })),
  {
    id: 'lastReturn',
    tableColumn: 'lastReturn',
    header: 'Last return',
    type: 'text',
    value: (c) => (c.lastReturn ? quarterLabel(c.lastReturn.quarter) : null),
  },
  {
    id: 'lastReturnSubmitted',
    tableColumn: 'lastReturn',
    header: 'Last return submitted',
    type: 'date',
    value: (c) => c.lastReturn?.submittedOn ?? null,
  },
  {
    id: 'lastReturnLate',
    tableColumn: 'lastReturn',
    header: 'Last return late',
    type: 'text',
    value: (c) => (c.lastReturn ? c.lastReturn.late : null),
  },
  {
    id: 'evidenceAwaiting',
    tableColumn: 'evidenceAwaiting',
    header: 'Evidence awaiting a decision',
    type: 'integer',
    value: (c) => c.evidenceAwaiting,
  },
];
