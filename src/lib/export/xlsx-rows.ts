import type { CellObject, Feature, Row } from 'write-excel-file/universal';
import { numberOf, parseDate, yesNo, isQuantity } from './cells';
import { neutralise } from './neutralise';
import type { ExportColumn, ExportValue } from './types';
import { NUMBER_FORMATS, UNIT_FORMATS } from './xlsx-formats';

/** Every number and date format a data cell can take, in a fixed order. */
const FORMATS: readonly string[] = [...new Set([...Object.values(NUMBER_FORMATS), ...Object.values(UNIT_FORMATS)])];

/**
 * A row with one cell in each format, written by the library so that it registers a style for
 * each; the feature below reads those style ids and puts the real data rows in its place.
 */
export function styleProbeRow(): Row {
  return FORMATS.map((format): CellObject => ({ value: 0, type: Number, format }));
}

/**
 * write-excel-file builds each cell through general machinery (style lookups, attribute
 * sanitising, feature hooks) that takes seconds for a 20,000-row sheet. Through its documented
 * feature hook, the data rows are written here instead, in one pass: text as inline strings,
 * numbers and dates with the style ids the library gave the probe row. Header, widths, frozen
 * row, styles, the second sheet and the zip stay the library's.
 */
export function dataRowsFeature(
  columns: readonly ExportColumn[],
  rows: readonly (readonly ExportValue[])[],
): Feature<Blob> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, _options, { sheetIndex }) =>
            sheetIndex === 0 && rows.length > 0 ? replaceProbeRow(xml, columns, rows) : xml,
        },
      },
    },
  };
}

function replaceProbeRow(
  xml: string,
  columns: readonly ExportColumn[],
  rows: readonly (readonly ExportValue[])[],
): string {
  const start = xml.indexOf('<row r="2"');
  const end = xml.indexOf('</row>', start) + '</row>'.length;
  if (start < 0 || end < start) throw new Error('The workbook writer left out the style probe row');
  const ids = [...xml.slice(start, end).matchAll(/<c\b[^>]*?\ss="(\d+)"/g)].map((match) => match[1]);
  const styles = new Map<string, string>();
  FORMATS.forEach((format, i) => {
    const id = ids[i];
    if (id === undefined) throw new Error(`The workbook writer gave no style to the format ${format}`);
    styles.set(format, id);
  });
  return xml.slice(0, start) + rowsXml(columns, rows, styles) + xml.slice(end);
}

function rowsXml(
  columns: readonly ExportColumn[],
  rows: readonly (readonly ExportValue[])[],
  styles: ReadonlyMap<string, string>,
): string {
  const letters = columns.map((_, i) => columnLetters(i));
  const parts: string[] = [];
  rows.forEach((row, r) => {
    const rowNumber = r + 2;
    let xml = `<row r="${rowNumber}">`;
    columns.forEach((column, c) => {
      xml += cellXml(`${letters[c] ?? ''}${rowNumber}`, column, row[c], styles);
    });
    parts.push(`${xml}</row>`);
  });
  return parts.join('');
}

const DAY_MS = 86_400_000;
/** Days from Excel's day 0 (30 December 1899) to 1 January 1970. */
const UNIX_EPOCH_SERIAL = 25_569;

function cellXml(
  ref: string,
  column: ExportColumn,
  value: ExportValue | undefined,
  styles: ReadonlyMap<string, string>,
) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return textXml(ref, yesNo(value));
  if (column.type === 'date' || column.type === 'datetime') {
    const date = typeof value === 'string' || value instanceof Date ? parseDate(value) : null;
    if (date)
      return numberXml(ref, date.getTime() / DAY_MS + UNIX_EPOCH_SERIAL, styles.get(NUMBER_FORMATS[column.type]));
  }
  const n = numberOf(value);
  if (n !== null) return numberXml(ref, column.type === 'pct' ? n / 100 : n, styles.get(numberFormat(column, value)));
  return textXml(ref, value instanceof Date ? value.toISOString() : String(value));
}

export function numberFormat(column: ExportColumn, value: ExportValue): string {
  switch (column.type) {
    case 'gbp':
    case 'pct':
    case 'integer':
    case 'number':
      return NUMBER_FORMATS[column.type];
    default: {
      const unit = isQuantity(value) ? value.unit : column.unit;
      return unit ? UNIT_FORMATS[unit] : NUMBER_FORMATS.number;
    }
  }
}

function numberXml(ref: string, n: number, style: string | undefined): string {
  return `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${n}</v></c>`;
}

/** Whitespace an XML reader would otherwise drop: at either end, or a line break. */
const SIGNIFICANT_SPACE = /^\s|\s$|\n/;

/** Text is neutralised, then stored inline; Excel breaks lines on a line feed. */
function textXml(ref: string, text: string): string {
  const safe = xmlText(neutralise(text).replace(/\r\n?/g, '\n'));
  const space = SIGNIFICANT_SPACE.test(safe) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" t="inlineStr"><is><t${space}>${safe}</t></is></c>`;
}

/* eslint-disable no-control-regex -- XML 1.0 forbids these control characters: finding them is the point */
const NEEDS_ESCAPING = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** Escapes text for XML and drops characters XML cannot hold; most text needs neither. */
export function xmlText(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
