// @vitest-environment node
import ExcelJS from 'exceljs';
import { http, HttpResponse } from 'msw';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { auditQuerySchema, contractsQuerySchema, evidenceQuerySchema, type ContractSummary } from '@/lib/contract';
import { CSV_METADATA_LINES } from '@/lib/export/csv';
import { describeExportFailure } from '@/lib/export/errors';
import type { ExportJob, ExportSource } from '@/lib/export/job';
import { runExportJob } from '@/lib/export/run-export-job';
import { HOSTILE_TITLES, createMockStore, hostileDataset, mockApiFetch } from './mock-api';
import { readWorkbook, rowValues, sheetRows } from './xlsx-reader';

const store = createMockStore(hostileDataset());
const fetch = mockApiFetch(store);

const job = (source: ExportSource, overrides: Partial<ExportJob> = {}): ExportJob => ({
  format: 'csv',
  source,
  title: 'Contracts',
  fileStem: 'contracts',
  filters: [],
  viewUrl: 'http://localhost:5173/contracts',
  apiBaseUrl: 'http://localhost/api/v1',
  ...overrides,
});

async function csvTable(file: Blob) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // UTF-8 with a byte order mark (Blob.text() would quietly drop it, so read the bytes)
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const { data, errors } = Papa.parse<string[]>(text.slice(1), { newline: '\r\n' });
  expect(errors).toEqual([]);
  return { header: data[CSV_METADATA_LINES] ?? [], rows: data.slice(CSV_METADATA_LINES + 1), meta: data };
}

/** Every contract the API lists for the query, in its order (the small data set fits one page). */
function allContracts(query: Parameters<typeof store.listContracts>[0]): ContractSummary[] {
  const first = store.listContracts({ ...query, page: 1, pageSize: 500 });
  return first.items;
}

describe('round trip through the mock API: contracts', () => {
  // A filter and sort that leave more than one page of 7, to prove every page is fetched.
  const query = contractsQuerySchema.parse({ status: ['live', 'mobilising'], sort: '-value' });
  const expected = allContracts(query);
  const columns = ['reference', 'title', 'supplier', 'value', 'endDate', 'rag', 'pct-jobs', 'evidenceAwaiting'];

  it('has as many rows as the API total for the filter, in its order (CSV)', async () => {
    expect(expected.length).toBeGreaterThan(7);
    const result = await runExportJob(job({ kind: 'api', resource: 'contracts', query }, { columns }), {
      fetch,
      pageSize: 7,
    });
    const { header, rows, meta } = await csvTable(result.file);

    expect(result.rowCount).toBe(expected.length);
    expect(rows).toHaveLength(expected.length);
    expect(meta[4]?.[1]).toBe(String(expected.length));
    expect(header).toEqual([
      'Reference',
      'Title',
      'Supplier',
      'Company number',
      'SME',
      'VCSE',
      'Value (£)',
      'Start date',
      'End date',
      'RAG',
      'Jobs: % of expected',
      'Evidence awaiting a decision',
    ]);
    expect(rows.map((r) => r[0])).toEqual(expected.map((c) => c.reference));
    expect(rows.map((r) => Number(r[6]))).toEqual(expected.map((c) => c.value));
  });

  it('keeps hostile text intact but inert in CSV', async () => {
    const hostile = contractsQuerySchema.parse({ q: 'Ñoño' });
    const result = await runExportJob(job({ kind: 'api', resource: 'contracts', query: hostile }, { columns }), {
      fetch,
    });
    const { rows } = await csvTable(result.file);
    const titles = rows.map((r) => r[1]);
    expect(titles).toHaveLength(HOSTILE_TITLES.length);
    expect(new Set(titles)).toEqual(new Set(HOSTILE_TITLES.map((t) => (/^[=+\-@]/.test(t) ? `'${t}` : t))));
    for (const row of rows) expect(row[2]).toMatch(/^Łódź & Ñoño, "Ltd"; \d$/);
  });

  it('types numbers, dates and hostile text correctly in Excel', async () => {
    const hostile = contractsQuerySchema.parse({ q: 'Ñoño', sort: 'reference' });
    const result = await runExportJob(
      job({ kind: 'api', resource: 'contracts', query: hostile }, { columns, format: 'xlsx' }),
      { fetch },
    );
    const workbook = await readWorkbook(result.file);
    const sheet = workbook.getWorksheet('Contracts');
    if (!sheet) throw new Error('no Contracts sheet');
    const items = allContracts(hostile);
    expect(sheetRows(sheet)).toHaveLength(items.length + 1);
    items.forEach((item, i) => {
      const row = sheet.getRow(i + 2);
      const values = rowValues(row, 12);
      expect(values[0]).toBe(item.reference);
      expect(values[1]).toBe(/^[=+\-@]/.test(item.title) ? `'${item.title}` : item.title);
      expect(values[2]).toBe(item.supplier.name);
      expect(row.getCell(7).type).toBe(ExcelJS.ValueType.Number);
      expect([values[6], row.getCell(7).numFmt]).toEqual([item.value, '"£"#,##0']);
      expect(values[8]).toEqual(new Date(`${item.endDate}T00:00:00Z`));
      expect(row.getCell(9).numFmt).toBe('yyyy-mm-dd');
      const pct = item.headlinePct.jobs;
      expect(values[10]).toBe(pct === null || pct === undefined ? null : pct / 100);
    });
    sheet.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
});

describe('round trip through the mock API: evidence and audit', () => {
  it('exports the whole verification queue', async () => {
    const query = evidenceQuerySchema.parse({});
    const total = store.listEvidence({ ...query, pageSize: 1 }).total;
    expect(total, 'enough to need pages').toBeGreaterThan(3);
    const result = await runExportJob(
      job({ kind: 'api', resource: 'evidence', query }, { title: 'Evidence awaiting a decision', format: 'xlsx' }),
      { fetch, pageSize: Math.ceil(total / 3) },
    );
    expect(result.rowCount).toBe(total);
    const sheet = (await readWorkbook(result.file)).worksheets[0];
    if (!sheet) throw new Error('no data sheet');
    expect(sheetRows(sheet)).toHaveLength(total + 1);
    expect(sheet.getRow(1).getCell(13).value).toBe('Uploaded at (UTC)');
    expect(sheet.getRow(2).getCell(13).type).toBe(ExcelJS.ValueType.Date);
  });

  it('exports the audit log', async () => {
    const query = auditQuerySchema.parse({ action: ['uploaded'] });
    const total = store.listAudit({ ...query, pageSize: 1 }).total;
    expect(total, 'enough to need pages').toBeGreaterThan(3);
    const result = await runExportJob(job({ kind: 'api', resource: 'audit', query }, { title: 'Audit log' }), {
      fetch,
      pageSize: Math.ceil(total / 3),
    });
    const { header, rows } = await csvTable(result.file);
    expect(rows).toHaveLength(total);
    expect(header.slice(0, 3)).toEqual(['When (UTC)', 'Who', 'Role']);
    expect(new Set(rows.map((r) => r[5]))).toEqual(new Set(['Uploaded']));
  });
});

describe('round trip through the mock API: failure', () => {
  it('makes no file when a page answers 500 mid-export', async () => {
    const failing = mockApiFetch(store, [
      http.get('*/api/v1/contracts', ({ request }) =>
        new URL(request.url).searchParams.get('page') === '3'
          ? HttpResponse.json(
              { type: 'about:blank', title: 'Internal Server Error', status: 500 },
              { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : undefined,
      ),
    ]);
    const error = await runExportJob(
      job({ kind: 'api', resource: 'contracts', query: contractsQuerySchema.parse({}) }),
      {
        fetch: failing,
        pageSize: 10,
      },
    ).catch((e: unknown) => e);
    expect(describeExportFailure(error).message).toMatch(/^Page 3 of 6 of the contracts could not be fetched/);
  });
});
