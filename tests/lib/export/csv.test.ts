// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_METADATA_LINES, toCsv } from '@/lib/export/csv';
import { awkwardTable } from './fixtures';

function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('toCsv', () => {
  const csv = toCsv(awkwardTable);
  const lines = parse(csv);
  const [header, ...rows] = lines.slice(CSV_METADATA_LINES);

  it('starts with a UTF-8 byte order mark and separates records with CRLF', () => {
    expect(csv.startsWith('\uFEFFTitle,Contracts')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(CSV_METADATA_LINES + 1 + awkwardTable.rows.length);
    // a line break inside a quoted value is data, not a record end
    expect(csv).toContain('"Highways, bridges and ""structures"" – Knowsley\nPhase 2"');
  });

  it('describes the export in a block before the table, every line the same width', () => {
    expect(lines.slice(0, CSV_METADATA_LINES).map((line) => line.slice(0, 2))).toEqual([
      ['Title', 'Contracts'],
      ['Filters', 'Borough: Liverpool, Sefton; Search: "=cmd|calc"; Sorted by value, highest first'],
      ['Data as of', '2026-10-31'],
      ['Generated at (UTC)', '2026-11-25T10:30:12Z'],
      ['Rows', '4'],
      ['View', 'http://localhost:5173/contracts?borough=E08000012&borough=E08000014&sort=-value'],
      ['', ''],
    ]);
    expect(new Set(lines.map((line) => line.length))).toEqual(new Set([awkwardTable.columns.length]));
  });

  it('has readable headers in column order', () => {
    expect(header).toEqual(awkwardTable.columns.map((c) => c.header));
  });

  it('round-trips commas, quotes, new lines, £ and accented text', () => {
    expect(rows.map((r) => r[1])).toEqual([
      'Highways, bridges and "structures" – Knowsley\nPhase 2',
      'Café Brontë £ plan',
      "'-1 offset",
      "'\tTabbed\r",
    ]);
  });

  it('neutralises formulae in text but leaves negative numbers as numbers', () => {
    expect(rows.map((r) => r[0])).toEqual([
      'LCRCA-2024-0137',
      `'=HYPERLINK("http://evil.example","click")`,
      "'+441515550100",
      "'@SUM(A1)",
    ]);
    expect(rows[1]?.slice(2, 6)).toEqual(['-2500', '-12.5', '-1', '-3.25']);
  });

  it('writes numbers plainly, percentages on a 0 to 100 scale, dates in ISO 8601 and flags as Yes or No', () => {
    expect(rows[0]).toEqual([
      'LCRCA-2024-0137',
      'Highways, bridges and "structures" – Knowsley\nPhase 2',
      '1250000',
      '87.3',
      '3',
      '12.5',
      '4.5',
      '2027-03-31',
      '2026-05-03T08:14:00Z',
      'Yes',
    ]);
    expect(rows[2]?.[3]).toBe('');
  });

  it('writes a header-only table when there are no rows', () => {
    const empty = parse(toCsv({ ...awkwardTable, rows: [] }));
    expect(empty).toHaveLength(CSV_METADATA_LINES + 1);
    expect(empty[4]?.[1]).toBe('0');
  });
});
