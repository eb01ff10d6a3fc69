// @vitest-environment node
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_CONTENT_TYPE, problemSchema } from '@/lib/contract';
import { SERVER_START_TIMEOUT_MS, startTestServer, useRealNetwork, type TestServer } from './support/server';

let server: TestServer;
let staticDir: string;

useRealNetwork();

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'svm-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Social Value Monitor</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app-1234.js'), 'console.log(1)');
  // Requests here never reach the data: a handful of contracts keeps the start quick.
  server = await startTestServer({ staticDir, bodyLimit: 2048, trustProxy: true, contracts: 3 });
}, SERVER_START_TIMEOUT_MS);

afterAll(async () => {
  await server?.stop();
  rmSync(staticDir, { recursive: true, force: true });
});

async function problemOf(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toBe(PROBLEM_CONTENT_TYPE);
  const text = await response.text();
  expect(text).not.toMatch(/\bat \S+:\d+:\d+/); // no stack trace
  return problemSchema.parse(JSON.parse(text));
}

function post(path: string, body: string, contentType = 'application/json') {
  return fetch(`${server.baseUrl}${path}`, { method: 'POST', headers: { 'Content-Type': contentType }, body });
}

describe('health', () => {
  it('says the process is up and the database ready', async () => {
    expect(await (await fetch(`${server.origin}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});

describe('security headers', () => {
  it('sends the app CSP as a header, with no inline scripts and no framing', async () => {
    const response = await fetch(`${server.origin}/`);
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    const scripts = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scripts.trim()).toBe("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
  });

  it('sends HSTS only for a request that came over HTTPS (here, through a trusted proxy)', async () => {
    expect((await fetch(`${server.origin}/healthz`)).headers.get('Strict-Transport-Security')).toBeNull();
    const response = await fetch(`${server.origin}/healthz`, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(response.headers.get('Strict-Transport-Security')).toMatch(/^max-age=\d+/);
  });

  it('keeps a caller request id and makes one up otherwise', async () => {
    const given = await fetch(`${server.origin}/healthz`, { headers: { 'X-Request-Id': 'trace-42' } });
    expect(given.headers.get('X-Request-Id')).toBe('trace-42');
    const made = await fetch(`${server.origin}/healthz`, { headers: { 'X-Request-Id': 'not a token!' } });
    expect(made.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the static app', () => {
  it('answers deep links with index.html and caches hashed assets for long', async () => {
    const page = await fetch(`${server.origin}/contracts/c-00001?basis=claimed`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Social Value Monitor</title>');
    expect(page.headers.get('Cache-Control')).toBe('no-cache');
    const asset = await fetch(`${server.origin}/assets/app-1234.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('Cache-Control')).toContain('immutable');
  });

  it('answers a missing file with a 404, not the app', async () => {
    await problemOf(await fetch(`${server.origin}/assets/missing-5678.js`), 404);
  });
});

describe('requests the server cannot take', () => {
  it('names the id when a path is not valid percent-encoding', async () => {
    for (const path of ['/contracts/%FF', '/evidence/%', '/evidence/%E0%A4%A/file']) {
      const problem = await problemOf(await fetch(`${server.baseUrl}${path}`), 400);
      expect(problem.errors?.map((e) => e.name)).toEqual(['id']);
    }
  });

  it('refuses an oversize body with 413', async () => {
    const problem = await problemOf(
      await post('/evidence/e-0000001/decisions', JSON.stringify({ comment: 'x'.repeat(5000) })),
      413,
    );
    expect(problem.title).toBe('Request too large');
  });

  it('refuses a body that is not JSON with 415', async () => {
    await problemOf(
      await post('/evidence/e-0000001/decisions', 'decision=verify', 'application/x-www-form-urlencoded'),
      415,
    );
    await problemOf(await post('/evidence/e-0000001/decisions', 'verify', 'text/plain'), 415);
  });

  it('names the body when it is malformed JSON', async () => {
    const problem = await problemOf(await post('/evidence/e-0000001/decisions', '{"decision":'), 400);
    expect(problem.errors).toEqual([{ name: 'body', reason: 'Must be a JSON object' }]);
  });

  it('names an unknown field in a decision', async () => {
    const body = JSON.stringify({ decision: 'query', comment: 'Why?', version: 1, approvedBy: 'me' });
    const problem = await problemOf(await post('/evidence/e-0000001/decisions', body), 400);
    expect(problem.errors?.map((e) => e.name)).toEqual(['approvedBy']);
  });

  it('names a bad query parameter, as the mock does', async () => {
    const problem = await problemOf(await fetch(`${server.baseUrl}/evidence?sort=size&pageSize=0`), 400);
    expect(problem.detail).toBe('Check the query parameters: sort, pageSize.');
  });

  it('answers an unknown API path or method with a 404 problem worded as the mock words it', async () => {
    const wrongMethod = await problemOf(await post('/contracts', '{}'), 404);
    expect(wrongMethod.detail).toBe('There is no API at POST /api/v1/contracts.');
    const unknown = await problemOf(await fetch(`${server.baseUrl}/nothing-here`), 404);
    expect(unknown.detail).toBe('There is no API at GET /api/v1/nothing-here.');
    // The mock's reset is the mock's alone: the server keeps its decisions.
    await problemOf(await post('/demo/reset', ''), 404);
  });
});
