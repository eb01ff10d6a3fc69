import ExcelJS from 'exceljs';

/** Opens a workbook the way a spreadsheet would, to check what the writer really produced. */
export async function readWorkbook(file: Blob): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await file.arrayBuffer());
  return workbook;
}

export function sheetRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push(row));
  return rows;
}

export function rowValues(row: ExcelJS.Row | undefined, columnCount: number): ExcelJS.CellValue[] {
  return Array.from({ length: columnCount }, (_, i) => row?.getCell(i + 1).value ?? null);
}
