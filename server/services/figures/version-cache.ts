/**
 * Figures kept in the process between requests, for one data version: the catalogue, each
 * period's per-commitment sums, the trend cells, contracts' derived figures and recent
 * dashboards. Every write bumps `settings.data_version` in its own transaction, and every
 * request reads the version in its snapshot, so a cache is only ever used with the data it was
 * built from, across any number of server processes. Work is shared as promises, so requests
 * arriving together while a cache fills wait for one query rather than each running it.
 */
import type { Basis, DashboardSummary } from '@/lib/contract';
import { contractFigures, type ContractFigures } from '@/lib/figures/contract-figures';
import type { PeriodFiguresReader } from '@/lib/figures/dashboard';
import type { Tx } from '../../db/client';
import { readCatalogue, type Catalogue } from './catalogue';
import { readPeriodSums } from './period-sums';
import { readTrendCells, type TrendCells } from './trend-cells';

/** Periods (and dashboards) kept per version: enough for a session's browsing, bounded in memory. */
const MAX_PERIODS = 12;
const MAX_DASHBOARDS = 50;

/** A map that forgets its oldest entry past a size, and a failed promise at once (so it is retried). */
class Memo<V> {
  readonly #entries = new Map<string, V>();
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  get(key: string, create: () => V): V {
    let value = this.#entries.get(key);
    if (value === undefined) {
      value = create();
      if (this.#entries.size >= this.#limit) {
        const oldest = this.#entries.keys().next();
        if (!oldest.done) this.#entries.delete(oldest.value);
      }
      this.#entries.set(key, value);
      if (value instanceof Promise) value.catch(() => this.#entries.delete(key));
    }
    return value;
  }
}

export type ContractFiguresOf = (ci: number) => ContractFigures;

export class VersionCache {
  readonly version: number;
  readonly catalogue: Catalogue;
  readonly dashboards = new Memo<DashboardSummary>(MAX_DASHBOARDS);
  readonly #periods = new Memo<Promise<PeriodFiguresReader>>(MAX_PERIODS);
  readonly #contracts = new Memo<Map<number, ContractFigures>>(MAX_PERIODS * 2);
  #trend: Promise<TrendCells> | null = null;

  constructor(version: number, catalogue: Catalogue) {
    this.version = version;
    this.catalogue = catalogue;
  }

  /** Every commitment's figures for the period, summed in SQL on first use. */
  period(tx: Tx, period: string): Promise<PeriodFiguresReader> {
    const { reportingQuarter, commitmentIndex } = this.catalogue;
    return this.#periods.get(period, () => readPeriodSums(tx, period, reportingQuarter, commitmentIndex));
  }

  trend(tx: Tx): Promise<TrendCells> {
    if (!this.#trend) {
      const trend = readTrendCells(tx, this.catalogue.measures);
      trend.catch(() => {
        if (this.#trend === trend) this.#trend = null;
      });
      this.#trend = trend;
    }
    return this.#trend;
  }

  /** Each contract's RAG and headline % over all its commitments, for the period and basis. */
  contracts(figures: PeriodFiguresReader, period: string, basis: Basis): ContractFiguresOf {
    const { commitmentsByContract, commitmentMeasure } = this.catalogue;
    const cache = this.#contracts.get(`${period}|${basis}`, () => new Map());
    return (ci) => {
      let derived = cache.get(ci);
      if (!derived) {
        const parts = (commitmentsByContract[ci] ?? []).map((k) => ({
          headline: commitmentMeasure[k]?.headline,
          figures: {
            pledged: figures.pledged[k] ?? 0,
            expected: figures.expected[k] ?? 0,
            claimed: figures.claimed[k] ?? 0,
            verified: figures.verified[k] ?? 0,
          },
        }));
        derived = contractFigures(parts, basis);
        cache.set(ci, derived);
      }
      return derived;
    };
  }
}

/** The cache for the current data version; one for an older snapshot is built and not kept. */
export class FiguresCaches {
  #current: { version: number; cache: Promise<VersionCache> } | null = null;

  at(tx: Tx, version: number): Promise<VersionCache> {
    const current = this.#current;
    if (current?.version === version) return current.cache;
    const cache = readCatalogue(tx).then((catalogue) => new VersionCache(version, catalogue));
    if (current === null || version > current.version) {
      const entry = { version, cache };
      this.#current = entry;
      cache.catch(() => {
        if (this.#current === entry) this.#current = null;
      });
    }
    return cache;
  }
}
