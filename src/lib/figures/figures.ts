import type { Commitment, Figures, QuarterAmount } from '@/lib/contract';
import { periodContains, quarterSerial } from './periods';

export interface FigureContext {
  /** The last quarter that counts as "to date". */
  reportingQuarter: string;
  /** `all`, a financial year or a quarter. */
  period: string;
}

interface Delivery {
  quarter: string;
  claimed: number;
  verified: number;
}

export const ZERO_FIGURES: Figures = Object.freeze({ pledged: 0, expected: 0, claimed: 0, verified: 0 });

/**
 * Pledged for a period: the part of the profile that falls in it (the whole total for `all`).
 * So "pledged in 2025/26" is what the supplier promised to deliver in that year.
 */
export function pledgedInPeriod(profile: readonly QuarterAmount[], period: string): number {
  let sum = 0;
  for (const p of profile) if (periodContains(period, p.quarter)) sum += p.quantity;
  return sum;
}

/** Expected to date: the profile summed up to and including the reporting quarter (within the period). */
export function expectedToDate(profile: readonly QuarterAmount[], ctx: FigureContext): number {
  const last = quarterSerial(ctx.reportingQuarter);
  let sum = 0;
  for (const p of profile) {
    if (quarterSerial(p.quarter) <= last && periodContains(ctx.period, p.quarter)) sum += p.quantity;
  }
  return sum;
}

/** A commitment's four figures for a period, from its profile and its quarterly returns. */
export function commitmentFigures(
  commitment: Pick<Commitment, 'profile'>,
  returns: readonly Delivery[],
  ctx: FigureContext,
): Figures {
  let claimed = 0;
  let verified = 0;
  for (const r of returns) {
    if (!periodContains(ctx.period, r.quarter)) continue;
    claimed += r.claimed;
    verified += r.verified;
  }
  return {
    pledged: pledgedInPeriod(commitment.profile, ctx.period),
    expected: expectedToDate(commitment.profile, ctx),
    claimed,
    verified,
  };
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
