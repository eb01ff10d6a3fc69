// @vitest-environment node
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importResultSchema, problemSchema, type ImportResult } from '@/lib/contract';
import type { UploadedFile } from '@/lib/import';
import { templateXlsx } from '@/lib/import';
import { commitmentCells, contractCells, registerFiles } from '../lib/import/register-fixtures';
import { server as mockApi } from '@mocks/node';
import { startImportApp, type ImportApp } from './support/import-app';

let app: ImportApp;
beforeAll(async () => {
  // These requests go to the real server: take the mock API (started by tests/setup.ts) off the network.
  mockApi.close();
  app = await startImportApp();
}, 120_000);
afterAll(async () => {
  await app.close();
});

function form(files: UploadedFile[]): FormData {
  const body = new FormData();
  for (const f of files) body.append('file', new Blob([new Uint8Array(f.bytes)]), f.name);
  return body;
}

async function post(files: UploadedFile[], query = '', user = 'u-cm-2') {
  return fetch(`${app.baseUrl}/imports${query}`, {
    method: 'POST',
    body: form(files),
    headers: { 'X-Demo-User': user },
  });
}

async function imported(files: UploadedFile[], query = ''): Promise<ImportResult> {
  const response = await post(files, query);
  const body: unknown = await response.json();
  expect(response.status, JSON.stringify(body).slice(0, 500)).toBe(200);
  return importResultSchema.parse(body);
}

/** Rows of a raw query (node-postgres and PGlite both answer with `rows`). */
async function rowsOf<T>(query: SQL): Promise<T[]> {
  const result = (await app.database.db.execute(query)) as { rows?: T[] };
  return result.rows ?? [];
}

async function dataVersion(): Promise<number> {
  const [row] = await rowsOf<{ v: number }>(sql`select data_version::int as v from settings`);
  return row?.v ?? -1;
}

async function count(table: string, where = 'true'): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(sql.raw(`select count(*)::int as n from ${table} where ${where}`));
  return row?.n ?? -1;
}

const contracts = [1, 2, 3].map((n) => contractCells(n));
const commitments = [
  commitmentCells(1),
  commitmentCells(2, { profile: '2025-26-Q1=5; 2025-26-Q2=7', spreadFrom: '', spreadTo: '' }),
];

describe('POST /imports', () => {
  it('imports nothing from a file with one bad row, and names the sheet, row, column and reason', async () => {
    const before = { contracts: await count('contracts'), version: await dataVersion() };
    const bad = [contracts[0], { ...contractCells(2), endDate: '31/02/2027' }, contracts[2]].filter(
      (c) => c !== undefined,
    );
    const response = await post(registerFiles(bad, commitments));
    expect(response.status).toBe(400);
    const problem = problemSchema.parse(await response.json());
    expect(problem.importIssues).toEqual([
      {
        file: 'contracts.csv',
        sheet: 'Contracts',
        row: 3,
        column: 'End date',
        reason: 'Enter the end date as a date such as 2026-04-01 or 1/4/2026, not "31/02/2027"',
      },
    ]);
    expect(await count('contracts')).toBe(before.contracts);
    expect(await count('import_runs')).toBe(0);
    expect(await dataVersion()).toBe(before.version);
  });

  it('checks a fixed file without writing (dry run), then imports it in one go', async () => {
    const files = registerFiles(contracts, commitments);
    const before = await count('contracts');
    const check = await imported(files, '?dryRun=true');
    expect(check).toMatchObject({ id: null, dryRun: true, contracts: { created: 3, updated: 0, unchanged: 0 } });
    expect(await count('contracts')).toBe(before);

    const version = await dataVersion();
    const result = await imported(files);
    expect(result).toMatchObject({
      dryRun: false,
      contracts: { created: 3, updated: 0, unchanged: 0 },
      commitments: { created: 2, updated: 0, unchanged: 0 },
      suppliers: { created: 3, updated: 0, unchanged: 0 },
    });
    expect(result.id).toMatch(/^imp-/);
    expect(await count('contracts')).toBe(before + 3);
    expect(await count('commitment_profile', "commitment_id like 'c-i%'")).toBe(12 + 2);
    expect(await dataVersion()).toBe(version + 1);
    const rows = await rowsOf<{ themes: string[]; status: string; search_text: string }>(
      sql`select themes, status, search_text from contracts where reference = 'IMP-00002'`,
    );
    expect(rows[0]).toEqual({
      themes: ['jobs'],
      status: 'live',
      search_text: 'imp-00002\nimported contract 2\nsupplier 2 ltd\n10000002\npriya sharma',
    });
  });

  it('changes nothing when the same file comes again', async () => {
    const version = await dataVersion();
    const contractsBefore = await count('contracts');
    const result = await imported(registerFiles(contracts, commitments));
    expect(result).toMatchObject({
      contracts: { created: 0, updated: 0, unchanged: 3 },
      commitments: { created: 0, updated: 0, unchanged: 2 },
      suppliers: { created: 0, updated: 0, unchanged: 3 },
      changes: [],
      changeCount: 0,
    });
    expect(await count('contracts')).toBe(contractsBefore);
    expect(await dataVersion()).toBe(version);
  });

  it('updates a changed contract by reference and records each field changed, old and new', async () => {
    const changed = [contractCells(1, { value: '99000' }), contracts[1], contracts[2]].filter((c) => c !== undefined);
    const moreJobs = [commitmentCells(1, { total: '24' }), commitments[1]].filter((c) => c !== undefined);
    const version = await dataVersion();
    const result = await imported(registerFiles(changed, moreJobs));
    expect(result.contracts).toEqual({ created: 0, updated: 1, unchanged: 2 });
    expect(result.changes).toEqual([
      { subject: 'contract', key: 'IMP-00001', field: 'Value (GBP)', from: '50010', to: '99000' },
      { subject: 'commitment', key: 'IMP-00001 / JOB-LOCAL-FTE / Liverpool', field: 'Total', from: '12', to: '24' },
      expect.objectContaining({ subject: 'commitment', field: 'Quarterly profile' }),
    ]);
    expect(await dataVersion()).toBe(version + 1);
    const rows = await rowsOf<{ field: string; from_value: string; to_value: string }>(
      sql`select field, from_value, to_value from import_changes where run_id = ${result.id} order by seq`,
    );
    expect(rows.slice(0, 2)).toEqual([
      { field: 'Value (GBP)', from_value: '50010', to_value: '99000' },
      { field: 'Total', from_value: '12', to_value: '24' },
    ]);
    const refused = await app.database.db.execute(sql`delete from import_changes`).then(
      () => null,
      (error: unknown) => error,
    );
    expect(String((refused as { cause?: unknown } | null)?.cause)).toMatch(/import_changes is append-only/);
  });

  it('reads the same register from its XLSX template', async () => {
    const bytes = new Uint8Array(await (await templateXlsx()).arrayBuffer());
    const result = await imported([{ name: 'register.xlsx', bytes }], '?dryRun=true');
    expect(result.contracts.created).toBe(1);
    expect(result.commitments.created).toBe(2);
  });

  it('refuses a file by its content, not its name', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2,
      0, 0, 0,
    ]);
    const response = await post([{ name: '../../register.csv', bytes: png }]);
    expect(response.status).toBe(415);
    const problem = problemSchema.parse(await response.json());
    expect(problem.detail).toBe('register.csv is a PNG file: upload the register as an Excel workbook (.xlsx) or CSV.');
  });

  it('refuses a user who may not import, and a request that is not multipart', async () => {
    const forbidden = await post(registerFiles(contracts), '', 'u-director-1');
    expect(forbidden.status).toBe(403);
    const json = await fetch(`${app.baseUrl}/imports`, {
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(json.status).toBe(415);
    const empty = await fetch(`${app.baseUrl}/imports`, { method: 'POST', body: new FormData() });
    expect([400, 415]).toContain(empty.status);
  });

  it('serves the templates', async () => {
    const csv = await fetch(`${app.baseUrl}/imports/templates/contracts-template.csv`);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="contracts-template.csv"');
    expect((await csv.text()).split('\r\n')[0]).toBe(
      'Reference,Title,Supplier name,Company number,Value (GBP),Start date,End date,Boroughs,Category,Manager',
    );
    expect((await fetch(`${app.baseUrl}/imports/templates/nope.csv`)).status).toBe(404);
  });
});
