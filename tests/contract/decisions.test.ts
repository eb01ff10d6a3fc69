// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import {
  auditEventSchema,
  contractDetailSchema,
  contractSummarySchema,
  dashboardSummarySchema,
  evidenceDetailSchema,
  pageSchema,
  type Evidence,
} from '@/lib/contract';
import { openContractApi, problemOf } from './support/target';

const api = await openContractApi();
afterAll(() => api.close());
const mockDataset = api.dataset;
const headlineOf = new Map(mockDataset.reference.measures.map((m) => [m.code, m.headline]));

const used = new Set<string>();

/** Pending evidence no earlier test has decided on: the target's state carries over between tests. */
function pendingEvidence(where: (e: Evidence) => boolean = () => true): Evidence {
  const found = mockDataset.evidence.find(
    (e) => e.status === 'pending' && e.claimedQuantity > 1 && !used.has(e.id) && where(e),
  );
  if (!found) throw new Error('The demo data should have pending evidence');
  used.add(found.id);
  return found;
}

async function currentEvidence(id: string): Promise<Evidence> {
  return (await api.get(`/evidence/${id}`, evidenceDetailSchema)).evidence;
}

async function returnOf(e: Evidence) {
  const detail = await api.get(`/contracts/${e.contractId}`, contractDetailSchema);
  const ret = detail.returns.find((r) => r.id === e.returnId);
  if (!ret) throw new Error(`Return ${e.returnId} is missing from its contract`);
  return { ret, awaiting: detail.contract.evidenceAwaiting };
}

describe('deciding on evidence', () => {
  it('verifies the claimed quantity, and the return, contract, dashboard and audit log all move', async () => {
    const e = pendingEvidence((x) => headlineOf.get(x.measureCode) !== null);
    const headline = headlineOf.get(e.measureCode);
    const before = await returnOf(e);
    const dashboardBefore = await api.get('/dashboard', dashboardSummarySchema);
    const listed = async () =>
      (await api.get(`/contracts?q=${e.contractReference}&sort=-evidenceAwaiting`, pageSchema(contractSummarySchema)))
        .items[0]?.evidenceAwaiting;
    const listedBefore = await listed();

    const response = await api.post(`/evidence/${e.id}/decisions`, {
      decision: 'verify',
      comment: '',
      version: e.version,
    });
    expect(response.status).toBe(200);
    const detail = evidenceDetailSchema.parse(await response.json());
    expect(detail.evidence).toMatchObject({
      status: 'verified',
      verifiedQuantity: e.claimedQuantity,
      version: e.version + 1,
    });
    expect(detail.audit.at(-1)).toMatchObject({
      action: 'verify',
      userId: 'u-cm-1',
      role: 'contract-manager',
      fromStatus: 'pending',
      toStatus: 'verified',
      verifiedQuantity: e.claimedQuantity,
    });

    const after = await returnOf(e);
    expect(after.ret.verified).toBeCloseTo(before.ret.verified + e.claimedQuantity, 6);
    expect(after.awaiting).toBe(before.awaiting - 1);
    expect(await listed()).toBe((listedBefore ?? NaN) - 1);

    const dashboardAfter = await api.get('/dashboard', dashboardSummarySchema);
    const verified = (s: typeof dashboardAfter) =>
      s.headlines.find((h) => h.headline === headline)?.figures.verified ?? NaN;
    expect(verified(dashboardAfter)).toBeCloseTo(verified(dashboardBefore) + e.claimedQuantity, 6);
    expect(dashboardAfter.socialValue.verified).toBeGreaterThan(dashboardBefore.socialValue.verified);

    const audit = await api.get(`/audit?evidenceId=${e.id}&action=verify`, pageSchema(auditEventSchema));
    expect(audit.items).toEqual([detail.audit.at(-1)]);
  });

  it('verifies part of a claim when told a smaller quantity', async () => {
    const e = pendingEvidence();
    const response = await api.post(
      `/evidence/${e.id}/decisions`,
      { decision: 'verify', comment: 'Only part evidenced', version: e.version, verifiedQuantity: 1 },
      { user: 'u-cm-3' },
    );
    const detail = evidenceDetailSchema.parse(await response.json());
    expect(detail.evidence.verifiedQuantity).toBe(1);
    expect(detail.audit.at(-1)).toMatchObject({ userId: 'u-cm-3', comment: 'Only part evidenced' });
  });

  it('rejects with a comment, and a verification can later be revisited', async () => {
    const e = pendingEvidence();
    const verify = evidenceDetailSchema.parse(
      await (
        await api.post(`/evidence/${e.id}/decisions`, { decision: 'verify', comment: '', version: e.version })
      ).json(),
    );
    const before = await returnOf(e);
    const response = await api.post(`/evidence/${e.id}/decisions`, {
      decision: 'reject',
      comment: '  Postcodes outside the region  ',
      version: verify.evidence.version,
    });
    const detail = evidenceDetailSchema.parse(await response.json());
    expect(detail.evidence).toMatchObject({ status: 'rejected', verifiedQuantity: 0, version: e.version + 2 });
    expect(detail.audit.at(-1)).toMatchObject({
      fromStatus: 'verified',
      comment: 'Postcodes outside the region',
      verifiedQuantity: null,
    });
    expect((await returnOf(e)).ret.verified).toBeCloseTo(before.ret.verified - e.claimedQuantity, 6);
  });

  it('queries with a comment, and the evidence stays in the queue', async () => {
    const e = pendingEvidence();
    const response = await api.post(`/evidence/${e.id}/decisions`, {
      decision: 'query',
      comment: 'Which site?',
      version: e.version,
    });
    expect(evidenceDetailSchema.parse(await response.json()).evidence.status).toBe('queried');
    const again = await api.post(`/evidence/${e.id}/decisions`, {
      decision: 'query',
      comment: 'And when?',
      version: e.version + 1,
    });
    expect(again.status).toBe(200);
  });

  it.each([
    ['u-director-1', /director/],
    ['u-auditor-1', /an auditor/],
  ])('refuses %s with 403, before reading the body', async (user, detail) => {
    const e = pendingEvidence();
    const problem = await problemOf(await api.post(`/evidence/${e.id}/decisions`, { nonsense: true }, { user }), 403);
    expect(problem.detail).toMatch(detail);
    expect((await currentEvidence(e.id)).status).toBe('pending');
  });

  it('refuses an unknown user with 401', async () => {
    const e = pendingEvidence();
    await problemOf(
      await api.post(
        `/evidence/${e.id}/decisions`,
        { decision: 'verify', comment: '', version: e.version },
        { user: 'u-x' },
      ),
      401,
    );
  });

  it('answers a stale version with 409, the current evidence and who changed it', async () => {
    const e = pendingEvidence();
    const first = await api.post(
      `/evidence/${e.id}/decisions`,
      { decision: 'reject', comment: 'Blurred scan', version: e.version },
      { user: 'u-cm-2' },
    );
    expect(first.status).toBe(200);
    const problem = await problemOf(
      await api.post(`/evidence/${e.id}/decisions`, { decision: 'verify', comment: 'Looks fine', version: e.version }),
      409,
    );
    expect(problem.current?.evidence).toMatchObject({ status: 'rejected', version: e.version + 1 });
    expect(problem.detail).toMatch(/Tom Gallagher \(contract manager\) rejected it .* "Blurred scan"/);
    expect(problem.detail).toMatch(new RegExp(`version ${e.version}.*version ${e.version + 1}`));
  });

  it.each([
    ['a rejection with a blank comment', { decision: 'reject', comment: '   ' }, 'comment'],
    ['a query without a comment', { decision: 'query', comment: '' }, 'comment'],
    ['an unknown decision', { decision: 'approve', comment: '' }, 'decision'],
    ['a negative quantity', { decision: 'verify', comment: '', verifiedQuantity: -1 }, 'verifiedQuantity'],
    ['more than was claimed', { decision: 'verify', comment: '', verifiedQuantity: 1e9 }, 'verifiedQuantity'],
    ['verifying none of it', { decision: 'verify', comment: '', verifiedQuantity: 0 }, 'verifiedQuantity'],
    ['a comment over 2,000 characters', { decision: 'verify', comment: 'x'.repeat(2001) }, 'comment'],
  ])('400 naming the field for %s', async (_label, body, name) => {
    const e = pendingEvidence();
    const problem = await problemOf(
      await api.post(`/evidence/${e.id}/decisions`, { version: e.version, ...body }),
      400,
    );
    expect(problem.errors?.map((x) => x.name)).toEqual([name]);
  });

  it('400 naming the version when it is missing, and the body when it is not JSON', async () => {
    const e = pendingEvidence();
    const missing = await problemOf(
      await api.post(`/evidence/${e.id}/decisions`, { decision: 'verify', comment: '' }),
      400,
    );
    expect(missing.errors?.map((x) => x.name)).toEqual(['version']);
    const notJson = await api.call(`/evidence/${e.id}/decisions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{oops',
    });
    expect((await problemOf(notJson, 400)).errors).toEqual([{ name: 'body', reason: 'Must be a JSON object' }]);
  });

  it('400 for a decision that would change nothing', async () => {
    const e = mockDataset.evidence.find((x) => x.status === 'verified');
    if (!e) throw new Error('The demo data should have verified evidence');
    const body = { decision: 'verify', comment: '', version: e.version, verifiedQuantity: e.verifiedQuantity };
    const problem = await problemOf(await api.post(`/evidence/${e.id}/decisions`, body), 400);
    expect(problem.errors?.[0]).toEqual({ name: 'decision', reason: expect.stringMatching(/already verified/) });
  });

  it('404 for evidence that does not exist', async () => {
    await problemOf(await api.post('/evidence/e-nope/decisions', { decision: 'verify', comment: '', version: 1 }), 404);
  });

  it('of many decisions racing on one item, exactly one wins and the rest get 409', async () => {
    const e = pendingEvidence();
    const responses = await Promise.all(
      ['u-cm-1', 'u-cm-2', 'u-cm-3', 'u-cm-4', 'u-cm-5'].flatMap((user) =>
        (['verify', 'reject', 'query'] as const).map((decision) =>
          api.post(
            `/evidence/${e.id}/decisions`,
            { decision, comment: `${decision} by ${user}`, version: e.version },
            { user },
          ),
        ),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(responses.length - 1);
    const after = await api.get(`/evidence/${e.id}`, evidenceDetailSchema);
    expect(after.evidence.version).toBe(e.version + 1);
    expect(after.audit.filter((a) => a.action !== 'uploaded')).toHaveLength(1);
  });
});
