import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/** What a test needs from an exported file: its metadata, header row and data rows. */
export interface ExportedTable {
  /** "Title", "Filters", "Rows"… from the block the file opens with (CSV) or its second sheet (Excel). */
  meta: Map<string, string>;
  header: string[];
  rows: unknown[][];
}

export interface CsvExport extends ExportedTable {
  startsWithBom: boolean;
  rows: string[][];
}

/** Reads an exported CSV: a byte order mark, a metadata block, an empty line, the header row, the data. */
export async function readCsvExport(path: string): Promise<CsvExport> {
  const bytes = await readFile(path);
  const startsWithBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const parsed = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  if (parsed.errors.length > 0) throw new Error(`The CSV did not parse: ${parsed.errors[0]?.message ?? ''}`);
  const lines = parsed.data;
  // The metadata block ends at the first line of empty fields; the header row follows it.
  const blank = lines.findIndex((line) => line.every((cell) => cell === ''));
  const meta = new Map(lines.slice(0, blank).map((line): [string, string] => [line[0] ?? '', line[1] ?? '']));
  const header = lines[blank + 1] ?? [];
  // Papa reads the final line ending as one more, empty, line.
  const rows = lines.slice(blank + 2).filter((line) => line.some((cell) => cell !== ''));
  return { startsWithBom, meta, header, rows };
}

export interface XlsxExport extends ExportedTable {
  sheetNames: string[];
}

const cellText = (value: ExcelJS.CellValue): string => (value === null || value === undefined ? '' : String(value));

/** Reads an exported workbook: the data on its first sheet, "About this export" on the second. */
export async function readXlsxExport(path: string): Promise<XlsxExport> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const [data, about] = workbook.worksheets;
  if (!data || !about) throw new Error('The workbook should have a data sheet and an "About this export" sheet');
  const values = (row: ExcelJS.Row): ExcelJS.CellValue[] =>
    Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).value);
  const header = values(data.getRow(1)).map(cellText);
  const rows: ExcelJS.CellValue[][] = [];
  data.eachRow((row, number) => {
    if (number > 1) rows.push(values(row));
  });
  const meta = new Map<string, string>();
  about.eachRow((row) => {
    const key = cellText(row.getCell(1).value);
    if (key !== '') meta.set(key, cellText(row.getCell(2).value));
  });
  return { sheetNames: workbook.worksheets.map((sheet) => sheet.name), meta, header, rows };
}
