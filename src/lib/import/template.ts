import Papa from 'papaparse';
import writeXlsxFile, { type Row } from 'write-excel-file/universal';
import { COMMITMENT_COLUMNS, CONTRACT_COLUMNS, IMPORT_SHEETS, REGION_WIDE_LABEL } from '@/lib/contract';

/**
 * The register template: the importer's own column titles and two worked examples, one with
 * a quarterly profile and one spread evenly between dates.
 */
export const TEMPLATE_ROWS = {
  [IMPORT_SHEETS.contracts]: [
    Object.values(CONTRACT_COLUMNS),
    [
      'LCR-2026-0001',
      'Highway resurfacing, Liverpool city centre',
      'Example Highways Ltd',
      '01234567',
      '1250000',
      '2026-04-01',
      '2028-03-31',
      'Liverpool; Sefton',
      'Highways',
      'Priya Sharma',
    ],
  ],
  [IMPORT_SHEETS.commitments]: [
    Object.values(COMMITMENT_COLUMNS),
    [
      'LCR-2026-0001',
      'JOB-LOCAL-FTE',
      'Liverpool',
      '8',
      '2026-27-Q1=2; 2026-27-Q2=2; 2026-27-Q3=2; 2026-27-Q4=2',
      '',
      '',
    ],
    ['LCR-2026-0001', 'ENV-CARBON', REGION_WIDE_LABEL, '120', '', '2026-04-01', '2028-03-31'],
  ],
} as const;

export type TemplateSheet = keyof typeof TEMPLATE_ROWS;

export function templateCsv(sheet: TemplateSheet): string {
  return `${Papa.unparse(TEMPLATE_ROWS[sheet].map((row) => [...row]))}\r\n`;
}

export function templateXlsx(): Promise<Blob> {
  const sheet = (name: TemplateSheet) => ({
    sheet: name,
    stickyRowsCount: 1,
    columns: TEMPLATE_ROWS[name][0].map(() => ({ width: 24 })),
    data: TEMPLATE_ROWS[name].map((cells, i): Row =>
      cells.map((value) => ({ value, type: String, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) })),
    ),
  });
  return writeXlsxFile([sheet(IMPORT_SHEETS.contracts), sheet(IMPORT_SHEETS.commitments)]).toBlob();
}
