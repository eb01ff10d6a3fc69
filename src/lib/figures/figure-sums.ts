import type { Basis, Figures } from '@/lib/contract';
import { percentOfExpected } from './rag';

/**
 * Running totals of figures, summed in place in one flat array of (pledged, expected, claimed,
 * verified) slots: a dashboard adds up a hundred thousand commitments, and allocating a new
 * object for every addition is what would make it slow.
 */
export class FigureSums {
  readonly #values: Float64Array;

  constructor(slots: number) {
    this.#values = new Float64Array(slots * 4);
  }

  add(slot: number, pledged: number, expected: number, claimed: number, verified: number): void {
    const at = slot * 4;
    const v = this.#values;
    v[at] = (v[at] ?? 0) + pledged;
    v[at + 1] = (v[at + 1] ?? 0) + expected;
    v[at + 2] = (v[at + 2] ?? 0) + claimed;
    v[at + 3] = (v[at + 3] ?? 0) + verified;
  }

  figures(slot: number): Figures {
    const at = slot * 4;
    const v = this.#values;
    return { pledged: v[at] ?? 0, expected: v[at + 1] ?? 0, claimed: v[at + 2] ?? 0, verified: v[at + 3] ?? 0 };
  }

  /** Delivered on the basis as % of expected, or null when nothing is expected. */
  pct(slot: number, basis: Basis): number | null {
    const at = slot * 4;
    const v = this.#values;
    return percentOfExpected((basis === 'claimed' ? v[at + 2] : v[at + 3]) ?? 0, v[at + 1] ?? 0);
  }

  clear(): void {
    this.#values.fill(0);
  }
}
