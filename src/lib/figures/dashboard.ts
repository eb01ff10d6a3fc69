import type {
  Area,
  ContractSummary,
  DashboardQuery,
  DashboardSummary,
  Figures,
  Headline,
  Measure,
  Rag,
} from '@/lib/contract';
import { BOROUGHS, REGION_WIDE } from '@/lib/contract';
import { textCollator } from '@/lib/lists/sorting';
import { contractFigures, type ContractFigures } from './contract-figures';
import { FigureSums } from './figure-sums';
import { socialValue, ZERO_FIGURES } from './figures';
import { periodQuarters, quarterFromSerial, quarterSerial } from './periods';
import { deliveryProgress, ragFor, ragSeverity } from './rag';
import { emptyHeadlineFigures, HEADLINES, QuarterlyTotals } from './summary';

const AREAS: readonly Area[] = [...BOROUGHS.map((b) => b.code), REGION_WIDE];
const AREA_INDEX = new Map<string, number>(AREAS.map((area, i) => [area, i]));
const HEADLINE_COUNT = HEADLINES.length;
const HEADLINE_INDEX = Object.fromEntries(HEADLINES.map((h, i) => [h, i])) as Record<Headline, number>;
const FURTHEST_BEHIND = 10;

/** Which contracts (by status) and commitments (by measure and area) a dashboard query counts. */
export interface DashboardSelection {
  contract(status: string): boolean;
  commitment(measure: Measure | undefined, area: string | undefined): boolean;
}

export function dashboardSelection(query: Pick<DashboardQuery, 'status' | 'theme' | 'borough'>): DashboardSelection {
  const statuses = new Set<string>(query.status);
  const themes = new Set<string>(query.theme);
  const boroughs = new Set<string>(query.borough);
  return {
    contract: (status) => statuses.size === 0 || statuses.has(status),
    commitment: (measure, area) =>
      measure !== undefined &&
      area !== undefined &&
      (themes.size === 0 || themes.has(measure.theme)) &&
      (boroughs.size === 0 || boroughs.has(area)),
  };
}

/** One period's figures for every commitment index, in flat arrays: call `ensure(k)` before reading `[k]`. */
export interface PeriodFiguresReader {
  readonly pledged: Float64Array;
  readonly expected: Float64Array;
  readonly claimed: Float64Array;
  readonly verified: Float64Array;
  ensure(k: number): void;
}

/**
 * What a dashboard is worked out from, by contract index (in the order contracts were created)
 * and commitment index: the mock reads its arrays, the server its caches of SQL sums.
 */
export interface DashboardSource {
  measures: readonly Measure[];
  reportingQuarter: string;
  contractCount: number;
  statusOf(ci: number): string;
  referenceOf(ci: number): string;
  /** The contract's commitment indexes, in the order they were created. */
  commitmentsOf(ci: number): readonly number[];
  measureOf(k: number): Measure | undefined;
  areaOf(k: number): string | undefined;
  /** The period's figures per commitment. */
  figures: PeriodFiguresReader;
  /** Each headline's quarterly totals (in `HEADLINES` order) over the selected headline commitments. */
  trend(selection: DashboardSelection, totals: readonly QuarterlyTotals[]): void;
  /** A contract as the furthest-behind list shows it, with figures over the selected commitments. */
  summary(ci: number, figures: ContractFigures): ContractSummary;
}

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
export function dashboardSummary(source: DashboardSource, query: DashboardQuery): DashboardSummary {
  const { period, basis } = query;
  const { measures, reportingQuarter, figures } = source;
  const measureIndex = new Map(measures.map((m, i) => [m.code, i]));
  const selection = dashboardSelection(query);
  const selects = (k: number) => selection.commitment(source.measureOf(k), source.areaOf(k));

  const byHeadline = new FigureSums(HEADLINE_COUNT);
  const byArea = new FigureSums(AREAS.length * HEADLINE_COUNT);
  const byMeasure = new FigureSums(measures.length);
  const ofContract = new FigureSums(HEADLINE_COUNT);
  const ragCounts: Record<Rag, number> = { red: 0, amber: 0, green: 0, 'not-due': 0 };
  const behind: Behind[] = [];
  let contractCount = 0;

  for (let ci = 0; ci < source.contractCount; ci += 1) {
    if (!selection.contract(source.statusOf(ci))) continue;
    ofContract.clear();
    let rag: Rag = 'not-due';
    let selected = false;
    for (const k of source.commitmentsOf(ci)) {
      if (!selects(k)) continue;
      selected = true;
      const measure = source.measureOf(k);
      figures.ensure(k);
      const [p, e, c, v] = [
        figures.pledged[k] ?? 0,
        figures.expected[k] ?? 0,
        figures.claimed[k] ?? 0,
        figures.verified[k] ?? 0,
      ];
      byMeasure.add(measureIndex.get(measure?.code ?? '') ?? 0, p, e, c, v);
      const h = measure?.headline ? HEADLINE_INDEX[measure.headline] : undefined;
      if (h === undefined) continue;
      byHeadline.add(h, p, e, c, v);
      byArea.add((AREA_INDEX.get(source.areaOf(k) ?? '') ?? 0) * HEADLINE_COUNT + h, p, e, c, v);
      ofContract.add(h, p, e, c, v);
      const own = ragFor(basis === 'claimed' ? c : v, e);
      if (ragSeverity(own) > ragSeverity(rag)) rag = own;
    }
    if (!selected) continue;
    contractCount += 1;
    ragCounts[rag] += 1;
    if (rag === 'not-due') continue;
    let lowest = Infinity;
    for (let h = 0; h < HEADLINE_COUNT; h += 1) lowest = Math.min(lowest, ofContract.pct(h, basis) ?? Infinity);
    behind.push({ ci, rag, lowest });
  }

  const byQuarter = HEADLINES.map(() => new QuarterlyTotals(reportingQuarter, period));
  source.trend(selection, byQuarter);
  const socialValueOn = (figure: 'verified' | 'claimed') =>
    socialValue(measures.map((m, i) => ({ quantity: byMeasure.figures(i)[figure], proxyValue: m.proxyValue })));
  return {
    contractCount,
    headlines: HEADLINES.flatMap((headline, h) => {
      const measure = measures.find((m) => m.headline === headline);
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
    byMeasure: measures.flatMap((m, i) => {
      const totals = byMeasure.figures(i);
      if (Object.values(totals).every((n) => n === 0)) return [];
      return [{ measureCode: m.code, theme: m.theme, figures: totals }];
    }),
    byArea: AREAS.map((area, a) => ({
      area,
      headlines: headlineRecord((h) => byArea.figures(a * HEADLINE_COUNT + h)),
    })),
    byQuarter: trendQuarters(period, byQuarter, reportingQuarter).map((quarter) => ({
      quarter,
      headlines: headlineRecord((h) => byQuarter[h]?.get(quarter) ?? ZERO_FIGURES),
    })),
    ragCounts,
    socialValue: { verified: socialValueOn('verified'), claimed: socialValueOn('claimed') },
    furthestBehind: furthestBehind(source, behind).map(({ ci }) => {
      const parts = source
        .commitmentsOf(ci)
        .filter(selects)
        .map((k) => {
          figures.ensure(k);
          return {
            headline: source.measureOf(k)?.headline,
            figures: {
              pledged: figures.pledged[k] ?? 0,
              expected: figures.expected[k] ?? 0,
              claimed: figures.claimed[k] ?? 0,
              verified: figures.verified[k] ?? 0,
            },
          };
        });
      return source.summary(ci, contractFigures(parts, basis));
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

function furthestBehind(source: DashboardSource, contracts: Behind[]): Behind[] {
  const reference = (c: Behind) => source.referenceOf(c.ci);
  return contracts
    .sort(
      (a, b) =>
        ragSeverity(b.rag) - ragSeverity(a.rag) ||
        a.lowest - b.lowest ||
        textCollator.compare(reference(a), reference(b)),
    )
    .slice(0, FURTHEST_BEHIND);
}
