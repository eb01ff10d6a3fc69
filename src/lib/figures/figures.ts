import type { Commitment, Figures } from '@/lib/contract';
import { cachedQuarterSerial, parseFinancialYear, parseQuarter, quarterSerial } from './periods';

export interface FigureContext {
  /** The last quarter that counts as "to date". */
  reportingQuarter: string;
  /** `all`, a financial year or a quarter. */
  period: string;
}

/** What a quarterly return adds to a commitment's figures. */
export interface Delivery {
  quarter: string;
  claimed: number;
  verified: number;
}

export const ZERO_FIGURES: Figures = Object.freeze({ pledged: 0, expected: 0, claimed: 0, verified: 0 });

/** The first and last quarter serial of a period (`all`: unbounded; an unknown id: empty). */
export function periodSerialRange(period: string): [number, number] {
  if (period === 'all') return [-Infinity, Infinity];
  if (parseQuarter(period)) {
    const serial = quarterSerial(period);
    return [serial, serial];
  }
  const startYear = parseFinancialYear(period);
  return startYear === null ? [0, -1] : [startYear * 4, startYear * 4 + 3];
}

/** Inclusive ranges of quarter serials; a range whose first is past its last is empty. */
export type SerialRange = readonly [number, number];

/** Which quarters each figure of a period sums over (see `FiguresForPeriod`). */
export interface PeriodSumRanges {
  pledged: SerialRange;
  expected: SerialRange;
  /** Claimed and verified: the returns for these quarters. */
  delivered: SerialRange;
}

/**
 * The quarters a period's figures add up, as serial ranges: the one statement of what counts
 * as pledged, expected to date and delivered, used by `FiguresForPeriod` here and by the
 * server, whose SQL only sums the ranges it is given.
 */
export function periodSumRanges(period: string, reportingQuarter: string): PeriodSumRanges {
  const [first, last] = periodSerialRange(period);
  return {
    pledged: [first, last],
    expected: [first, Math.min(last, quarterSerial(reportingQuarter))],
    delivered: [first, last],
  };
}

const QUANTITY_DECIMALS = 6;
const QUANTITY_DIGITS = 12;

/**
 * A quantity to six decimal places (fewer beyond twelve significant digits): what every figure
 * is reported at. Sums of the same numbers taken in a different order (exactly in SQL, one by
 * one here) differ in their last bits; rounding where figures are produced makes them equal, so
 * the mock and the server answer the same. Whole and half units, all the demo data holds, are
 * already exact and pass through untouched.
 */
export function roundQuantity(x: number): number {
  if (Number.isInteger(x * 2) && Math.abs(x) < 1e11) return x;
  if (!Number.isFinite(x) || x === 0) return x;
  const digits = Math.floor(Math.log10(Math.abs(x))) + 1;
  const decimals = Math.min(QUANTITY_DECIMALS, QUANTITY_DIGITS - digits);
  return decimals >= 0 ? Number(x.toFixed(decimals)) : Number(x.toPrecision(QUANTITY_DIGITS));
}

export function roundFigures(f: Figures): Figures {
  return {
    pledged: roundQuantity(f.pledged),
    expected: roundQuantity(f.expected),
    claimed: roundQuantity(f.claimed),
    verified: roundQuantity(f.verified),
  };
}

/**
 * A commitment's four figures for one period, from its profile and its quarterly returns:
 * - pledged: the part of the profile that falls in the period (the whole total for `all`), so
 *   "pledged in 2025/26" is what the supplier promised to deliver in that year;
 * - expected to date: that part of the profile up to and including the reporting quarter;
 * - claimed and verified: the returns for quarters in the period.
 *
 * One calculator serves many commitments: quarter ids are parsed once and the period is reduced
 * to a range of serials, so working out a new period for 100,000 commitments is integer
 * comparisons rather than a million regex matches.
 */
export class FiguresForPeriod {
  readonly #ranges: PeriodSumRanges;

  constructor(period: string, reportingQuarter: string) {
    this.#ranges = periodSumRanges(period, reportingQuarter);
  }

  of(commitment: Pick<Commitment, 'profile'>, returns: readonly Delivery[]): Figures {
    let pledged = 0;
    let expected = 0;
    let claimed = 0;
    let verified = 0;
    const { pledged: inPledged, expected: inExpected, delivered: inDelivered } = this.#ranges;
    for (const p of commitment.profile) {
      const serial = cachedQuarterSerial(p.quarter);
      if (within(serial, inPledged)) pledged += p.quantity;
      if (within(serial, inExpected)) expected += p.quantity;
    }
    for (const r of returns) {
      if (!within(cachedQuarterSerial(r.quarter), inDelivered)) continue;
      claimed += r.claimed;
      verified += r.verified;
    }
    return roundFigures({ pledged, expected, claimed, verified });
  }
}

function within(serial: number, [first, last]: SerialRange): boolean {
  return serial >= first && serial <= last;
}

/** One commitment's figures for a period (see `FiguresForPeriod`). */
export function commitmentFigures(
  commitment: Pick<Commitment, 'profile'>,
  returns: readonly Delivery[],
  ctx: FigureContext,
): Figures {
  return new FiguresForPeriod(ctx.period, ctx.reportingQuarter).of(commitment, returns);
}

export function addFigures(a: Figures, b: Figures): Figures {
  return {
    pledged: a.pledged + b.pledged,
    expected: a.expected + b.expected,
    claimed: a.claimed + b.claimed,
    verified: a.verified + b.verified,
  };
}

export function sumFigures(list: Iterable<Figures>): Figures {
  let total = ZERO_FIGURES;
  for (const f of list) total = addFigures(total, f);
  return total;
}

/** Sums figures by a key, keeping first-seen key order. */
export function groupFigures<T, K>(
  items: Iterable<T>,
  keyOf: (item: T) => K,
  figuresOf: (item: T) => Figures,
): Map<K, Figures> {
  const out = new Map<K, Figures>();
  for (const item of items) {
    const key = keyOf(item);
    out.set(key, addFigures(out.get(key) ?? ZERO_FIGURES, figuresOf(item)));
  }
  return out;
}

/** Running totals of a per-quarter series, for trend charts. */
export function cumulative<T extends { figures: Figures }>(series: readonly T[]): T[] {
  let running = ZERO_FIGURES;
  return series.map((point) => {
    running = addFigures(running, point.figures);
    return { ...point, figures: running };
  });
}

/** Social value in £: quantity x illustrative proxy value per unit, summed. */
export function socialValue(items: Iterable<{ quantity: number; proxyValue: number }>): number {
  let sum = 0;
  for (const { quantity, proxyValue } of items) sum += quantity * proxyValue;
  return sum;
}
