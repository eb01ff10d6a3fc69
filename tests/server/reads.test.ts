// @vitest-environment node
/**
 * The server answers reads exactly as the mock API does for the same seed: the same JSON, byte
 * for byte, for the evidence list under its filters and sorts, evidence detail and files, the
 * audit log, reference data and who-am-I.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditQuerySchema,
  evidenceQuerySchema,
  toSearchParams,
  type AuditQuery,
  type EvidenceQuery,
} from '@/lib/contract';
import { generateDataset } from '@/lib/demo-data/generate';
import { createMockStore } from '@mocks/store';
import { SERVER_START_TIMEOUT_MS, startTestServer, useRealNetwork, type TestServer } from './support/server';

const dataset = generateDataset({ seed: 1, contracts: 250 });
const store = createMockStore(dataset);
let server: TestServer;

useRealNetwork();

beforeAll(async () => {
  server = await startTestServer({ seed: 1, contracts: 250 });
}, SERVER_START_TIMEOUT_MS);

afterAll(() => server?.stop());

async function body(path: string, init?: RequestInit): Promise<string> {
  const response = await fetch(`${server.baseUrl}${path}`, init);
  const text = await response.text();
  expect(response.status, text).toBe(200);
  return text;
}

const someEvidence = dataset.evidence[17] ?? dataset.evidence[0];
const someContract = dataset.contracts[42] ?? dataset.contracts[0];
if (!someEvidence || !someContract) throw new Error('The demo data should have evidence and contracts');

const evidenceQueries: Partial<EvidenceQuery>[] = [
  {},
  { sort: '-uploadedAt', status: ['verified', 'rejected'], pageSize: 50, page: 2 },
  { sort: 'contract', page: 3 },
  { sort: '-status', status: ['pending', 'queried', 'verified', 'rejected'], pageSize: 100 },
  { sort: 'quarter', borough: ['E08000012', 'E08000015'], theme: ['jobs', 'environment'] },
  { sort: '-sizeBytes', olderThan: 30 },
  { sort: '-quarter', contractId: someEvidence.contractId },
  { manager: 'u-cm-2', measure: someEvidence.measureCode, status: ['verified'] },
  { quarter: someEvidence.quarter, sort: '-contract', pageSize: 7 },
  { olderThan: 365, sort: 'status', borough: ['E08000014'] },
  { page: 9999 },
];

describe('the evidence list', () => {
  it.each(evidenceQueries.map((q) => [toSearchParams(evidenceQuerySchema, q).toString() || '(defaults)', q]))(
    'equals the mock for %s',
    async (_name, q) => {
      const params = toSearchParams(evidenceQuerySchema, q);
      const expected = store.listEvidence(evidenceQuerySchema.parse(q));
      expect(await body(`/evidence?${params}`)).toBe(JSON.stringify(expected));
    },
  );
});

describe('one piece of evidence', () => {
  it('has the same record and audit trail as the mock', async () => {
    expect(await body(`/evidence/${someEvidence.id}`)).toBe(JSON.stringify(store.evidence(someEvidence.id)));
  });

  it('is a 404 problem when it does not exist', async () => {
    const response = await fetch(`${server.baseUrl}/evidence/e-nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ detail: 'There is no evidence with the id "e-nope".' });
  });

  it('serves the same file, as an attachment, with the same headers', async () => {
    for (const e of dataset.evidence.slice(0, 40)) {
      const expected = store.evidenceFile(e.id);
      const response = await fetch(`${server.baseUrl}/evidence/${e.id}/file`);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe(expected.contentType);
      expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="/);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(expected.body);
    }
  });
});

const auditQueries: Partial<AuditQuery>[] = [
  {},
  { sort: 'at', pageSize: 100, page: 3 },
  { action: ['verify', 'reject'], from: '2025-01-01', to: '2025-06-30' },
  { contractId: someContract.reference.toLowerCase() },
  { contractId: someContract.id, sort: 'at' },
  { user: 'u-cm-1', action: ['query'] },
  { evidenceId: someEvidence.id },
];

describe('the audit log', () => {
  it.each(auditQueries.map((q) => [toSearchParams(auditQuerySchema, q).toString() || '(defaults)', q]))(
    'equals the mock for %s',
    async (_name, q) => {
      const params = toSearchParams(auditQuerySchema, q);
      expect(await body(`/audit?${params}`)).toBe(JSON.stringify(store.listAudit(auditQuerySchema.parse(q))));
    },
  );
});

describe('reference data and who am I', () => {
  it('equal the mock', async () => {
    expect(await body('/reference')).toBe(JSON.stringify(store.reference()));
    expect(await body('/me')).toBe(JSON.stringify(store.me('u-cm-1')));
    expect(await body('/me', { headers: { 'X-Demo-User': 'u-auditor-1' } })).toBe(
      JSON.stringify(store.me('u-auditor-1')),
    );
  });

  it('refuse an unknown demo user with 401, worded as the mock words it', async () => {
    const response = await fetch(`${server.baseUrl}/me`, { headers: { 'X-Demo-User': 'u-nobody' } });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      detail: 'There is no demo user with the id "u-nobody". Choose a user from the reference data.',
    });
  });

  it('serve the OpenAPI document', async () => {
    const doc = JSON.parse(await body('/openapi.json')) as { openapi: string };
    expect(doc.openapi).toMatch(/^3\.1/);
  });
});
