import writeXlsxFile, { type Cell, type CellObject, type Row } from 'write-excel-file/universal';
import type { Unit } from '@/lib/contract';
import { isQuantity, numberOf, parseDate, yesNo } from './cells';
import { columnWidths } from './column-widths';
import { neutralise } from './neutralise';
import type { ExportColumn, ExportMetadata, ExportTable, ExportValue } from './types';
import { autofilterFeature } from './xlsx-autofilter';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ABOUT_SHEET = 'About this export';

/** Excel number formats. £ is quoted because only a few symbols may stand bare in a format. */
export const NUMBER_FORMATS = {
  gbp: '"£"#,##0',
  pct: '0.0%',
  integer: '#,##0',
  number: '#,##0.00',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
} as const;

const UNIT_FORMATS: Record<Unit, string> = {
  GBP: NUMBER_FORMATS.gbp,
  tCO2e: '#,##0.0 "tCO2e"',
  FTE: '#,##0.0 "FTE"',
  people: '#,##0',
  weeks: '#,##0 "weeks"',
  hours: '#,##0 "hours"',
  miles: '#,##0 "miles"',
};

/**
 * Text as a bare string: a string cell needs no style, and looking styles up is most of the
 * writer's time on a large sheet. XML readers turn a carriage return into a line feed anyway;
 * Excel breaks lines on a line feed.
 */
const text = (value: string): string => neutralise(value).replace(/\r\n?/g, '\n');

function numberFormat(column: ExportColumn, value: ExportValue): string | undefined {
  switch (column.type) {
    case 'gbp':
    case 'pct':
    case 'integer':
    case 'number':
      return NUMBER_FORMATS[column.type];
    case 'quantity': {
      const unit = isQuantity(value) ? value.unit : column.unit;
      return unit ? UNIT_FORMATS[unit] : NUMBER_FORMATS.number;
    }
    default:
      return undefined;
  }
}

function xlsxCell(column: ExportColumn, value: ExportValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return text(yesNo(value));
  if (column.type === 'date' || column.type === 'datetime') {
    const date = typeof value === 'string' || value instanceof Date ? parseDate(value) : null;
    if (date) return { value: date, type: Date, format: NUMBER_FORMATS[column.type] };
  }
  const n = numberOf(value);
  if (n !== null) {
    return { value: column.type === 'pct' ? n / 100 : n, type: Number, format: numberFormat(column, value) };
  }
  return text(value instanceof Date ? value.toISOString() : String(value));
}

/** Excel's rules for sheet names: 31 characters, none of []:*?/\, no apostrophe at either end. */
export function sheetName(title: string): string {
  const cleaned = title
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31)
    .trim();
  return cleaned === '' || cleaned === ABOUT_SHEET ? 'Data' : cleaned;
}

function aboutRows(meta: ExportMetadata, rowCount: number): Row[] {
  const label = (value: string): CellObject => ({ value, type: String, fontWeight: 'bold' });
  const filters = meta.filters.length > 0 ? meta.filters : ['None: every record'];
  return [
    [label('Title'), text(meta.title)],
    ...filters.map((filter, i): Row => [i === 0 ? label('Filters') : null, text(filter)]),
    [
      label('Data as of'),
      meta.asOf ? xlsxCell({ id: 'asOf', header: '', type: 'date' }, meta.asOf) : text('Not known'),
    ],
    [label('Generated at (UTC)'), { value: meta.generatedAt, type: Date, format: NUMBER_FORMATS.datetime }],
    [label('Rows'), { value: rowCount, type: Number, format: NUMBER_FORMATS.integer }],
    [label('View'), text(meta.viewUrl)],
    [label('Source'), text('Social Value Monitor, Liverpool City Region Combined Authority')],
    [
      label('Formula safety'),
      text('Text that starts with =, +, -, @, a tab or a carriage return is shown with a leading apostrophe.'),
    ],
  ];
}

/**
 * The table as an Excel workbook: the data on the first sheet (bold, frozen header row with
 * an autofilter, numbers and dates typed and formatted, widths fitted), and what was exported,
 * when and from where on a second sheet, "About this export".
 */
export function toXlsx(table: ExportTable): Promise<Blob> {
  const name = sheetName(table.meta.title);
  const header: Row = table.columns.map((c) => ({ value: neutralise(c.header), type: String, fontWeight: 'bold' }));
  const data: Row[] = [header];
  for (const row of table.rows) data.push(table.columns.map((column, i) => xlsxCell(column, row[i])));
  return writeXlsxFile(
    [
      {
        data,
        sheet: name,
        stickyRowsCount: 1,
        columns: columnWidths(table.columns, table.rows).map((width) => ({ width })),
      },
      { data: aboutRows(table.meta, table.rows.length), sheet: ABOUT_SHEET, columns: [{ width: 22 }, { width: 90 }] },
    ],
    { features: [autofilterFeature(name, data.length, table.columns.length)] },
  ).toBlob();
}
