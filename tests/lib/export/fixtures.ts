import type { ExportTable } from '@/lib/export/types';

/** Values that break naive writers: separators, quotes, line breaks, £, accents and formulae. */
export const awkwardTable: ExportTable = {
  columns: [
    { id: 'reference', header: 'Reference', type: 'text' },
    { id: 'title', header: 'Title', type: 'text' },
    { id: 'value', header: 'Value (£)', type: 'gbp' },
    { id: 'pct', header: 'Jobs: % of expected', type: 'pct' },
    { id: 'starts', header: 'Apprenticeship starts', type: 'integer' },
    { id: 'carbon', header: 'Carbon saved', type: 'quantity', unit: 'tCO2e' },
    { id: 'pledged', header: 'Pledged', type: 'quantity' },
    { id: 'endDate', header: 'End date', type: 'date' },
    { id: 'at', header: 'Uploaded at (UTC)', type: 'datetime' },
    { id: 'sme', header: 'SME', type: 'text' },
  ],
  rows: [
    [
      'LCRCA-2024-0137',
      'Highways, bridges and "structures" – Knowsley\nPhase 2',
      1_250_000,
      87.25,
      3,
      12.5,
      { quantity: 4.5, unit: 'FTE' },
      '2027-03-31',
      '2026-05-03T09:14:00+01:00',
      true,
    ],
    [
      '=HYPERLINK("http://evil.example","click")',
      'Café Brontë £ plan',
      -2500,
      -12.5,
      -1,
      -3.25,
      null,
      null,
      null,
      false,
    ],
    ['+441515550100', '-1 offset', 0, null, 0, 0, { quantity: 20_000, unit: 'GBP' }, null, null, null],
    ['@SUM(A1)', '\tTabbed\r', 10, 100, 7, 1, null, null, null, null],
  ],
  meta: {
    title: 'Contracts',
    filters: ['Borough: Liverpool, Sefton', 'Search: "=cmd|calc"', 'Sorted by value, highest first'],
    asOf: '2026-10-31',
    generatedAt: new Date('2026-11-25T10:30:12Z'),
    viewUrl: 'http://localhost:5173/contracts?borough=E08000012&borough=E08000014&sort=-value',
  },
};
