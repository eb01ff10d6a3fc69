/**
 * The figures side of the API: the dashboard, the register and one contract, answered from
 * PostgreSQL. Quantities are summed in SQL; every rule applied to those sums (expected to date,
 * % of expected, RAG, contract RAG, social value) and the dashboard's and register's own logic
 * come from `src/lib`, the same code the mock runs, so for the same data both answer alike.
 */
import type {
  ContractDetail,
  ContractsQuery,
  ContractSummary,
  ContractViewQuery,
  DashboardQuery,
  DashboardSummary,
  Page,
} from '@/lib/contract';
import { notFound } from '@/lib/contract/problems';
import { deliveredOn, percentOfExpected, periodContains, ragOfFigures } from '@/lib/figures';
import { dashboardSummary } from '@/lib/figures/dashboard';
import { paged } from '@/lib/lists/paging';
import { matchContracts } from '@/lib/register/match';
import { contractSummaryOf } from '@/lib/register/summary';
import type { Db, Tx } from '../db/client';
import { readCommitments, readReturns } from './figures/contract-rows';
import { inSnapshot } from './figures/snapshot';
import { FiguresCaches, type ContractFiguresOf, type VersionCache } from './figures/version-cache';

export interface ReadModel {
  dashboard(query: DashboardQuery): Promise<DashboardSummary>;
  listContracts(query: ContractsQuery): Promise<Page<ContractSummary>>;
  /** 404 `ApiProblem` when there is no such contract. */
  contract(id: string, view: ContractViewQuery): Promise<ContractDetail>;
}

function summaryOf(cache: VersionCache, ci: number, figuresOf: ContractFiguresOf): ContractSummary {
  const { contracts, lastReturn, evidenceAwaiting } = cache.catalogue;
  const record = contracts[ci];
  if (!record) throw new RangeError(`No contract at index ${ci}`);
  return contractSummaryOf(record, figuresOf(ci), lastReturn[ci] ?? null, evidenceAwaiting[ci] ?? 0);
}

export function createReadModel(db: Db): ReadModel {
  const caches = new FiguresCaches();
  const read = <T>(answer: (tx: Tx, cache: VersionCache) => Promise<T>): Promise<T> =>
    inSnapshot(db, async (tx, version) => answer(tx, await caches.at(tx, version)));

  return {
    dashboard: (query) =>
      read(async (tx, cache) => {
        const figures = await cache.period(tx, query.period);
        const trend = await cache.trend(tx);
        const { catalogue } = cache;
        return cache.dashboards.get(JSON.stringify(query), () =>
          dashboardSummary(
            {
              measures: catalogue.measures,
              reportingQuarter: catalogue.reportingQuarter,
              contractCount: catalogue.contracts.length,
              statusOf: (ci) => catalogue.contracts[ci]?.status ?? '',
              referenceOf: (ci) => catalogue.contracts[ci]?.reference ?? '',
              commitmentsOf: (ci) => catalogue.commitmentsByContract[ci] ?? [],
              measureOf: (k) => catalogue.commitmentMeasure[k],
              areaOf: (k) => catalogue.commitmentArea[k],
              figures,
              trend: (selection, totals) => trend.addTo(selection, totals),
              summary: (ci, derived) => summaryOf(cache, ci, () => derived),
            },
            query,
          ),
        );
      }),

    listContracts: (query) =>
      read(async (tx, cache) => {
        const figures = await cache.period(tx, query.period);
        const figuresOf = cache.contracts(figures, query.period, query.basis);
        const { catalogue } = cache;
        const rows = matchContracts(
          {
            contracts: catalogue.contracts,
            searchText: catalogue.searchText,
            contractThemes: catalogue.contractThemes,
            evidenceAwaiting: catalogue.evidenceAwaiting,
            ranks: catalogue.ranks,
            ragOf: (ci) => figuresOf(ci).rag,
          },
          query,
        );
        return paged(rows, query.page, query.pageSize, (ci) => summaryOf(cache, ci, figuresOf));
      }),

    contract: (id, { basis, period }) =>
      read(async (tx, cache) => {
        const ci = cache.catalogue.contractIndex.get(id);
        if (ci === undefined) throw notFound(`There is no contract with the id "${id}".`);
        const figures = await cache.period(tx, period);
        const commitments = (await readCommitments(tx, id)).map((commitment) => {
          const k = cache.catalogue.commitmentIndex.get(commitment.id) ?? -1;
          const f = {
            pledged: figures.pledged[k] ?? 0,
            expected: figures.expected[k] ?? 0,
            claimed: figures.claimed[k] ?? 0,
            verified: figures.verified[k] ?? 0,
          };
          return {
            ...commitment,
            figures: f,
            rag: ragOfFigures(f, basis),
            pct: percentOfExpected(deliveredOn(f, basis), f.expected),
          };
        });
        const returns = (await readReturns(tx, id)).filter((r) => periodContains(period, r.quarter));
        return { contract: summaryOf(cache, ci, cache.contracts(figures, period, basis)), commitments, returns };
      }),
  };
}
