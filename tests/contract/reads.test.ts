// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import {
  auditEventSchema,
  contractDetailSchema,
  contractSummarySchema,
  dashboardSummarySchema,
  evidenceDetailSchema,
  evidenceSchema,
  pageSchema,
  referenceDataSchema,
  userSchema,
} from '@/lib/contract';
import { openContractApi, problemOf } from './support/target';

const api = await openContractApi();
afterAll(() => api.close());

describe('every read endpoint answers in the shape of its contract schema', () => {
  it('who am I: the named demo user, or the first contract manager when none is named', async () => {
    expect(await api.get('/me', userSchema, { user: 'u-director-1' })).toMatchObject({ role: 'director' });
    expect(await api.get('/me', userSchema)).toEqual({
      id: 'u-cm-1',
      name: expect.any(String),
      role: 'contract-manager',
    });
  });

  it('reference data', async () => {
    const reference = await api.get('/reference', referenceDataSchema);
    expect(reference.boroughs).toHaveLength(6);
    expect(reference.asOf).toBe('2026-10-31');
  });

  it('the dashboard, with filters', async () => {
    const summary = await api.get(
      '/dashboard?borough=E08000012&borough=E08000014&theme=jobs&period=2025-26&status=live&basis=claimed',
      dashboardSummarySchema,
    );
    expect(summary.byQuarter.map((q) => q.quarter)).toEqual(['2025-26-Q1', '2025-26-Q2', '2025-26-Q3', '2025-26-Q4']);
  });

  it('a page of contracts, with filters, search, sort and paging', async () => {
    const page = await api.get(
      '/contracts?status=live&rag=red&rag=amber&theme=economy&q=a&sort=-value&page=1&pageSize=5&period=2025-26',
      pageSchema(contractSummarySchema),
    );
    expect(page.items.length).toBeLessThanOrEqual(5);
    expect(page.items.every((c) => c.status === 'live' && ['red', 'amber'].includes(c.rag))).toBe(true);
  });

  it('one contract, for a period and basis', async () => {
    const detail = await api.get('/contracts/c-00001?period=2022-23&basis=claimed', contractDetailSchema);
    expect(detail.contract.id).toBe('c-00001');
    expect(detail.returns.every((r) => r.quarter.startsWith('2022-23'))).toBe(true);
  });

  it('the evidence queue and one item', async () => {
    const page = await api.get('/evidence?olderThan=30&sort=-uploadedAt&pageSize=3', pageSchema(evidenceSchema));
    const first = page.items[0];
    if (!first) throw new Error('The demo data should have evidence waiting over 30 days');
    const detail = await api.get(`/evidence/${first.id}`, evidenceDetailSchema);
    expect(detail.evidence).toEqual(first);
    expect(detail.audit[0]?.action).toBe('uploaded');
  });

  it('the audit log, filtered', async () => {
    const page = await api.get(
      '/audit?action=verify&action=reject&from=2025-04-01&to=2026-03-31',
      pageSchema(auditEventSchema),
    );
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((e) => e.at >= '2025-04-01' && e.at < '2026-04-01')).toBe(true);
  });
});

describe('bad requests get problem details naming what was wrong', () => {
  it('names each bad query parameter', async () => {
    const problem = await problemOf(await api.call('/contracts?borough=E0000000X&page=0&sort=nope'), 400);
    expect(problem.errors?.map((e) => e.name).sort()).toEqual(['borough', 'page', 'sort']);
    expect(problem.detail).toMatch(/borough/);
    expect(problem.instance).toBe('/api/v1/contracts');
  });

  it.each([
    ['/dashboard?period=2025', 'period'],
    ['/dashboard?basis=promised', 'basis'],
    ['/evidence?status=lost', 'status'],
    ['/evidence?olderThan=-1', 'olderThan'],
    ['/audit?from=1%20April', 'from'],
    ['/contracts?pageSize=501', 'pageSize'],
    ['/contracts/c-00001?period=Q2', 'period'],
  ])('%s names %s', async (path, name) => {
    const problem = await problemOf(await api.call(path), 400);
    expect(problem.errors?.map((e) => e.name)).toEqual([name]);
  });

  it.each([
    ['/contracts/c-99999', /no contract/],
    ['/evidence/e-nope', /no evidence/],
    ['/evidence/e-nope/file', /no evidence/],
    ['/nowhere', /no API at GET \/api\/v1\/nowhere/],
    ['/contracts/c-00001/extra', /no API/],
  ])('404 for %s', async (path, detail) => {
    expect((await problemOf(await api.call(path), 404)).detail).toMatch(detail);
  });

  it('404 for a method the path does not have', async () => {
    expect((await problemOf(await api.call('/contracts', { method: 'POST' }), 404)).detail).toMatch(/POST/);
  });

  it('401 for a user who does not exist', async () => {
    expect((await problemOf(await api.call('/me', { user: 'u-nobody' }), 401)).detail).toMatch(/u-nobody/);
  });
});

describe('other endpoints', () => {
  it('serves the OpenAPI document', async () => {
    const response = await api.call('/openapi.json');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ openapi: '3.1.0' });
  });
});
