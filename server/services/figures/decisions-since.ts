/**
 * What decisions changed since a cache was built, so that it can be brought up to date rather
 * than rebuilt: the commitments whose returns' verified figures moved, the contracts whose
 * evidence queue moved, and the trend cells they fall in.
 */
import { eq, gt, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import * as t from '../../db/schema';
import type { CellRegion } from './trend-cells';

export interface DecisionChanges {
  /** How many decisions there are after the one the cache had seen last. */
  count: number;
  lastId: number;
  commitments: string[];
  contracts: string[];
  region: CellRegion;
}

export async function lastDecisionId(tx: Tx): Promise<number> {
  const rows = await tx.select({ id: sql<number>`coalesce(max(${t.decisions.id}), 0)::float8` }).from(t.decisions);
  return rows[0]?.id ?? 0;
}

export async function decisionsSince(tx: Tx, afterId: number): Promise<DecisionChanges> {
  const rows = await tx
    .select({
      id: t.decisions.id,
      commitmentId: t.evidence.commitmentId,
      contractId: t.evidence.contractId,
      status: t.contracts.status,
      measureCode: t.commitments.measureCode,
      area: t.commitments.area,
    })
    .from(t.decisions)
    .innerJoin(t.evidence, eq(t.evidence.id, t.decisions.evidenceId))
    .innerJoin(t.commitments, eq(t.commitments.id, t.evidence.commitmentId))
    .innerJoin(t.contracts, eq(t.contracts.id, t.commitments.contractId))
    .where(gt(t.decisions.id, afterId));
  return {
    count: rows.length,
    lastId: rows.reduce((last, r) => Math.max(last, r.id), afterId),
    commitments: [...new Set(rows.map((r) => r.commitmentId))],
    contracts: [...new Set(rows.map((r) => r.contractId))],
    region: {
      statuses: new Set(rows.map((r) => r.status)),
      measures: new Set(rows.map((r) => r.measureCode)),
      areas: new Set(rows.map((r) => r.area)),
    },
  };
}
