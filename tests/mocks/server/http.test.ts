import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bypass } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractSummarySchema, evidenceDetailSchema, evidenceSchema, pageSchema, problemSchema } from '@/lib/contract';
import { DataFileError } from '@mocks/server/data-file';
import { startMockApi, type MockApiOptions, type RunningMockApi } from '@mocks/server/start';

// The tests' msw server answers */api/v1 itself; `bypass` sends these requests to the real socket.
const http = (url: string, init?: RequestInit) => fetch(bypass(new Request(url, init)));

let directory = '';
const options = (overrides: Partial<MockApiOptions> = {}): MockApiOptions => ({
  port: 0,
  host: '127.0.0.1',
  seed: 1,
  contracts: 20,
  dataFile: join(directory, 'decisions.json'),
  latencyMs: 0,
  ...overrides,
});

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'svm-mock-api-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('the standalone mock API over HTTP', () => {
  let api: RunningMockApi;
  beforeAll(async () => {
    api = await startMockApi(options({ dataFile: join(directory, 'cors.json') }));
  });
  afterAll(() => api.close());

  it('serves a page of contracts with CORS for a localhost app', async () => {
    const response = await http(`${api.url}/api/v1/contracts?sort=-value&pageSize=5`, {
      headers: { Origin: 'http://localhost:5173' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:5173');
    expect(response.headers.get('Access-Control-Expose-Headers')).toBe('Content-Disposition, Retry-After');
    expect(response.headers.get('Vary')).toBe('Origin');
    const page = pageSchema(contractSummarySchema).parse(await response.json());
    expect(page).toMatchObject({ total: 20, pageSize: 5 });
  });

  it('gives other origins no CORS headers', async () => {
    const response = await http(`${api.url}/api/v1/reference`, { headers: { Origin: 'https://elsewhere.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('answers a preflight with 204 and what may be sent', async () => {
    const response = await http(`${api.url}/api/v1/evidence/e-0000001/decisions`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:4173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,x-demo-user',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('http://127.0.0.1:4173');
    expect(response.headers.get('Access-Control-Allow-Methods')).toBe('GET, HEAD, POST, OPTIONS');
    expect(response.headers.get('Access-Control-Allow-Headers')).toBe('Content-Type, X-Demo-User');
  });

  it('says what it is at /, is healthy at /healthz, and 404s anything else as a problem', async () => {
    expect(await (await http(`${api.url}/`)).text()).toMatch(/\/api\/v1\/openapi\.json/);
    expect(await (await http(`${api.url}/healthz`)).json()).toEqual({ status: 'ok' });
    for (const path of ['/elsewhere', '/api/v1/elsewhere']) {
      const response = await http(`${api.url}${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      expect(problemSchema.parse(await response.json()).instance).toBe(path);
    }
  });

  it('sends evidence files with their name', async () => {
    const [e] = pageSchema(evidenceSchema).parse(
      await (await http(`${api.url}/api/v1/evidence?status=verified&pageSize=1`)).json(),
    ).items;
    const response = await http(`${api.url}/api/v1/evidence/${e?.id ?? ''}/file`);
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="${e?.fileName ?? ''}"`);
    const size = (await response.arrayBuffer()).byteLength;
    expect(size).toBeGreaterThan(0);

    const head = await http(`${api.url}/api/v1/evidence/${e?.id ?? ''}/file`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('Content-Disposition')).toBe(`attachment; filename="${e?.fileName ?? ''}"`);
    expect(head.headers.get('Content-Length')).toBe(String(size));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('answers HEAD like GET without a body, and 404s an unknown file', async () => {
    const health = await http(`${api.url}/healthz`, { method: 'HEAD' });
    expect(health.status).toBe(200);
    expect(await health.text()).toBe('');
    const missing = await http(`${api.url}/api/v1/evidence/e-9999999/file`, { method: 'HEAD' });
    expect(missing.status).toBe(404);
  });
});

describe('decisions persist in the data file', () => {
  it('survives a restart, and the file is written whole', async () => {
    const dataFile = join(directory, 'restart.json');
    const first = await startMockApi(options({ dataFile }));
    const queue = pageSchema(evidenceSchema).parse(
      await (await http(`${first.url}/api/v1/evidence?pageSize=1`)).json(),
    );
    const e = queue.items[0];
    if (!e) throw new Error('The data set should have evidence awaiting a decision');
    const response = await http(`${first.url}/api/v1/evidence/${e.id}/decisions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Demo-User': 'u-cm-2' },
      body: JSON.stringify({ decision: 'verify', comment: 'Checked on site', version: e.version }),
    });
    expect(response.status).toBe(200);
    await first.close();
    expect(JSON.parse(await readFile(dataFile, 'utf8'))).toMatchObject({
      seed: 1,
      contracts: 20,
      decisions: [{ evidenceId: e.id, userId: 'u-cm-2' }],
    });

    const second = await startMockApi(options({ dataFile }));
    const detail = evidenceDetailSchema.parse(await (await http(`${second.url}/api/v1/evidence/${e.id}`)).json());
    expect(detail.evidence).toMatchObject({ status: 'verified', version: e.version + 1 });
    expect(detail.audit.at(-1)).toMatchObject({ userId: 'u-cm-2', comment: 'Checked on site' });

    expect((await http(`${second.url}/api/v1/demo/reset`, { method: 'POST' })).status).toBe(204);
    await second.close();
    expect(JSON.parse(await readFile(dataFile, 'utf8'))).toMatchObject({ decisions: [] });
  });

  it('starts fresh without a file', async () => {
    const api = await startMockApi(options({ dataFile: join(directory, 'missing', 'decisions.json') }));
    expect(api.store.decisionLog()).toEqual([]);
    await api.close();
  });

  it('refuses a corrupt file, naming it, rather than starting over', async () => {
    const dataFile = join(directory, 'corrupt.json');
    await writeFile(dataFile, '{"format": "svm-decisions", "decisions": [', 'utf8');
    const start = startMockApi(options({ dataFile }));
    await expect(start).rejects.toThrow(DataFileError);
    await expect(start).rejects.toThrow(`The data file ${dataFile} is not valid JSON`);
    expect(await readFile(dataFile, 'utf8')).toBe('{"format": "svm-decisions", "decisions": [');
  });

  it('refuses a file saved for another data set', async () => {
    const dataFile = join(directory, 'other.json');
    await writeFile(
      dataFile,
      JSON.stringify({ format: 'svm-decisions', version: 1, seed: 7, contracts: 20, decisions: [] }),
      'utf8',
    );
    await expect(startMockApi(options({ dataFile }))).rejects.toThrow(/cannot be replayed: .*seed 7 and 20 contracts/);
  });
});
