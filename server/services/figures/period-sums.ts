/**
 * One period's figures for every commitment, summed in SQL over the quarter ranges the shared
 * rules give (`periodSumRanges`), into flat arrays indexed by commitment ordinal. Sums are
 * taken as numeric, so they are exact whatever order rows come in, then rounded as every
 * figure is (`roundQuantity`), which makes them equal the mock's one-by-one sums.
 */
import { and, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { periodSumRanges, roundQuantity, type PeriodSumRanges, type SerialRange } from '@/lib/figures';
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

type Sums = Record<'pledged' | 'expected' | 'claimed' | 'verified', Float64Array>;

function indexer(commitmentIndex: ReadonlyMap<string, number>): (id: string) => number {
  return (id) => {
    const k = commitmentIndex.get(id);
    if (k === undefined) throw new Error(`The database names an unknown commitment: ${id}`);
    return k;
  };
}

async function readPlanned(tx: Tx, ranges: PeriodSumRanges, index: (id: string) => number, sums: Sums) {
  const p = t.commitmentProfile;
  const rows = await tx
    .select({
      id: p.commitmentId,
      pledged: sumIn(p.quantity, p.quarterSerial, ranges.pledged),
      expected: sumIn(p.quantity, p.quarterSerial, ranges.expected),
    })
    .from(p)
    .where(inRange(p.quarterSerial, spanning(ranges.pledged, ranges.expected)))
    .groupBy(p.commitmentId);
  for (const row of rows) {
    const k = index(row.id);
    sums.pledged[k] = roundQuantity(row.pledged);
    sums.expected[k] = roundQuantity(row.expected);
  }
}

/** Claimed and verified, for every commitment or (after decisions) only the ones named. */
async function readDelivered(
  tx: Tx,
  ranges: PeriodSumRanges,
  index: (id: string) => number,
  sums: Sums,
  only?: readonly string[],
) {
  const r = t.supplierReturns;
  const period = inRange(r.quarterSerial, ranges.delivered);
  const rows = await tx
    .select({
      id: r.commitmentId,
      claimed: sumIn(r.claimed, r.quarterSerial, ranges.delivered),
      verified: sumIn(r.verified, r.quarterSerial, ranges.delivered),
    })
    .from(r)
    .where(only ? and(period, inArray(r.commitmentId, [...only])) : period)
    .groupBy(r.commitmentId);
  if (only) {
    for (const id of only) {
      const k = index(id);
      sums.claimed[k] = 0;
      sums.verified[k] = 0;
    }
  }
  for (const row of rows) {
    const k = index(row.id);
    sums.claimed[k] = roundQuantity(row.claimed);
    sums.verified[k] = roundQuantity(row.verified);
  }
}

function reader(sums: Sums): PeriodFiguresReader {
  // Every commitment's sums are read at once, so there is nothing left for `ensure` to fill.
  return { ...sums, ensure: () => undefined };
}

export async function readPeriodSums(
  tx: Tx,
  period: string,
  reportingQuarter: string,
  commitmentIndex: ReadonlyMap<string, number>,
): Promise<PeriodFiguresReader> {
  const ranges = periodSumRanges(period, reportingQuarter);
  const size = commitmentIndex.size;
  const sums: Sums = {
    pledged: new Float64Array(size),
    expected: new Float64Array(size),
    claimed: new Float64Array(size),
    verified: new Float64Array(size),
  };
  const index = indexer(commitmentIndex);
  await readPlanned(tx, ranges, index, sums);
  await readDelivered(tx, ranges, index, sums);
  return reader(sums);
}

/**
 * A period's sums after decisions, from the sums before them: decisions change only returns'
 * verified figures, so only the named commitments' claimed and verified are summed again.
 * The earlier arrays are copied, not changed: requests on the earlier snapshot may still read them.
 */
export async function resumDelivered(
  tx: Tx,
  before: PeriodFiguresReader,
  period: string,
  reportingQuarter: string,
  commitmentIndex: ReadonlyMap<string, number>,
  commitments: readonly string[],
): Promise<PeriodFiguresReader> {
  const sums: Sums = {
    pledged: before.pledged,
    expected: before.expected,
    claimed: before.claimed.slice(),
    verified: before.verified.slice(),
  };
  await readDelivered(tx, periodSumRanges(period, reportingQuarter), indexer(commitmentIndex), sums, commitments);
  return reader(sums);
}
