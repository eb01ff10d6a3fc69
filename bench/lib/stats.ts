import type { EventEntry, Span } from './probe';

/** Event Timing's floor: an interaction it does not report took less than this. */
export const EVENT_TIMING_THRESHOLD_MS = 16;

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('The median of no values is undefined');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/**
 * The latency of the first interaction in the entries, as INP counts it: the longest of its
 * events (pointerdown, pointerup, click share an interaction id). With no entry it was under
 * Event Timing's 16 ms floor, so 16 is its upper bound.
 */
export function interactionLatency(entries: readonly EventEntry[]): { ms: number; reported: boolean } {
  const interactive = entries.filter((entry) => entry.interactionId > 0);
  const first = interactive.reduce<EventEntry | undefined>(
    (earliest, entry) => (earliest === undefined || entry.startTime < earliest.startTime ? entry : earliest),
    undefined,
  );
  if (!first) return { ms: EVENT_TIMING_THRESHOLD_MS, reported: false };
  const durations = interactive.filter((e) => e.interactionId === first.interactionId).map((e) => e.duration);
  return { ms: Math.max(...durations), reported: true };
}

/** How long at least one of the spans was in progress (overlapping requests count once). */
export function coveredMs(spans: readonly Span[]): number {
  const sorted = [...spans].sort((a, b) => a.startTime - b.startTime);
  let total = 0;
  let run: { start: number; end: number } | undefined;
  for (const { startTime, duration } of sorted) {
    const end = startTime + duration;
    if (run && startTime <= run.end) {
      run.end = Math.max(run.end, end);
    } else {
      if (run) total += run.end - run.start;
      run = { start: startTime, end };
    }
  }
  return total + (run ? run.end - run.start : 0);
}

/** The longest span, 0 when there is none (the Long Tasks API reports only tasks over 50 ms). */
export function longest(spans: readonly Span[]): number {
  return spans.reduce((max, span) => Math.max(max, span.duration), 0);
}

/** One layout-shift entry that counts (none within 500 ms of input). */
export interface LayoutShift {
  startTime: number;
  value: number;
}

/**
 * Cumulative layout shift as Chromium and Lighthouse report it: shifts grouped into session
 * windows (each shift within 1 s of the last, a window at most 5 s long), the largest window's sum.
 */
export function cumulativeLayoutShift(shifts: readonly LayoutShift[]): number {
  let largest = 0;
  let window = { start: 0, last: 0, sum: 0 };
  for (const shift of [...shifts].sort((a, b) => a.startTime - b.startTime)) {
    const continues = window.sum > 0 && shift.startTime - window.last < 1_000 && shift.startTime - window.start < 5_000;
    window = continues
      ? { start: window.start, last: shift.startTime, sum: window.sum + shift.value }
      : { start: shift.startTime, last: shift.startTime, sum: shift.value };
    largest = Math.max(largest, window.sum);
  }
  return largest;
}
