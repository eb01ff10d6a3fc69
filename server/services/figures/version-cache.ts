/**
 * Figures kept in the process between requests, for one data version: the catalogue, each
 * period's per-commitment sums, the trend cells, contracts' derived figures and recent
 * dashboards. Every write bumps `settings.data_version` in its own transaction, and every
 * request reads the version in its snapshot, so a cache is only ever used with the data it was
 * built from, across any number of server processes. Work is shared as promises, so requests
 * arriving together while a cache fills wait for one query rather than each running it.
 *
 * When the only writes since the last cache are decisions (as many new rows in `decisions` as
 * the version moved), the next cache is the last one with just what those decisions touched
 * summed again; any other write, or anything that cannot be accounted for, rebuilds it all.
 */
import type { Basis, DashboardSummary } from '@/lib/contract';
import { contractFigures, type ContractFigures } from '@/lib/figures/contract-figures';
import type { PeriodFiguresReader } from '@/lib/figures/dashboard';
import type { Tx } from '../../db/client';
import { readCatalogue, readEvidenceAwaiting, type Catalogue } from './catalogue';
import { decisionsSince, lastDecisionId, type DecisionChanges } from './decisions-since';
import { readPeriodSums, resumDelivered } from './period-sums';
import { TrendCells } from './trend-cells';

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
      this.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    if (this.#entries.size >= this.#limit) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, value);
    if (value instanceof Promise) {
      value.catch(() => {
        if (this.#entries.get(key) === value) this.#entries.delete(key);
      });
    }
  }

  entries(): [string, V][] {
    return [...this.#entries];
  }
}

export type ContractFiguresOf = (ci: number) => ContractFigures;

export class VersionCache {
  readonly version: number;
  readonly catalogue: Catalogue;
  /** The last decision this cache's snapshot holds. */
  readonly lastDecision: number;
  readonly dashboards = new Memo<DashboardSummary>(MAX_DASHBOARDS);
  readonly #periods = new Memo<Promise<PeriodFiguresReader>>(MAX_PERIODS);
  readonly #contracts = new Memo<Map<number, ContractFigures>>(MAX_PERIODS * 2);
  #trend: Promise<TrendCells> | null = null;

  constructor(version: number, catalogue: Catalogue, lastDecision: number) {
    this.version = version;
    this.catalogue = catalogue;
    this.lastDecision = lastDecision;
  }

  /** Every commitment's figures for the period, summed in SQL on first use. */
  period(tx: Tx, period: string): Promise<PeriodFiguresReader> {
    const { reportingQuarter, commitmentIndex } = this.catalogue;
    return this.#periods.get(period, () => readPeriodSums(tx, period, reportingQuarter, commitmentIndex));
  }

  trend(tx: Tx): Promise<TrendCells> {
    this.#trend ??= this.#keep(TrendCells.read(tx, this.catalogue.measures));
    return this.#trend;
  }

  #keep(trend: Promise<TrendCells>): Promise<TrendCells> {
    trend.catch(() => {
      if (this.#trend === trend) this.#trend = null;
    });
    return trend;
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

  /**
   * This cache brought up to a later version whose only changes are the decisions given: each
   * cached period's claimed and verified sums of the commitments they touched, the trend cells
   * they fall in and their contracts' evidence queues are read again; the rest is shared.
   */
  async afterDecisions(tx: Tx, version: number, changes: DecisionChanges): Promise<VersionCache> {
    const { catalogue } = this;
    const evidenceAwaiting = await readEvidenceAwaiting(tx, catalogue.contractIndex, {
      before: catalogue.evidenceAwaiting,
      contracts: changes.contracts,
    });
    const next = new VersionCache(version, { ...catalogue, evidenceAwaiting }, changes.lastId);
    for (const [period, figures] of this.#periods.entries()) {
      const before = await figures.catch(() => null);
      if (!before) continue;
      const { reportingQuarter, commitmentIndex } = catalogue;
      next.#periods.set(
        period,
        Promise.resolve(
          await resumDelivered(tx, before, period, reportingQuarter, commitmentIndex, changes.commitments),
        ),
      );
    }
    const trend = await this.#trend?.catch(() => null);
    if (trend) next.#trend = Promise.resolve(await trend.afterDecisions(tx, changes.region));
    const touched = new Set(changes.contracts.map((id) => catalogue.contractIndex.get(id)));
    for (const [key, derived] of this.#contracts.entries()) {
      next.#contracts.set(key, new Map([...derived].filter(([ci]) => !touched.has(ci))));
    }
    return next;
  }
}

async function build(tx: Tx, version: number): Promise<VersionCache> {
  const lastDecision = await lastDecisionId(tx);
  return new VersionCache(version, await readCatalogue(tx), lastDecision);
}

/** The cache for a later version: brought up to date after decisions only, otherwise built anew. */
async function advance(tx: Tx, version: number, from: Promise<VersionCache>): Promise<VersionCache> {
  const before = await from.catch(() => null);
  if (!before) return build(tx, version);
  const changes = await decisionsSince(tx, before.lastDecision);
  if (changes.count !== version - before.version) return build(tx, version);
  return before.afterDecisions(tx, version, changes);
}

/** The cache for the current data version; one for an older snapshot is built and not kept. */
export class FiguresCaches {
  #current: { version: number; cache: Promise<VersionCache> } | null = null;

  at(tx: Tx, version: number): Promise<VersionCache> {
    const current = this.#current;
    if (current?.version === version) return current.cache;
    if (current !== null && version < current.version) return build(tx, version);
    const entry = { version, cache: current ? advance(tx, version, current.cache) : build(tx, version) };
    this.#current = entry;
    entry.cache.catch(() => {
      if (this.#current === entry) this.#current = null;
    });
    return entry.cache;
  }
}
