import { isQuantity, numberOf } from './cells';
import type { ExportColumn, ExportValue } from './types';

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const FIXED_WIDTH: Partial<Record<ExportColumn['type'], number>> = { date: 12, datetime: 18, pct: 9 };

function displayLength(column: ExportColumn, value: ExportValue | undefined): number {
  if (value === null || value === undefined) return 0;
  const n = numberOf(value);
  if (n !== null) {
    const digits = Math.trunc(Math.abs(n)).toString().length;
    const unit = isQuantity(value) ? value.unit : (column.unit ?? '');
    // thousands separators, sign, decimals and a unit suffix such as " tCO2e"
    return digits + Math.floor((digits - 1) / 3) + (n < 0 ? 1 : 0) + 2 + (unit ? unit.length + 1 : 0);
  }
  if (typeof value === 'string') {
    let longest = 0;
    for (const line of value.split('\n')) longest = Math.max(longest, line.length);
    return longest;
  }
  return 10;
}

/** Widths in characters: wide enough for the header and the longest value, within sensible bounds. */
export function columnWidths(columns: readonly ExportColumn[], rows: readonly (readonly ExportValue[])[]): number[] {
  return columns.map((column, i) => {
    let widest = column.header.length + 2;
    const fixed = FIXED_WIDTH[column.type];
    if (fixed !== undefined) return Math.max(widest, fixed);
    for (const row of rows) widest = Math.max(widest, displayLength(column, row[i]) + 1);
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest));
  });
}
