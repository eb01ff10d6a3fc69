import writeXlsxFile, { type CellObject, type Row } from 'write-excel-file/universal';
import { columnWidths } from './column-widths';
import { neutralise } from './neutralise';
import type { ExportMetadata, ExportTable } from './types';
import { autofilterFeature } from './xlsx-autofilter';
import { NUMBER_FORMATS } from './xlsx-formats';
import { dataRowsFeature, styleProbeRow } from './xlsx-rows';

export { NUMBER_FORMATS } from './xlsx-formats';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ABOUT_SHEET = 'About this export';

/** Metadata text is short; it goes through the library, neutralised like every text cell. */
const text = (value: string): CellObject => ({ value: neutralise(value), type: String });

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
      meta.asOf
        ? { value: new Date(`${meta.asOf}T00:00:00Z`), type: Date, format: NUMBER_FORMATS.date }
        : text('Not known'),
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
  return writeXlsxFile(
    [
      {
        data: table.rows.length > 0 ? [header, styleProbeRow()] : [header],
        sheet: name,
        stickyRowsCount: 1,
        columns: columnWidths(table.columns, table.rows).map((width) => ({ width })),
      },
      { data: aboutRows(table.meta, table.rows.length), sheet: ABOUT_SHEET, columns: [{ width: 22 }, { width: 90 }] },
    ],
    {
      // The autofilter edits the sheet while it is small, before the data rows go in.
      features: [
        autofilterFeature(name, table.rows.length + 1, table.columns.length),
        dataRowsFeature(table.columns, table.rows),
      ],
    },
  ).toBlob();
}
