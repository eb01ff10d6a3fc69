// @vitest-environment node
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contractsQuerySchema } from '@/lib/contract';
import { CSV_METADATA_LINES } from '@/lib/export/csv';
import { describeExportFailure, ExportDataChangedError, ExportPageError } from '@/lib/export/errors';
import type { ExportJob, ExportProgress } from '@/lib/export/job';
import { runExportJob } from '@/lib/export/run-export-job';
import { contract, fakeApi } from './api-fixtures';
import { readWorkbook, rowValues, sheetRows } from './xlsx-reader';

const contracts = Array.from({ length: 1_234 }, (_, i) => contract(i + 1));
const query = contractsQuerySchema.parse({ borough: ['E08000012'], sort: '-value', page: '3' });

const job = (overrides: Partial<ExportJob> = {}): ExportJob => ({
  format: 'csv',
  source: { kind: 'api', resource: 'contracts', query },
  title: 'Contracts',
  fileStem: 'contracts',
  filters: ['Borough: Liverpool', 'Sorted by value, highest first'],
  viewUrl: 'http://localhost:5173/contracts?borough=E08000012&sort=-value&page=3',
  apiBaseUrl: 'http://api.example/api/v1/',
  demoUserId: 'u-auditor-1',
  ...overrides,
});

const parseCsv = async (file: Blob) => {
  const text = (await file.text()).replace(/^\uFEFF/, '');
  const { data, errors } = Papa.parse<string[]>(text, { newline: '\r\n' });
  expect(errors).toEqual([]);
  return { meta: data.slice(0, CSV_METADATA_LINES), header: data[CSV_METADATA_LINES], rows: data.slice(8) };
};

const now = () => new Date(2026, 10, 25, 10, 30);

afterEach(() => vi.unstubAllGlobals());

describe('runExportJob from the API', () => {
  it('fetches every page of the filtered, sorted set, not the page on screen', async () => {
    const api = fakeApi({ contracts });
    const progress: ExportProgress[] = [];
    const result = await runExportJob(job(), { fetch: api.fetch, now, onProgress: (p) => progress.push(p) });

    const pages = api.requests.filter((url) => url.pathname === '/api/v1/contracts');
    expect(pages.map((url) => url.searchParams.get('page') ?? '1')).toEqual(['1', '2', '3']);
    for (const url of pages) {
      expect(url.searchParams.get('pageSize')).toBe('500');
      expect(url.searchParams.getAll('borough')).toEqual(['E08000012']);
      expect(url.searchParams.get('sort')).toBe('-value');
    }
    expect(progress.map((p) => [p.phase, p.fetched, p.total])).toEqual([
      ['fetching', 500, 1_234],
      ['fetching', 1_000, 1_234],
      ['fetching', 1_234, 1_234],
      ['writing', 1_234, 1_234],
    ]);
    expect(result.rowCount).toBe(1_234);
    expect(result.fileName).toBe('contracts-2026-11-25T1030.csv');
    expect(result.file.type).toBe('text/csv;charset=utf-8');

    const { meta, rows } = await parseCsv(result.file);
    expect(rows).toHaveLength(1_234);
    expect(rows.map((r) => r[0])).toEqual(contracts.map((c) => c.reference));
    expect(meta.slice(0, 6).map((line) => line.slice(0, 2))).toEqual([
      ['Title', 'Contracts'],
      ['Filters', 'Borough: Liverpool; Sorted by value, highest first'],
      ['Data as of', '2026-10-31'],
      ['Generated at (UTC)', now().toISOString().slice(0, 19) + 'Z'],
      ['Rows', '1234'],
      ['View', 'http://localhost:5173/contracts?borough=E08000012&sort=-value&page=3'],
    ]);
  });

  it('acts as the demo user the app acts as', async () => {
    const api = fakeApi({ contracts: contracts.slice(0, 3) });
    await runExportJob(job(), { fetch: api.fetch });
    expect(api.headers.map((h) => h.get('X-Demo-User'))).toEqual(['u-auditor-1', 'u-auditor-1']);
  });

  it('exports the visible columns in the order shown, each with readable headers', async () => {
    const api = fakeApi({ contracts: contracts.slice(0, 3) });
    const result = await runExportJob(job({ columns: ['value', 'reference', 'supplier', 'pct-carbon', 'gone'] }), {
      fetch: api.fetch,
    });
    const { header, rows } = await parseCsv(result.file);
    expect(header).toEqual([
      'Value (£)',
      'Reference',
      'Supplier',
      'Company number',
      'SME',
      'VCSE',
      'Carbon saved: % of expected',
    ]);
    expect(rows[0]).toEqual(['100001', 'LCRCA-2024-00001', 'Mersey Surfacing Ltd', '01234567', 'Yes', 'No', '-5']);
  });

  it('builds an Excel file with typed cells and neutralised formulae', async () => {
    const api = fakeApi({ contracts: contracts.slice(0, 3) });
    const result = await runExportJob(job({ format: 'xlsx', columns: ['reference', 'title', 'value', 'endDate'] }), {
      fetch: api.fetch,
      now,
    });
    expect(result.fileName).toBe('contracts-2026-11-25T1030.xlsx');
    const workbook = await readWorkbook(result.file);
    const sheet = workbook.getWorksheet('Contracts');
    if (!sheet) throw new Error('no Contracts sheet');
    expect(sheetRows(sheet)).toHaveLength(4);
    expect(rowValues(sheet.getRow(1), 5)).toEqual(['Reference', 'Title', 'Value (£)', 'Start date', 'End date']);
    expect(rowValues(sheet.getRow(3), 5)).toEqual([
      'LCRCA-2024-00002',
      `'=cmd|"/c calc"!A1`,
      100_002,
      new Date('2024-04-01T00:00:00Z'),
      new Date('2027-03-31T00:00:00Z'),
    ]);
  });

  it('resolves a relative API base URL against the page it runs in', async () => {
    vi.stubGlobal('location', new URL('http://app.example/contracts?page=2'));
    const api = fakeApi({ contracts: contracts.slice(0, 1) });
    await runExportJob(job({ apiBaseUrl: '/api/v1' }), { fetch: api.fetch });
    expect(api.requests[0]?.href).toBe('http://app.example/api/v1/reference');
  });
});

describe('runExportJob failures', () => {
  it('stops with a clear message and no file when a page fails mid-export', async () => {
    const api = fakeApi({
      contracts,
      failPage: {
        page: 2,
        response: () =>
          new Response(JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500 }), {
            status: 500,
            headers: { 'Content-Type': 'application/problem+json' },
          }),
      },
    });
    const onProgress = vi.fn();
    const error: unknown = await runExportJob(job(), { fetch: api.fetch, onProgress }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ExportPageError);
    expect(onProgress).toHaveBeenCalledTimes(1);
    expect(onProgress).not.toHaveBeenCalledWith(expect.objectContaining({ phase: 'writing' }));
    const { title, message } = describeExportFailure(error);
    expect(title).toBe('The export stopped');
    expect(message).toMatch(
      /^Page 2 of 3 of the contracts could not be fetched: sorry, there is a problem with the service\./,
    );
    expect(message).toContain('No file was made.');
    expect(message).toContain('Try again.');
  });

  it('names the field when a page does not match the contract', async () => {
    const api = fakeApi({
      contracts,
      failPage: {
        page: 3,
        response: () =>
          new Response(
            JSON.stringify({
              items: [{ ...contract(1), value: 'lots' }],
              page: 3,
              pageSize: 500,
              total: 1_234,
              pageCount: 3,
            }),
            {
              headers: { 'Content-Type': 'application/json' },
            },
          ),
      },
    });
    const error = await runExportJob(job(), { fetch: api.fetch }).catch((e: unknown) => e);
    expect(describeExportFailure(error).message).toMatch(
      /Page 3 of 3 of the contracts .*\(contracts: items\[0\]\.value\)/,
    );
  });

  it('refuses to mix pages when the list changes during the export', async () => {
    const api = fakeApi({ contracts, totalChangesOnPage: 2 });
    const error = await runExportJob(job(), { fetch: api.fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportDataChangedError);
    expect(describeExportFailure(error).message).toContain('No file was made. Try again to export the latest data.');
  });

  it('says the service could not be reached when the network fails', async () => {
    const failing: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await runExportJob(job(), { fetch: failing }).catch((e: unknown) => e);
    expect(describeExportFailure(error)).toEqual({
      title: 'The export stopped',
      message: expect.stringMatching(
        /^The service could not be reached\. No file was made\. Check your internet connection/,
      ),
    });
  });

  it('stops fetching and makes no file when cancelled', async () => {
    const api = fakeApi({ contracts });
    const controller = new AbortController();
    const error = await runExportJob(job(), {
      fetch: api.fetch,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(api.requests.filter((url) => url.pathname.endsWith('/contracts'))).toHaveLength(1);
  });
});

describe('runExportJob from rows in memory', () => {
  const source = {
    kind: 'rows' as const,
    columns: [
      { id: 'area', header: 'Borough', type: 'text' as const },
      { id: 'pledged', header: 'Jobs pledged', type: 'quantity' as const, unit: 'FTE' as const },
      { id: 'pct', header: 'Jobs: % of expected', type: 'pct' as const },
    ],
    rows: [
      { area: 'Knowsley', pledged: 12.5, pct: 96 },
      { area: 'St Helens', pledged: -1, pct: null },
    ],
  };

  it('writes the visible columns in order, with no page fetches', async () => {
    const api = fakeApi({ contracts });
    const result = await runExportJob(job({ source, columns: ['pct', 'area'], title: 'Jobs by borough' }), {
      fetch: api.fetch,
    });
    expect(api.requests.map((url) => url.pathname)).toEqual(['/api/v1/reference']);
    const { header, rows } = await parseCsv(result.file);
    expect(header).toEqual(['Jobs: % of expected', 'Borough']);
    expect(rows).toEqual([
      ['96', 'Knowsley'],
      ['', 'St Helens'],
    ]);
    expect(result.rowCount).toBe(2);
  });

  it('writes every column when no order is given', async () => {
    const result = await runExportJob(job({ source, format: 'xlsx' }), { fetch: fakeApi({ contracts }).fetch });
    const sheet = (await readWorkbook(result.file)).worksheets[0];
    expect(sheet && rowValues(sheet.getRow(3), 3)).toEqual(['St Helens', -1, null]);
  });
});
