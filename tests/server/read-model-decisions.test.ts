// @vitest-environment node
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contractsQuerySchema,
  contractViewQuerySchema,
  dashboardQuerySchema,
  type DecisionRequest,
} from '@/lib/contract';
import * as t from '../../server/db/schema';
import { openReadModelDb, type ReadModelDb } from './support/read-model-db';

let ctx: ReadModelDb;

beforeAll(async () => {
  ctx = await openReadModelDb();
}, 120_000);

afterAll(async () => {
  await ctx.database.close();
});

/**
 * A decision as the server's write path makes it, without depending on it: the mock decides,
 * and the decision and the rows it changed (evidence, its return's verified figure) are written
 * to the database with a bump of the data version, in one transaction.
 */
async function decideOnBoth(evidenceId: string, request: DecisionRequest): Promise<void> {
  const { evidence } = ctx.mock.decide(evidenceId, request, 'u-cm-1');
  const { returns } = ctx.mock.contract(evidence.contractId, contractViewQuerySchema.parse({}));
  const changed = returns.find((r) => r.id === evidence.returnId);
  if (!changed) throw new Error(`No return ${evidence.returnId}`);
  await ctx.database.db.transaction(async (tx) => {
    await tx.insert(t.decisions).values({
      evidenceId,
      userId: 'u-cm-1',
      decision: request.decision,
      comment: request.comment,
      verifiedQuantity: request.decision === 'verify' ? evidence.verifiedQuantity : null,
      version: request.version,
      at: '2026-10-01T09:00:00.000Z',
    });
    await tx
      .update(t.evidence)
      .set({ status: evidence.status, verifiedQuantity: evidence.verifiedQuantity, version: evidence.version })
      .where(eq(t.evidence.id, evidenceId));
    await tx.update(t.supplierReturns).set({ verified: changed.verified }).where(eq(t.supplierReturns.id, changed.id));
    await tx.update(t.settings).set({ dataVersion: sql`${t.settings.dataVersion} + 1` });
  });
}

const dashboards = [{}, { period: '2026-27' }, { basis: 'claimed' }, { theme: ['economy'] }].map((q) =>
  dashboardQuerySchema.parse(q),
);
const lists = [{ sort: '-evidenceAwaiting' }, { rag: ['red', 'amber'], sort: 'rag' }, { q: 'r' }].map((q) =>
  contractsQuerySchema.parse(q),
);

async function expectSameAsMock(contractId: string): Promise<void> {
  for (const query of dashboards) expect(await ctx.readModel.dashboard(query)).toEqual(ctx.mock.dashboard(query));
  for (const query of lists) expect(await ctx.readModel.listContracts(query)).toEqual(ctx.mock.listContracts(query));
  for (const view of [{}, { period: '2026-27' }].map((v) => contractViewQuerySchema.parse(v))) {
    expect(await ctx.readModel.contract(contractId, view)).toEqual(ctx.mock.contract(contractId, view));
  }
}

describe('figures after a decision', () => {
  it('change with it, and still equal the mock’s, fractions included', async () => {
    const view = contractViewQuerySchema.parse({});
    // Two returns of one commitment, each with one piece of pending evidence (found by probing
    // the seed): verified at 0.1 and 0.2, the commitment's verified figure is 2.3 summed
    // exactly (as SQL does) but 2.3000000000000003 added one by one (as the mock does), and
    // only the shared rounding makes the two answer alike.
    const contractId = 'c-00202';
    await expectSameAsMock(contractId); // fills the caches at the first data version
    const before = await ctx.readModel.contract(contractId, view);

    await decideOnBoth('e-0005848', { decision: 'verify', comment: '', version: 1, verifiedQuantity: 0.1 });
    await decideOnBoth('e-0005849', { decision: 'verify', comment: '', version: 1, verifiedQuantity: 0.2 });
    await decideOnBoth('e-0000218', { decision: 'reject', comment: 'Not this quarter', version: 1 });

    const after = await ctx.readModel.contract(contractId, view);
    const verified = (detail: typeof before) => detail.commitments.map((k) => k.figures.verified);
    expect(verified(after)).not.toEqual(verified(before));
    expect(after.commitments.find((k) => k.id === 'c-00202-m3')?.figures.verified).toBe(2.3);
    expect(after.contract.evidenceAwaiting).toBe(before.contract.evidenceAwaiting - 2);
    const awaitingEvidence = ctx.mock.evidence('e-0000218').evidence.contractId;
    await expectSameAsMock(contractId);
    await expectSameAsMock(awaitingEvidence);
  }, 60_000);

  it('are read from one snapshot: a request during a decision answers wholly before or wholly after it', async () => {
    const query = dashboardQuerySchema.parse({});
    const beforeDecision = ctx.mock.dashboard(query);
    const deciding = decideOnBoth('e-0000848', {
      decision: 'verify',
      comment: '',
      version: 1,
      verifiedQuantity: 20000.7,
    });
    const during = await ctx.readModel.dashboard(query);
    await deciding;
    const afterDecision = ctx.mock.dashboard(query);
    expect(afterDecision).not.toEqual(beforeDecision);
    expect([beforeDecision, afterDecision]).toContainEqual(during);
    expect(await ctx.readModel.dashboard(query)).toEqual(afterDecision);
  });

  it('follow any other write too, which rebuilds rather than patches the figures', async () => {
    const view = contractViewQuerySchema.parse({});
    const before = await ctx.readModel.contract('c-00010', view);
    const target = before.returns[0];
    if (!target) throw new Error('c-00010 has no returns');
    await ctx.database.db.transaction(async (tx) => {
      await tx
        .update(t.supplierReturns)
        .set({ claimed: sql`${t.supplierReturns.claimed} + 1` })
        .where(eq(t.supplierReturns.id, target.id));
      await tx.update(t.settings).set({ dataVersion: sql`${t.settings.dataVersion} + 1` });
    });
    const after = await ctx.readModel.contract('c-00010', view);
    const claimed = (detail: typeof before) =>
      detail.commitments.find((k) => k.id === target.commitmentId)?.figures.claimed ?? NaN;
    expect(claimed(after)).toBe(claimed(before) + 1);
    expect(after.returns.find((r) => r.id === target.id)?.claimed).toBe(target.claimed + 1);
  });
});
