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
  readonly #reporting: number;
  readonly #first: number;
  readonly #last: number;

  constructor(period: string, reportingQuarter: string) {
    this.#reporting = quarterSerial(reportingQuarter);
    [this.#first, this.#last] = periodSerialRange(period);
  }

  of(commitment: Pick<Commitment, 'profile'>, returns: readonly Delivery[]): Figures {
    let pledged = 0;
    let expected = 0;
    let claimed = 0;
    let verified = 0;
    for (const p of commitment.profile) {
      const serial = cachedQuarterSerial(p.quarter);
      if (serial < this.#first || serial > this.#last) continue;
      pledged += p.quantity;
      if (serial <= this.#reporting) expected += p.quantity;
    }
    for (const r of returns) {
      const serial = cachedQuarterSerial(r.quarter);
      if (serial < this.#first || serial > this.#last) continue;
      claimed += r.claimed;
      verified += r.verified;
    }
    return { pledged, expected, claimed, verified };
  }
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
