import type { Basis, Figures } from '@/lib/contract';
import { FiguresForPeriod } from '@/lib/figures';
import { contractFigures, type ContractFigures } from '@/lib/figures/contract-figures';
import type { PeriodFiguresReader } from '@/lib/figures/dashboard';
import type { StoreState } from './state';

/** How many periods (or period and basis pairs) keep their figures: enough for a session's browsing. */
const MAX_ENTRIES = 12;

/** A small least-recently-used map: periods are unbounded in principle, memory is not. */
class LruMap<V> {
  readonly #entries = new Map<string, V>();

  get(key: string, create: () => V): V {
    const found = this.#entries.get(key);
    if (found !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, found);
      return found;
    }
    const value = create();
    this.#entries.set(key, value);
    if (this.#entries.size > MAX_ENTRIES) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    return value;
  }

  values(): IterableIterator<V> {
    return this.#entries.values();
  }

  clear(): void {
    this.#entries.clear();
  }
}

/**
 * One period's figures for every commitment, in flat typed arrays (four numbers a commitment),
 * filled on first use. At 20,000 contracts that is a few MB a period rather than 100,000 objects.
 */
class PeriodFigures {
  readonly pledged: Float64Array;
  readonly expected: Float64Array;
  readonly claimed: Float64Array;
  readonly verified: Float64Array;
  readonly fresh: Uint8Array;

  constructor(size: number) {
    this.pledged = new Float64Array(size);
    this.expected = new Float64Array(size);
    this.claimed = new Float64Array(size);
    this.verified = new Float64Array(size);
    this.fresh = new Uint8Array(size);
  }
}

export type ContractDerived = ContractFigures;
export type CommitmentFiguresOf = (k: number) => Figures;
export type ContractDerivedOf = (ci: number) => ContractDerived;

/** A contract's RAG and headline percentages (`contractFigures`) from a set of its commitments. */
export function deriveContract(
  state: StoreState,
  commitmentIndexes: Iterable<number>,
  figuresOf: CommitmentFiguresOf,
  basis: Basis,
): ContractDerived {
  const parts = Array.from(commitmentIndexes, (k) => ({
    headline: state.commitmentMeasure[k]?.headline,
    figures: figuresOf(k),
  }));
  return contractFigures(parts, basis);
}

/**
 * Derived figures cached per commitment (by period) and per contract (by period and basis), so
 * that filtering and sorting 20,000 contracts reads numbers rather than recomputing them. A
 * decision invalidates only the commitment and contract it touched. A request takes an accessor
 * for its period once, then reads through it in its loops.
 */
export class FiguresCache {
  readonly #state: () => StoreState;
  readonly #periods = new LruMap<PeriodFigures>();
  readonly #contracts = new LruMap<Map<number, ContractDerived>>();

  constructor(state: () => StoreState) {
    this.#state = state;
  }

  /**
   * One period's figures as flat arrays, for loops over every commitment that must not allocate:
   * call `ensure(k)`, then read `pledged[k]`, `expected[k]`, `claimed[k]` and `verified[k]`.
   */
  period(period: string): PeriodFiguresReader {
    const state = this.#state();
    const cache = this.#periods.get(period, () => new PeriodFigures(state.commitments.length));
    const calculator = new FiguresForPeriod(period, state.dataset.reference.reportingQuarter);
    return {
      pledged: cache.pledged,
      expected: cache.expected,
      claimed: cache.claimed,
      verified: cache.verified,
      ensure(k) {
        if (cache.fresh[k]) return;
        const commitment = state.commitments[k];
        if (!commitment) throw new RangeError(`No commitment at index ${k}`);
        const f = calculator.of(commitment, state.returnsByCommitment[k] ?? []);
        cache.pledged[k] = f.pledged;
        cache.expected[k] = f.expected;
        cache.claimed[k] = f.claimed;
        cache.verified[k] = f.verified;
        cache.fresh[k] = 1;
      },
    };
  }

  commitments(period: string): CommitmentFiguresOf {
    const figures = this.period(period);
    return (k) => {
      figures.ensure(k);
      return {
        pledged: figures.pledged[k] ?? 0,
        expected: figures.expected[k] ?? 0,
        claimed: figures.claimed[k] ?? 0,
        verified: figures.verified[k] ?? 0,
      };
    };
  }

  contracts(period: string, basis: Basis): ContractDerivedOf {
    const state = this.#state();
    const cache = this.#contracts.get(`${period}|${basis}`, () => new Map());
    const figuresOf = this.commitments(period);
    return (ci) => {
      let derived = cache.get(ci);
      if (!derived) {
        derived = deriveContract(state, state.commitmentsByContract[ci] ?? [], figuresOf, basis);
        cache.set(ci, derived);
      }
      return derived;
    };
  }

  invalidate(commitment: number, contract: number): void {
    for (const cache of this.#periods.values()) cache.fresh[commitment] = 0;
    for (const cache of this.#contracts.values()) cache.delete(contract);
  }

  clear(): void {
    this.#periods.clear();
    this.#contracts.clear();
  }
}
