import Papa from 'papaparse';
import { isoDate, isoDateTime, numberOf, parseDate, yesNo } from './cells';
import { neutralise } from './neutralise';
import type { ExportColumn, ExportMetadata, ExportTable, ExportValue } from './types';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Lines before the table's header row: six metadata lines and one empty separator. */
export const CSV_METADATA_LINES = 7;

/** Rounding that removes floating-point noise without losing figures anyone reported. */
const DECIMALS: Record<ExportColumn['type'], number | null> = {
  text: null,
  date: null,
  datetime: null,
  integer: 0,
  gbp: 2,
  pct: 1,
  number: 4,
  quantity: 4,
};

function round(n: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(n * factor) / factor;
}

function csvCell(column: ExportColumn, value: ExportValue | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return yesNo(value);
  if (column.type === 'date' || column.type === 'datetime') {
    if (typeof value === 'string' || value instanceof Date) {
      const date = parseDate(value);
      if (date) return column.type === 'date' ? isoDate(date) : isoDateTime(date);
    }
  }
  const n = numberOf(value);
  if (n !== null) {
    const decimals = DECIMALS[column.type];
    return decimals === null ? n : round(n, decimals);
  }
  return neutralise(value instanceof Date ? value.toISOString() : String(value));
}

function metadataRows(meta: ExportMetadata, rowCount: number): string[][] {
  return [
    ['Title', meta.title],
    ['Filters', meta.filters.length > 0 ? meta.filters.join('; ') : 'None: every record'],
    ['Data as of', meta.asOf ?? 'Not known'],
    ['Generated at (UTC)', isoDateTime(meta.generatedAt)],
    ['Rows', String(rowCount)],
    ['View', meta.viewUrl],
  ].map((row) => row.map(neutralise));
}

/**
 * The table as RFC 4180 CSV (CRLF line ends, fields quoted where needed), UTF-8 with a byte
 * order mark so that Excel reads £ and accented names correctly.
 *
 * The file carries its own provenance in a block before the table (title, filters, as-of
 * date, generated at, row count, view address), then an empty line, then the header row:
 * one file that cannot be separated from its description. Every line has the same number of
 * fields, as RFC 4180 asks, so the block is padded with empty fields.
 */
export function toCsv(table: ExportTable): string {
  const width = Math.max(2, table.columns.length);
  const pad = (row: (string | number)[]) => [...row, ...Array<string>(Math.max(0, width - row.length)).fill('')];
  const rows: (string | number)[][] = [
    ...metadataRows(table.meta, table.rows.length).map(pad),
    pad([]),
    pad(table.columns.map((c) => neutralise(c.header))),
  ];
  for (const row of table.rows) rows.push(pad(table.columns.map((column, i) => csvCell(column, row[i]))));
  return BOM + Papa.unparse(rows, { newline: CRLF, header: false });
}
