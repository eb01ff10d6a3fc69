import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import {
  COMMITMENT_COLUMNS,
  CONTRACT_COLUMNS,
  IMPORT_SHEETS,
  type ImportIssue,
  type ImportSheet,
} from '@/lib/contract';

/** A file as uploaded. */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** One sheet's data rows as text, with the spreadsheet's own row numbers. */
export interface RawSheet {
  file: string;
  sheet: ImportSheet;
  /** Column title -> index, matched without regard to case or surrounding spaces. */
  columns: Map<string, number>;
  rows: { row: number; cells: string[] }[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** XLSX is a zip; anything else the server let through is text (CSV). */
export function isXlsx(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A cell as text: dates as ISO dates, numbers as JavaScript writes them, booleans as yes/no. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value).trim();
}

const norm = (title: string) => title.trim().toLowerCase();
const CONTRACT_KEY = norm(CONTRACT_COLUMNS.reference);
const COMMITMENT_KEY = norm(COMMITMENT_COLUMNS.measureCode);

/** Which sheet a header row belongs to, by its columns (so CSV files need no naming convention). */
function sheetOf(columns: Map<string, number>): ImportSheet | null {
  if (columns.has(COMMITMENT_KEY)) return IMPORT_SHEETS.commitments;
  if (columns.has(CONTRACT_KEY)) return IMPORT_SHEETS.contracts;
  return null;
}

function toSheet(file: string, table: string[][], sheetName: string | null): RawSheet | ImportIssue {
  const headerIndex = table.findIndex((cells) => cells.some((c) => c !== ''));
  const header = table[headerIndex] ?? [];
  const columns = new Map<string, number>();
  header.forEach((title, i) => {
    if (title !== '' && !columns.has(norm(title))) columns.set(norm(title), i);
  });
  const sheet = sheetOf(columns);
  if (!sheet) {
    return {
      file,
      sheet: sheetName,
      row: headerIndex >= 0 ? headerIndex + 1 : null,
      column: null,
      reason: `The header row has neither "${CONTRACT_COLUMNS.reference}" (contracts) nor "${COMMITMENT_COLUMNS.measureCode}" (commitments). Start from the template.`,
    };
  }
  const rows: RawSheet['rows'] = [];
  table.forEach((cells, i) => {
    if (i > headerIndex && cells.some((c) => c !== '')) rows.push({ row: i + 1, cells });
  });
  return { file, sheet, columns, rows };
}

function readCsv(file: UploadedFile): string[][] | ImportIssue {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return {
      file: file.name,
      sheet: null,
      row: null,
      column: null,
      reason: 'The file is not UTF-8 text (save it as CSV UTF-8).',
    };
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    return {
      file: file.name,
      sheet: null,
      row: fatal.row === undefined ? null : fatal.row + 1,
      column: null,
      reason: `The CSV is malformed: ${fatal.message}.`,
    };
  }
  return parsed.data.map((cells) => cells.map(cellText));
}

/**
 * The register's sheets from the files uploaded: an XLSX workbook's sheets, or one CSV per sheet
 * (contracts, commitments), each recognised by its header row. Issues name the file and sheet.
 */
export async function readRegisterFiles(files: UploadedFile[]): Promise<{ sheets: RawSheet[]; issues: ImportIssue[] }> {
  const sheets: RawSheet[] = [];
  const issues: ImportIssue[] = [];
  const add = (result: RawSheet | ImportIssue) => {
    if ('reason' in result) issues.push(result);
    else sheets.push(result);
  };
  for (const file of files) {
    if (isXlsx(file.bytes)) {
      let workbook: { sheet: string; data: unknown[][] }[];
      try {
        const copy = new Uint8Array(file.bytes);
        workbook = await readXlsxFile(copy.buffer);
      } catch {
        issues.push({
          file: file.name,
          sheet: null,
          row: null,
          column: null,
          reason: 'The workbook could not be read.',
        });
        continue;
      }
      for (const { sheet, data } of workbook) {
        const table = data.map((cells) => cells.map(cellText));
        if (table.every((cells) => cells.every((c) => c === ''))) continue;
        add(toSheet(file.name, table, sheet));
      }
    } else {
      const table = readCsv(file);
      if ('reason' in table) issues.push(table);
      else add(toSheet(file.name, table, null));
    }
  }
  const kinds = new Map<ImportSheet, RawSheet>();
  for (const sheet of sheets) {
    const other = kinds.get(sheet.sheet);
    if (other) {
      issues.push({
        file: sheet.file,
        sheet: sheet.sheet,
        row: null,
        column: null,
        reason: `There are two ${sheet.sheet} sheets (the other is in ${other.file}). Upload one of each.`,
      });
    }
    kinds.set(sheet.sheet, sheet);
  }
  if (issues.length === 0 && !kinds.has(IMPORT_SHEETS.contracts)) {
    issues.push({
      file: files.map((f) => f.name).join(', '),
      sheet: IMPORT_SHEETS.contracts,
      row: null,
      column: null,
      reason: 'There is no Contracts sheet. Start from the template.',
    });
  }
  return { sheets, issues };
}
