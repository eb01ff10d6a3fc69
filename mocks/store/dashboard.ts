import type { Area, DashboardQuery, DashboardSummary, Figures, Headline, Rag } from '@/lib/contract';
import { BOROUGHS, REGION_WIDE } from '@/lib/contract';
import {
  addFigures,
  deliveredOn,
  percentOfExpected,
  periodQuarters,
  quarterFromSerial,
  quarterSerial,
  ragOfFigures,
  ragSeverity,
  socialValue,
  ZERO_FIGURES,
} from '@/lib/figures';
import { emptyHeadlineFigures, HEADLINES, QuarterlyTotals } from '@/lib/figures/summary';
import { contractSummary } from './contracts';
import { deriveContract, type ContractDerived, type FiguresCache } from './figures-cache';
import { textCollator } from './sorting';
import type { StoreState } from './state';

const AREAS: readonly Area[] = [...BOROUGHS.map((b) => b.code), REGION_WIDE];
const FURTHEST_BEHIND = 10;

/**
 * The dashboard summary. What it counts:
 *
 * - Contracts: those whose status is selected (all when none is), that have at least one
 *   commitment in the filter. A contract serving a borough only through region-wide
 *   commitments does not count under that borough's filter: it pledged nothing there.
 * - Commitments: of those contracts, the ones whose measure is in a selected theme and whose
 *   area is a selected borough. With no borough selected every area counts, region-wide
 *   included; with boroughs selected, region-wide commitments are left out (they are never
 *   apportioned to boroughs).
 * - Figures for the period (`@/lib/figures`): pledged = the profile falling in the period;
 *   expected = that profile up to the reporting quarter; claimed and verified = returns for
 *   quarters in the period.
 * - headlines: always the four headline outcomes in a fixed order (zero when the theme filter
 *   leaves one out), with % of expected and RAG on the requested basis.
 * - byMeasure: every measure with any non-zero figure in the filter, in reference order.
 * - byArea: always seven rows, the six boroughs then region-wide; areas outside the filter hold
 *   zeros, so the rows add up to the headline totals.
 * - byQuarter: each quarter of the period; for all time, from the first quarter with a profile
 *   or return to the later of the last such quarter and the reporting quarter, so the trend shows
 *   the profile still to come (future quarters have nothing expected, claimed or verified).
 * - ragCounts: contracts in the filter by their RAG over the filtered commitments (the worst
 *   headline commitment RAG; not yet due when none is due).
 * - socialValue: claimed and verified quantities for the period x each measure's proxy value.
 * - furthestBehind: up to ten contracts in the filter, worst RAG first, then lowest headline %
 *   of expected, then reference; their RAG and percentages are those over the filtered
 *   commitments, so the list explains itself. Contracts with nothing yet due are left out.
 */
export function dashboardSummary(state: StoreState, cache: FiguresCache, query: DashboardQuery): DashboardSummary {
  const { period, basis } = query;
  const statuses = new Set<string>(query.status);
  const themes = new Set<string>(query.theme);
  const boroughs = new Set<string>(query.borough);
  const reportingQuarter = state.dataset.reference.reportingQuarter;

  const headlineTotals = emptyHeadlineFigures();
  const byMeasure = new Map<string, Figures>();
  const byArea = new Map<Area, Record<Headline, Figures>>(AREAS.map((a) => [a, emptyHeadlineFigures()]));
  const byQuarter = Object.fromEntries(
    HEADLINES.map((h) => [h, new QuarterlyTotals(reportingQuarter, period)]),
  ) as Record<Headline, QuarterlyTotals>;
  const ragCounts: Record<Rag, number> = { red: 0, amber: 0, green: 0, 'not-due': 0 };
  const inFilter: { ci: number; derived: ContractDerived }[] = [];
  const figuresOf = cache.commitments(period);

  state.contracts.forEach((contract, ci) => {
    if (statuses.size > 0 && !statuses.has(contract.status)) return;
    const selected: number[] = [];
    for (const k of state.commitmentsByContract[ci] ?? []) {
      const commitment = state.commitments[k];
      const measure = state.commitmentMeasure[k];
      if (!commitment || !measure) continue;
      if (themes.size > 0 && !themes.has(measure.theme)) continue;
      if (boroughs.size > 0 && !boroughs.has(commitment.area)) continue;
      selected.push(k);

      const figures = figuresOf(k);
      byMeasure.set(measure.code, addFigures(byMeasure.get(measure.code) ?? ZERO_FIGURES, figures));
      if (!measure.headline) continue;
      const headline = measure.headline;
      headlineTotals[headline] = addFigures(headlineTotals[headline], figures);
      const area = byArea.get(commitment.area);
      if (area) area[headline] = addFigures(area[headline], figures);
      byQuarter[headline].add(commitment, state.returnsByCommitment[k] ?? []);
    }
    if (selected.length === 0) return;
    const derived = deriveContract(state, selected, figuresOf, basis);
    ragCounts[derived.rag] += 1;
    inFilter.push({ ci, derived });
  });

  return {
    contractCount: inFilter.length,
    headlines: HEADLINES.flatMap((headline) => {
      const measure = state.dataset.reference.measures.find((m) => m.headline === headline);
      if (!measure) return [];
      const figures = headlineTotals[headline];
      return [
        {
          headline,
          measureCode: measure.code,
          unit: measure.unit,
          figures,
          pct: percentOfExpected(deliveredOn(figures, basis), figures.expected),
          rag: ragOfFigures(figures, basis),
        },
      ];
    }),
    byMeasure: state.dataset.reference.measures.flatMap((m) => {
      const figures = byMeasure.get(m.code);
      if (!figures || Object.values(figures).every((n) => n === 0)) return [];
      return [{ measureCode: m.code, theme: m.theme, figures }];
    }),
    byArea: AREAS.map((area) => ({ area, headlines: byArea.get(area) ?? emptyHeadlineFigures() })),
    byQuarter: trendQuarters(period, Object.values(byQuarter), reportingQuarter).map((quarter) => ({
      quarter,
      headlines: Object.fromEntries(HEADLINES.map((h) => [h, byQuarter[h].get(quarter)])) as Record<Headline, Figures>,
    })),
    ragCounts,
    socialValue: {
      verified: socialValue(measureValues(state, byMeasure, 'verified')),
      claimed: socialValue(measureValues(state, byMeasure, 'claimed')),
    },
    furthestBehind: furthestBehind(state, inFilter).map(({ ci, derived }) => contractSummary(state, ci, derived)),
  };
}

function trendQuarters(period: string, series: QuarterlyTotals[], reportingQuarter: string): string[] {
  if (period !== 'all') return periodQuarters(period, reportingQuarter, reportingQuarter);
  const spans = series.flatMap((s) => s.span() ?? []);
  if (spans.length === 0) return [];
  const first = Math.min(...spans.map((s) => quarterSerial(s.first)));
  const last = Math.max(quarterSerial(reportingQuarter), ...spans.map((s) => quarterSerial(s.last)));
  return periodQuarters('all', quarterFromSerial(first), quarterFromSerial(last));
}

function measureValues(state: StoreState, byMeasure: Map<string, Figures>, basis: 'verified' | 'claimed') {
  return [...byMeasure].map(([code, figures]) => ({
    quantity: figures[basis],
    proxyValue: state.measures.get(code)?.proxyValue ?? 0,
  }));
}

function lowestPct(derived: ContractDerived): number {
  let lowest = Infinity;
  for (const pct of Object.values(derived.headlinePct)) if (pct !== null && pct < lowest) lowest = pct;
  return lowest;
}

function furthestBehind<T extends { ci: number; derived: ContractDerived }>(state: StoreState, contracts: T[]): T[] {
  const reference = (c: T) => state.contracts[c.ci]?.reference ?? '';
  return contracts
    .filter((c) => c.derived.rag !== 'not-due')
    .map((c) => ({ ...c, lowest: lowestPct(c.derived) }))
    .sort(
      (a, b) =>
        ragSeverity(b.derived.rag) - ragSeverity(a.derived.rag) ||
        a.lowest - b.lowest ||
        textCollator.compare(reference(a), reference(b)),
    )
    .slice(0, FURTHEST_BEHIND);
}
