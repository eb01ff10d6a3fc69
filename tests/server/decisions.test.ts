// @vitest-environment node
/**
 * Decisions on the server: the same outcomes and refusals as the mock API (the same JSON for
 * the same decision at the same time), in one transaction with the audit event, with exactly
 * one winner among racing requests, on an audit table nobody can rewrite.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionRequestSchema, evidenceDetailSchema, type Evidence } from '@/lib/contract';
import { generateDataset } from '@/lib/demo-data/generate';
import { createMockStore } from '@mocks/store';
import { SERVER_START_TIMEOUT_MS, startTestServer, useRealNetwork, type TestServer } from './support/server';

const NOW = new Date('2026-11-02T10:00:00.000Z');
const dataset = generateDataset({ seed: 1, contracts: 250 });
const store = createMockStore(dataset, { now: () => NOW });
let server: TestServer;

useRealNetwork();

beforeAll(async () => {
  server = await startTestServer({ seed: 1, contracts: 250, now: () => NOW });
}, SERVER_START_TIMEOUT_MS);

afterAll(() => server?.stop());

const pending = dataset.evidence.filter((e) => e.status === 'pending' && e.claimedQuantity > 1);
let next = 0;
/** A pending item no other test has touched. */
function freshPending(): Evidence {
  const e = pending[next];
  next += 1;
  if (!e) throw new Error('The demo data should have enough pending evidence');
  return e;
}

function decide(id: string, body: unknown, user?: string): Promise<Response> {
  return fetch(`${server.baseUrl}/evidence/${id}/decisions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(user ? { 'X-Demo-User': user } : {}) },
    body: JSON.stringify(body),
  });
}

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await server.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

describe('a decision', () => {
  it.each([
    ['verify', { decision: 'verify', comment: '' }],
    ['verify part of a claim', { decision: 'verify', comment: 'Two timesheets unsigned', verifiedQuantity: 1 }],
    ['reject', { decision: 'reject', comment: 'Wrong quarter' }],
    ['query', { decision: 'query', comment: 'Which site?' }],
  ])('to %s answers exactly what the mock answers', async (_name, request) => {
    const e = freshPending();
    const body = { ...request, version: e.version };
    const response = await decide(e.id, body);
    const text = await response.text();
    expect(response.status, text).toBe(200);
    const expected = store.decide(e.id, decisionRequestSchema.parse(body), 'u-cm-1');
    expect(text).toBe(JSON.stringify(expected));
    // ... and it stays made.
    expect(await (await fetch(`${server.baseUrl}/evidence/${e.id}`)).text()).toBe(text);
  });

  it('updates the return verified figure and records the decision in the same transaction', async () => {
    const e = freshPending();
    const [before] = await rows<{ verified: number }>(
      sql`select verified from supplier_returns where id = ${e.returnId}`,
    );
    const response = await decide(e.id, { decision: 'verify', comment: '', version: e.version });
    expect(response.status).toBe(200);
    const [after] = await rows<{ verified: number }>(
      sql`select verified from supplier_returns where id = ${e.returnId}`,
    );
    expect((after?.verified ?? 0) - (before?.verified ?? 0)).toBeCloseTo(e.claimedQuantity, 6);
    const decisions = await rows<{ decision: string; version: number }>(
      sql`select decision, version from decisions where evidence_id = ${e.id}`,
    );
    expect(decisions).toEqual([{ decision: 'verify', version: e.version }]);
  });
});

describe('refusals', () => {
  it('409 with the current state for a stale version, worded as the mock words it', async () => {
    const e = freshPending();
    expect((await decide(e.id, { decision: 'query', comment: 'First', version: e.version })).status).toBe(200);
    store.decide(e.id, { decision: 'query', comment: 'First', version: e.version }, 'u-cm-1');
    const response = await decide(e.id, { decision: 'verify', comment: '', version: e.version });
    expect(response.status).toBe(409);
    const problem = (await response.json()) as { detail: string; current: unknown };
    const current = evidenceDetailSchema.parse(problem.current);
    expect(current.evidence.version).toBe(e.version + 1);
    expect(JSON.stringify(current)).toBe(JSON.stringify(store.evidence(e.id)));
    expect(problem.detail).toContain(`you decided on version ${e.version}, it is now at version ${e.version + 1}`);
  });

  it('403 for a director, before the body is even read', async () => {
    const e = freshPending();
    const response = await fetch(`${server.baseUrl}/evidence/${e.id}/decisions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Demo-User': 'u-director-1' },
      body: '{not json',
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      detail:
        'Only contract managers can verify, reject or query evidence. Helen Whitfield is signed in as a director.',
    });
  });

  it('401 for an unknown user, 404 for unknown evidence', async () => {
    const e = freshPending();
    expect((await decide(e.id, { decision: 'verify', comment: '', version: 1 }, 'u-ghost')).status).toBe(401);
    expect((await decide('e-ghost', { decision: 'verify', comment: '', version: 1 })).status).toBe(404);
  });

  it.each([
    ['a rejection without a comment', { decision: 'reject', comment: ' ' }, 'comment'],
    ['more than was claimed', { decision: 'verify', comment: '', verifiedQuantity: 1e9 }, 'verifiedQuantity'],
    ['none of the claim', { decision: 'verify', comment: '', verifiedQuantity: 0 }, 'verifiedQuantity'],
    ['an unknown decision', { decision: 'approve', comment: '' }, 'decision'],
  ])('400 naming the field for %s, and nothing changes', async (_name, request, field) => {
    const e = freshPending();
    const response = await decide(e.id, { ...request, version: e.version });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { name: string }[] };
    expect(problem.errors.map((x) => x.name)).toEqual([field]);
    const detail = evidenceDetailSchema.parse(await (await fetch(`${server.baseUrl}/evidence/${e.id}`)).json());
    expect(detail.evidence.version).toBe(e.version);
  });
});

describe('racing decisions', () => {
  it('exactly one of 20 concurrent requests on one item wins; the others are told it changed', async () => {
    const e = freshPending();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        decide(e.id, { decision: i % 2 ? 'query' : 'verify', comment: `Racer ${i}`, version: e.version }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array<number>(19).fill(409)]);
    const [{ n } = { n: -1 }] = await rows<{ n: number }>(
      sql`select count(*)::int as n from audit_events where evidence_id = ${e.id} and action <> 'uploaded'`,
    );
    expect(n).toBe(1);
  });
});

describe('the audit trail', () => {
  it('cannot be rewritten or deleted, even by the service itself', async () => {
    for (const statement of [sql`update audit_events set comment = 'edited'`, sql`delete from audit_events`]) {
      const error = await server.database.db.execute(statement).then(
        () => null,
        (e: unknown) => e,
      );
      // Drizzle wraps the database's refusal; the trigger's message is its cause.
      expect(String((error as { cause?: unknown } | null)?.cause)).toMatch(/audit_events is append-only/);
    }
  });

  it('lists a decision as the newest event', async () => {
    const e = freshPending();
    await decide(e.id, { decision: 'query', comment: 'Newest', version: e.version });
    const page = (await (await fetch(`${server.baseUrl}/audit?pageSize=1`)).json()) as {
      items: { evidenceId: string }[];
    };
    expect(page.items[0]?.evidenceId).toBe(e.id);
  });
});
