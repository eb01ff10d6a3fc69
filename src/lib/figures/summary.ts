import { headlineSchema, type Commitment, type Figures, type Headline } from '@/lib/contract';
import { periodSerialRange, roundFigures, ZERO_FIGURES, type Delivery } from './figures';
import { cachedQuarterSerial, quarterFromSerial, quarterSerial } from './periods';

type MutableFigures = { -readonly [K in keyof Figures]: Figures[K] };

/** The four headline outcomes, in the order directors read them. */
export const HEADLINES: readonly Headline[] = headlineSchema.options;

/** One set of figures per headline outcome, all zero: the starting point for summing by headline. */
export function emptyHeadlineFigures(): Record<Headline, Figures> {
  return { jobs: ZERO_FIGURES, apprenticeships: ZERO_FIGURES, 'local-spend': ZERO_FIGURES, carbon: ZERO_FIGURES };
}

/**
 * Figures quarter by quarter, summed over many commitments: for a trend. Each quarter holds its
 * own share of the profile as pledged, the same share as expected only up to the reporting
 * quarter, and the returns for that quarter, so summed over a period's quarters they equal
 * `commitmentFigures` for the period. Quarters outside `period` are ignored. Quarter ids are
 * parsed once each and rows are summed in place: a 20,000-contract portfolio has about a
 * million profile and return entries, and this runs on every dashboard request.
 */
export class QuarterlyTotals {
  readonly #reporting: number;
  readonly #range: [number, number];
  /** Indexed by quarter serial: a sparse array looks up faster than a map in this hot loop. */
  readonly #rows: (MutableFigures | undefined)[] = [];
  #first = Infinity;
  #last = -Infinity;

  constructor(reportingQuarter: string, period = 'all') {
    this.#reporting = quarterSerial(reportingQuarter);
    this.#range = periodSerialRange(period);
  }

  #row(serial: number): MutableFigures | null {
    if (serial < this.#range[0] || serial > this.#range[1]) return null;
    let row = this.#rows[serial];
    if (!row) {
      row = { ...ZERO_FIGURES };
      this.#rows[serial] = row;
      this.#first = Math.min(this.#first, serial);
      this.#last = Math.max(this.#last, serial);
    }
    return row;
  }

  add(commitment: Pick<Commitment, 'profile'>, returns: readonly Delivery[]): void {
    for (const p of commitment.profile) this.addProfile(cachedQuarterSerial(p.quarter), p.quantity);
    for (const r of returns) this.addDelivery(cachedQuarterSerial(r.quarter), r.claimed, r.verified);
  }

  /** Profile for a quarter (by serial), from one commitment or already summed over several. */
  addProfile(serial: number, quantity: number): void {
    const row = this.#row(serial);
    if (!row) return;
    row.pledged += quantity;
    if (serial <= this.#reporting) row.expected += quantity;
  }

  /** Returns for a quarter (by serial), from one commitment or already summed over several. */
  addDelivery(serial: number, claimed: number, verified: number): void {
    const row = this.#row(serial);
    if (!row) return;
    row.claimed += claimed;
    row.verified += verified;
  }

  /** The figures for one quarter (zero if nothing fell in it), rounded as every figure is. */
  get(quarter: string): Figures {
    const row = this.#rows[cachedQuarterSerial(quarter)];
    return row ? roundFigures(row) : ZERO_FIGURES;
  }

  /** The first and last quarter anything fell in, or null when nothing did. */
  span(): { first: string; last: string } | null {
    if (this.#first > this.#last) return null;
    return { first: quarterFromSerial(this.#first), last: quarterFromSerial(this.#last) };
  }
}
