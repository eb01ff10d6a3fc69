/** One contract's commitments (with their profiles) and returns, in the order they were created. */
import { asc, eq } from 'drizzle-orm';
import type { Commitment, SupplierReturn } from '@/lib/contract';
import type { Tx } from '../../db/client';
import * as t from '../../db/schema';

export async function readCommitments(tx: Tx, contractId: string): Promise<Commitment[]> {
  const k = t.commitments;
  const p = t.commitmentProfile;
  const rows = await tx
    .select({
      id: k.id,
      contractId: k.contractId,
      measureCode: k.measureCode,
      area: k.area,
      total: k.total,
      quarter: p.quarter,
      quantity: p.quantity,
    })
    .from(k)
    .leftJoin(p, eq(p.commitmentId, k.id))
    .where(eq(k.contractId, contractId))
    .orderBy(asc(k.ordinal), asc(p.position));
  const out: Commitment[] = [];
  for (const row of rows) {
    let commitment = out.at(-1);
    if (commitment?.id !== row.id) {
      commitment = {
        id: row.id,
        contractId: row.contractId,
        measureCode: row.measureCode,
        area: row.area as Commitment['area'],
        total: row.total,
        profile: [],
      };
      out.push(commitment);
    }
    if (row.quarter !== null && row.quantity !== null) {
      commitment.profile.push({ quarter: row.quarter, quantity: row.quantity });
    }
  }
  return out;
}

/** Returns grouped by commitment (in commitment order), each commitment's in the order they were made. */
export async function readReturns(tx: Tx, contractId: string): Promise<SupplierReturn[]> {
  const k = t.commitments;
  const r = t.supplierReturns;
  const rows = await tx
    .select({
      id: r.id,
      contractId: r.contractId,
      commitmentId: r.commitmentId,
      measureCode: r.measureCode,
      area: r.area,
      quarter: r.quarter,
      claimed: r.claimed,
      verified: r.verified,
      dueOn: r.dueOn,
      submittedOn: r.submittedOn,
      status: r.status,
      evidenceCount: r.evidenceCount,
    })
    .from(r)
    .innerJoin(k, eq(k.id, r.commitmentId))
    .where(eq(k.contractId, contractId))
    .orderBy(asc(k.ordinal), asc(r.ordinal));
  return rows.map((row) => ({
    ...row,
    area: row.area as SupplierReturn['area'],
    status: row.status as SupplierReturn['status'],
  }));
}
