// @vitest-environment node
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ABOUT_SHEET, sheetName, toXlsx, XLSX_MEDIA_TYPE } from '@/lib/export/xlsx';
import { columnLetters } from '@/lib/export/xlsx-rows';
import { awkwardTable } from './fixtures';
import { readWorkbook, rowValues, sheetRows } from './xlsx-reader';

describe('toXlsx', () => {
  let file: Blob;
  let data: ExcelJS.Worksheet;
  let about: ExcelJS.Worksheet;
  const width = awkwardTable.columns.length;

  beforeAll(async () => {
    file = await toXlsx(awkwardTable);
    const workbook = await readWorkbook(file);
    const [first, second] = workbook.worksheets;
    if (!first || !second) throw new Error('expected two sheets');
    [data, about] = [first, second];
  });

  it('is an Excel workbook with the data first and "About this export" second', () => {
    expect(file.type).toBe(XLSX_MEDIA_TYPE);
    expect([data.name, about.name]).toEqual(['Contracts', ABOUT_SHEET]);
  });

  it('has a bold, frozen header row with an autofilter over every row', () => {
    expect(rowValues(data.getRow(1), width)).toEqual(awkwardTable.columns.map((c) => c.header));
    expect(data.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(data.autoFilter).toBe(`A1:J${awkwardTable.rows.length + 1}`);
    expect(sheetRows(data)).toHaveLength(awkwardTable.rows.length + 1);
  });

  it('fits column widths to headers and values, within bounds', () => {
    const widths = data.columns.map((c) => c.width ?? 0);
    expect(widths).toHaveLength(width);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(8);
    for (const w of widths) expect(w).toBeLessThanOrEqual(60);
    // the long title is wider than the short flag column
    expect(widths[1]).toBeGreaterThan(widths[9] ?? Infinity);
  });

  it('stores numbers as numbers with £, %, unit and integer formats', () => {
    const row = data.getRow(2);
    const cell = (i: number) => row.getCell(i);
    expect([cell(3).type, cell(3).value, cell(3).numFmt]).toEqual([ExcelJS.ValueType.Number, 1_250_000, '"£"#,##0']);
    expect([cell(4).value, cell(4).numFmt]).toEqual([0.8725, '0.0%']);
    expect([cell(5).value, cell(5).numFmt]).toEqual([3, '#,##0']);
    expect([cell(6).value, cell(6).numFmt]).toEqual([12.5, '#,##0.0 "tCO2e"']);
    // a quantity carries its own unit when the column mixes units
    expect([cell(7).value, cell(7).numFmt]).toEqual([4.5, '#,##0.0 "FTE"']);
    expect([data.getRow(4).getCell(7).value, data.getRow(4).getCell(7).numFmt]).toEqual([20_000, '"£"#,##0']);
  });

  it('stores dates and date-times as dates (date-times in UTC)', () => {
    const row = data.getRow(2);
    expect(row.getCell(8).type).toBe(ExcelJS.ValueType.Date);
    expect(row.getCell(8).value).toEqual(new Date('2027-03-31T00:00:00Z'));
    expect(row.getCell(8).numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(9).value).toEqual(new Date('2026-05-03T08:14:00Z'));
    expect(row.getCell(9).numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('keeps commas, quotes, new lines, £ and accented text intact', () => {
    expect(data.getRow(2).getCell(2).value).toBe('Highways, bridges and "structures" – Knowsley\nPhase 2');
    expect(data.getRow(3).getCell(2).value).toBe('Café Brontë £ plan');
    expect(data.getRow(2).getCell(10).value).toBe('Yes');
  });

  it('neutralises formulae in every text cell but leaves negative numbers as numbers', () => {
    expect([2, 3, 4, 5].map((r) => data.getRow(r).getCell(1).value)).toEqual([
      'LCRCA-2024-0137',
      `'=HYPERLINK("http://evil.example","click")`,
      "'+441515550100",
      "'@SUM(A1)",
    ]);
    expect(data.getRow(5).getCell(2).value).toBe("'\tTabbed\n");
    expect(rowValues(data.getRow(3), width).slice(2, 6)).toEqual([-2500, -0.125, -1, -3.25]);
    data.eachRow((row) => {
      row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula));
    });
  });

  it('describes the export on the About sheet', () => {
    const entries = sheetRows(about).map((row) => rowValues(row, 2));
    expect(entries).toEqual([
      ['Title', 'Contracts'],
      ['Filters', 'Borough: Liverpool, Sefton'],
      [null, 'Search: "=cmd|calc"'],
      [null, 'Sorted by value, highest first'],
      ['Data as of', new Date('2026-10-31T00:00:00Z')],
      ['Generated at (UTC)', new Date('2026-11-25T10:30:12Z')],
      ['Rows', 4],
      ['View', awkwardTable.meta.viewUrl],
      ['Source', expect.stringContaining('Liverpool City Region')],
      ['Formula safety', expect.stringContaining('leading apostrophe')],
    ]);
  });

  it('writes a valid workbook with only a header row when there are no rows', async () => {
    const workbook = await readWorkbook(await toXlsx({ ...awkwardTable, rows: [] }));
    const sheet = workbook.worksheets[0];
    expect(sheet && sheetRows(sheet)).toHaveLength(1);
    expect(sheet?.autoFilter).toBe('A1:J1');
  });
});

describe('sheetName', () => {
  it('follows Excel rules for sheet names', () => {
    expect(sheetName('Evidence: Q3 2025/26 [pending]')).toBe('Evidence  Q3 2025 26  pending');
    expect(sheetName("'Quoted'")).toBe('Quoted');
    expect(sheetName('A title well over the thirty-one character limit')).toHaveLength(31);
    expect(sheetName('???')).toBe('Data');
  });
});

describe('toXlsx text that XML must escape or cannot hold', () => {
  it('keeps markup, spaces and emoji as text and drops characters XML forbids', async () => {
    const values = [
      '<b>bold</b> & "quoted"',
      '  leading and trailing  ',
      'Emoji 😀 kept',
      'Bell\u0001 dropped',
      'Lone \uD800 dropped',
    ];
    const workbook = await readWorkbook(
      await toXlsx({
        columns: [{ id: 'text', header: 'Text', type: 'text' }],
        rows: values.map((value) => [value]),
        meta: awkwardTable.meta,
      }),
    );
    const sheet = workbook.worksheets[0];
    expect(values.map((_, i) => sheet?.getRow(i + 2).getCell(1).value)).toEqual([
      '<b>bold</b> & "quoted"',
      '  leading and trailing  ',
      'Emoji 😀 kept',
      'Bell dropped',
      'Lone  dropped',
    ]);
  });
});

describe('columnLetters', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
