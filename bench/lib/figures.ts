import { median } from './stats';

export type Journey = 'Director' | 'Contract manager' | 'Auditor' | 'First load' | 'Page load';
/** `CLS`: cumulative layout shift, a fraction of the viewport; `score`: Lighthouse's 0 to 100. */
export type Unit = 'ms' | 's' | 'KB' | 'MB' | 'CLS' | 'score';

export interface FigureSpec {
  id: string;
  journey: Journey;
  label: string;
  unit: Unit;
  /** The most it may be (the least, for `higher`); null when the figure is reported without a budget. */
  budget: number | null;
  /** Which way is good: lower (the default, times and sizes) or higher (a score). */
  better?: 'lower' | 'higher';
  /** Said beside the figure every time: what it includes, or how to read it. */
  explain?: string;
}

/** Where a measurement's time went, in its figure's unit or ms as named; medians in a figure. */
export interface Breakdown {
  /** Time some API request was in flight (overlapping requests count once). */
  apiMs?: number;
  /** When the first API request went out and the last answer came back, from the start. */
  firstRequestAtMs?: number;
  lastResponseAtMs?: number;
  /** Main-thread time in long tasks (over 50 ms each), and the longest of them. */
  longTasksMs?: number;
  longestTaskMs?: number;
  /**
   * The page's main thread between the start and the paint: time on a CPU (the app's own work)
   * and time ready to run but waiting for a CPU (other work on the machine).
   */
  mainThreadCpuMs?: number;
  mainThreadWaitMs?: number;
  /** An export's phases: fetching and checking every page, then writing the file. */
  fetchingS?: number;
  writingS?: number;
}

/** One figure as written to results.json: the median of its runs against its budget. */
export interface Figure extends FigureSpec {
  value: number;
  samples: number[];
  pass: boolean | null;
  /** The medians of each part of the measurement, to explain the figure. */
  breakdown?: Breakdown;
  /** The breakdown in words, runs under Event Timing's floor, what the last run saw. */
  note?: string;
}

/** What one measurement adds besides its value. */
export interface SampleDetail {
  breakdown?: Breakdown;
  /** Event Timing reported nothing, so the value is its 16 ms floor, an upper bound. */
  belowFloor?: boolean;
  /** What the run saw, kept from the last run: an export's rows and file size. */
  note?: string;
}

type BreakdownKey = keyof Breakdown;

/** Measurements collected across runs, by figure id. */
export class Samples<Id extends string = string> {
  private readonly values = new Map<string, number[]>();
  private readonly breakdowns = new Map<string, Map<BreakdownKey, number[]>>();
  private readonly belowFloor = new Map<string, number>();
  private readonly notes = new Map<string, string>();

  add(id: Id, value: number, detail: SampleDetail = {}): void {
    push(this.values, id, value);
    if (detail.breakdown) {
      const parts = this.breakdowns.get(id) ?? new Map<BreakdownKey, number[]>();
      this.breakdowns.set(id, parts);
      for (const [key, part] of Object.entries(detail.breakdown) as [BreakdownKey, number | undefined][]) {
        if (part !== undefined) push(parts, key, part);
      }
    }
    if (detail.belowFloor) this.belowFloor.set(id, (this.belowFloor.get(id) ?? 0) + 1);
    if (detail.note !== undefined) this.notes.set(id, detail.note);
  }

  /** Each spec's figure, for the specs that were measured at all. */
  summarise(specs: readonly (FigureSpec & { id: Id })[]): Figure[] {
    return specs.flatMap((spec): Figure[] => {
      const samples = this.values.get(spec.id);
      if (!samples || samples.length === 0) return [];
      const value = round(median(samples), spec.unit);
      const parts = this.breakdowns.get(spec.id);
      const breakdown = parts && medianBreakdown(parts);
      const floor = this.belowFloor.get(spec.id) ?? 0;
      const notes = [
        this.notes.get(spec.id),
        breakdown && describeBreakdown(breakdown),
        floor > 0 ? `${floor} of ${samples.length} runs under Event Timing's 16 ms floor, counted as 16 ms` : undefined,
        spec.explain,
      ].filter((note): note is string => note !== undefined && note !== '');
      return [
        {
          ...spec,
          value,
          samples: samples.map((s) => round(s, spec.unit)),
          pass: withinBudget(value, spec),
          ...(breakdown ? { breakdown } : {}),
          ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
        },
      ];
    });
  }
}

export function withinBudget(value: number, spec: Pick<FigureSpec, 'budget' | 'better'>): boolean | null {
  if (spec.budget === null) return null;
  return spec.better === 'higher' ? value >= spec.budget : value <= spec.budget;
}

function medianBreakdown(parts: Map<BreakdownKey, number[]>): Breakdown {
  const breakdown: Breakdown = {};
  for (const [key, values] of parts) breakdown[key] = round(median(values), key.endsWith('S') ? 's' : 'ms');
  return breakdown;
}

/** The breakdown in words, e.g. "API in flight 118 ms (first sent at +20 ms, last answered at +140 ms)". */
export function describeBreakdown(b: Breakdown): string {
  const parts: string[] = [];
  if (b.apiMs !== undefined) {
    const when =
      b.firstRequestAtMs !== undefined && b.lastResponseAtMs !== undefined
        ? ` (first sent at +${b.firstRequestAtMs} ms, last answered at +${b.lastResponseAtMs} ms)`
        : '';
    parts.push(`API in flight ${b.apiMs} ms${when}`);
  }
  if (b.longTasksMs !== undefined && b.longTasksMs > 0) {
    parts.push(`long tasks ${b.longTasksMs} ms in all, longest ${b.longestTaskMs ?? 0} ms`);
  }
  if (b.mainThreadCpuMs !== undefined && b.mainThreadWaitMs !== undefined) {
    parts.push(`main thread on a CPU ${b.mainThreadCpuMs} ms, waiting for a CPU ${b.mainThreadWaitMs} ms`);
  }
  if (b.fetchingS !== undefined) parts.push(`fetching pages ${b.fetchingS.toFixed(2)} s`);
  if (b.writingS !== undefined) parts.push(`writing the file ${b.writingS.toFixed(2)} s`);
  return parts.join(', ');
}

function push<K>(map: Map<K, number[]>, id: K, value: number): void {
  const list = map.get(id);
  if (list) list.push(value);
  else map.set(id, [value]);
}

/** Milliseconds and scores whole, layout shift to three decimal places, everything else to two. */
export function round(value: number, unit: Unit): number {
  if (unit === 'ms' || unit === 'score') return Math.round(value);
  if (unit === 'CLS') return Math.round(value * 1000) / 1000;
  return Math.round(value * 100) / 100;
}
