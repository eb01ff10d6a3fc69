import type { Area, DashboardQuery, DashboardSummary, Figures, Headline, Rag } from '@/lib/contract';
import { BOROUGHS, REGION_WIDE } from '@/lib/contract';
import {
  deliveryProgress,
  periodQuarters,
  quarterFromSerial,
  quarterSerial,
  ragFor,
  ragSeverity,
  socialValue,
  ZERO_FIGURES,
} from '@/lib/figures';
import { emptyHeadlineFigures, HEADLINES, QuarterlyTotals } from '@/lib/figures/summary';
import { contractSummary } from './contracts';
import { at } from './at';
import { FigureSums } from './figure-sums';
import { deriveContract, type FiguresCache } from './figures-cache';
import { textCollator } from './sorting';
import type { StoreState } from './state';

const AREAS: readonly Area[] = [...BOROUGHS.map((b) => b.code), REGION_WIDE];
const AREA_INDEX = new Map(AREAS.map((area, i) => [area, i]));
const HEADLINE_COUNT = HEADLINES.length;
const HEADLINE_INDEX = Object.fromEntries(HEADLINES.map((h, i) => [h, i])) as Record<Headline, number>;
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
  const { reference } = state.dataset;
  const measureIndex = new Map(reference.measures.map((m, i) => [m.code, i]));

  const selects = (k: number): boolean => {
    const measure = state.commitmentMeasure[k];
    const area = state.commitments[k]?.area;
    if (!measure || area === undefined) return false;
    return (themes.size === 0 || themes.has(measure.theme)) && (boroughs.size === 0 || boroughs.has(area));
  };

  const figures = cache.period(period);
  const byHeadline = new FigureSums(HEADLINE_COUNT);
  const byArea = new FigureSums(AREAS.length * HEADLINE_COUNT);
  const byMeasure = new FigureSums(reference.measures.length);
  const ofContract = new FigureSums(HEADLINE_COUNT);
  const byQuarter = HEADLINES.map(() => new QuarterlyTotals(reference.reportingQuarter, period));
  const ragCounts: Record<Rag, number> = { red: 0, amber: 0, green: 0, 'not-due': 0 };
  const behind: Behind[] = [];
  let contractCount = 0;

  state.contracts.forEach((contract, ci) => {
    if (statuses.size > 0 && !statuses.has(contract.status)) return;
    ofContract.clear();
    let rag: Rag = 'not-due';
    let selected = false;
    for (const k of state.commitmentsByContract[ci] ?? []) {
      if (!selects(k)) continue;
      selected = true;
      const commitment = at(state.commitments, k);
      const measure = state.commitmentMeasure[k];
      figures.ensure(k);
      const [p, e, c, v] = [
        figures.pledged[k] ?? 0,
        figures.expected[k] ?? 0,
        figures.claimed[k] ?? 0,
        figures.verified[k] ?? 0,
      ];
      byMeasure.add(measureIndex.get(commitment.measureCode) ?? 0, p, e, c, v);
      const h = measure?.headline ? HEADLINE_INDEX[measure.headline] : undefined;
      if (h === undefined) continue;
      byHeadline.add(h, p, e, c, v);
      byArea.add((AREA_INDEX.get(commitment.area) ?? 0) * HEADLINE_COUNT + h, p, e, c, v);
      ofContract.add(h, p, e, c, v);
      const own = ragFor(basis === 'claimed' ? c : v, e);
      if (ragSeverity(own) > ragSeverity(rag)) rag = own;
      byQuarter[h]?.add(commitment, state.returnsByCommitment[k] ?? []);
    }
    if (!selected) return;
    contractCount += 1;
    ragCounts[rag] += 1;
    if (rag === 'not-due') return;
    let lowest = Infinity;
    for (let h = 0; h < HEADLINE_COUNT; h += 1) lowest = Math.min(lowest, ofContract.pct(h, basis) ?? Infinity);
    behind.push({ ci, rag, lowest });
  });

  const figuresOf = cache.commitments(period);
  return {
    contractCount,
    headlines: HEADLINES.flatMap((headline, h) => {
      const measure = reference.measures.find((m) => m.headline === headline);
      if (!measure) return [];
      const totals = byHeadline.figures(h);
      return [
        {
          headline,
          measureCode: measure.code,
          unit: measure.unit,
          figures: totals,
          ...deliveryProgress(totals, basis),
        },
      ];
    }),
    byMeasure: reference.measures.flatMap((m, i) => {
      const totals = byMeasure.figures(i);
      if (Object.values(totals).every((n) => n === 0)) return [];
      return [{ measureCode: m.code, theme: m.theme, figures: totals }];
    }),
    byArea: AREAS.map((area, a) => ({
      area,
      headlines: headlineRecord((h) => byArea.figures(a * HEADLINE_COUNT + h)),
    })),
    byQuarter: trendQuarters(period, byQuarter, reference.reportingQuarter).map((quarter) => ({
      quarter,
      headlines: headlineRecord((h) => byQuarter[h]?.get(quarter) ?? ZERO_FIGURES),
    })),
    ragCounts,
    socialValue: {
      verified: socialValue(
        reference.measures.map((m, i) => ({ quantity: byMeasure.figures(i).verified, proxyValue: m.proxyValue })),
      ),
      claimed: socialValue(
        reference.measures.map((m, i) => ({ quantity: byMeasure.figures(i).claimed, proxyValue: m.proxyValue })),
      ),
    },
    furthestBehind: furthestBehind(state, behind).map(({ ci }) => {
      const ks = (state.commitmentsByContract[ci] ?? []).filter(selects);
      return contractSummary(state, ci, deriveContract(state, ks, figuresOf, basis));
    }),
  };
}

interface Behind {
  ci: number;
  rag: Rag;
  /** The lowest headline % of expected, the order within a RAG. */
  lowest: number;
}

function headlineRecord(figuresOf: (h: number) => Figures): Record<Headline, Figures> {
  const out = emptyHeadlineFigures();
  HEADLINES.forEach((headline, h) => {
    out[headline] = figuresOf(h);
  });
  return out;
}

function trendQuarters(period: string, series: QuarterlyTotals[], reportingQuarter: string): string[] {
  if (period !== 'all') return periodQuarters(period, reportingQuarter, reportingQuarter);
  const spans = series.flatMap((s) => s.span() ?? []);
  if (spans.length === 0) return [];
  const first = Math.min(...spans.map((s) => quarterSerial(s.first)));
  const last = Math.max(quarterSerial(reportingQuarter), ...spans.map((s) => quarterSerial(s.last)));
  return periodQuarters('all', quarterFromSerial(first), quarterFromSerial(last));
}

function furthestBehind(state: StoreState, contracts: Behind[]): Behind[] {
  const reference = (c: Behind) => state.contracts[c.ci]?.reference ?? '';
  return contracts
    .sort(
      (a, b) =>
        ragSeverity(b.rag) - ragSeverity(a.rag) ||
        a.lowest - b.lowest ||
        textCollator.compare(reference(a), reference(b)),
    )
    .slice(0, FURTHEST_BEHIND);
}
