import type { DashboardQuery, DashboardSummary } from '@/lib/contract';
import { dashboardSummary as summarise, type DashboardSource } from '@/lib/figures/dashboard';
import { HEADLINES } from '@/lib/figures/summary';
import { at } from './at';
import { contractSummary } from './contracts';
import type { FiguresCache } from './figures-cache';
import type { StoreState } from './state';

const HEADLINE_INDEX = new Map<string, number>(HEADLINES.map((h, i) => [h, i]));

/** The dashboard summary (`@/lib/figures/dashboard` says what it counts), from the store's arrays. */
export function dashboardSummary(state: StoreState, cache: FiguresCache, query: DashboardQuery): DashboardSummary {
  const source: DashboardSource = {
    measures: state.dataset.reference.measures,
    reportingQuarter: state.dataset.reference.reportingQuarter,
    contractCount: state.contracts.length,
    statusOf: (ci) => at(state.contracts, ci).status,
    referenceOf: (ci) => at(state.contracts, ci).reference,
    commitmentsOf: (ci) => state.commitmentsByContract[ci] ?? [],
    measureOf: (k) => state.commitmentMeasure[k],
    areaOf: (k) => state.commitments[k]?.area,
    figures: cache.period(query.period),
    trend(selection, totals) {
      state.contracts.forEach((contract, ci) => {
        if (!selection.contract(contract.status)) return;
        for (const k of state.commitmentsByContract[ci] ?? []) {
          const commitment = at(state.commitments, k);
          const measure = state.commitmentMeasure[k];
          if (!selection.commitment(measure, commitment.area)) continue;
          const h = HEADLINE_INDEX.get(measure?.headline ?? '');
          if (h !== undefined) totals[h]?.add(commitment, state.returnsByCommitment[k] ?? []);
        }
      });
    },
    summary: (ci, figures) => contractSummary(state, ci, figures),
  };
  return summarise(source, query);
}
