/**
 * One period's figures for every commitment, summed in SQL over the quarter ranges the shared
 * rules give (`periodSumRanges`), into flat arrays indexed by commitment ordinal. Sums are
 * taken as numeric, so they are exact whatever order rows come in, then rounded as every
 * figure is (`roundQuantity`), which makes them equal the mock's one-by-one sums.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { periodSumRanges, roundQuantity, type SerialRange } from '@/lib/figures';
import type { PeriodFiguresReader } from '@/lib/figures/dashboard';
import type { Tx } from '../../db/client';
import * as t from '../../db/schema';

/** Quarter serials are integers; an unbounded end of a range becomes the integer limit. */
const INT_MIN = -2_147_483_648;
const INT_MAX = 2_147_483_647;

function bound(serial: number): number {
  return Math.min(INT_MAX, Math.max(INT_MIN, serial));
}

function inRange(column: PgColumn, [first, last]: SerialRange): SQL {
  return sql`${column} between ${bound(first)} and ${bound(last)}`;
}

/** sum(quantity) over rows whose quarter is in the range, as a number (0 when none are). */
function sumIn(quantity: PgColumn, serial: PgColumn, range: SerialRange): SQL<number> {
  return sql<number>`coalesce(sum(${quantity}::numeric) filter (where ${inRange(serial, range)}), 0)::float8`;
}

function spanning(a: SerialRange, b: SerialRange): SerialRange {
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

export async function readPeriodSums(
  tx: Tx,
  period: string,
  reportingQuarter: string,
  commitmentIndex: ReadonlyMap<string, number>,
): Promise<PeriodFiguresReader> {
  const ranges = periodSumRanges(period, reportingQuarter);
  const size = commitmentIndex.size;
  const sums = {
    pledged: new Float64Array(size),
    expected: new Float64Array(size),
    claimed: new Float64Array(size),
    verified: new Float64Array(size),
  };
  const index = (id: string) => {
    const k = commitmentIndex.get(id);
    if (k === undefined) throw new Error(`The database names an unknown commitment: ${id}`);
    return k;
  };

  const p = t.commitmentProfile;
  const planned = await tx
    .select({
      id: p.commitmentId,
      pledged: sumIn(p.quantity, p.quarterSerial, ranges.pledged),
      expected: sumIn(p.quantity, p.quarterSerial, ranges.expected),
    })
    .from(p)
    .where(inRange(p.quarterSerial, spanning(ranges.pledged, ranges.expected)))
    .groupBy(p.commitmentId);
  for (const row of planned) {
    const k = index(row.id);
    sums.pledged[k] = roundQuantity(row.pledged);
    sums.expected[k] = roundQuantity(row.expected);
  }

  const r = t.supplierReturns;
  const delivered = await tx
    .select({
      id: r.commitmentId,
      claimed: sumIn(r.claimed, r.quarterSerial, ranges.delivered),
      verified: sumIn(r.verified, r.quarterSerial, ranges.delivered),
    })
    .from(r)
    .where(inRange(r.quarterSerial, ranges.delivered))
    .groupBy(r.commitmentId);
  for (const row of delivered) {
    const k = index(row.id);
    sums.claimed[k] = roundQuantity(row.claimed);
    sums.verified[k] = roundQuantity(row.verified);
  }
  // Every commitment's sums are read at once, so there is nothing left for `ensure` to fill.
  return { ...sums, ensure: () => undefined };
}
