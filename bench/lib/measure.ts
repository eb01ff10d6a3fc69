import type { Locator, Page } from 'playwright';
import type { LOAD_WATCHES } from './watches';
import { mainThreadTimeBetween, type RendererCpu } from './cpu';
import type { Breakdown } from './figures';
import type { Condition, PageTrace, ProbeGlobal, Span, WatchTiming } from './probe';
import { coveredMs, interactionLatency, longest } from './stats';

export const INTERACTION_TIMEOUT_MS = 30_000;

/** A journey's page, and where to read how much CPU its main thread got. */
export interface Measurable {
  page: Page;
  cpu: RendererCpu;
}

export interface Measured {
  /** From the input (or navigation start) to the frame that showed the result. */
  ms: number;
  /** The interaction's Event Timing latency (≈ its INP); 16 with `reported: false` when under the floor. */
  inp: { ms: number; reported: boolean };
  /** API requests and long tasks meanwhile, from the start. */
  breakdown: Breakdown;
  /** The longest main-thread task meanwhile (0: none over 50 ms). */
  longestTaskMs: number;
  /** The watched elements' text when the result showed. */
  text: string;
}

async function traceOf(page: Page, timing: WatchTiming, mainThread: Breakdown): Promise<Measured> {
  const trace = await page.evaluate(
    ([from, to]): Promise<PageTrace> => {
      const probe = (globalThis as ProbeGlobal).svmBench;
      if (!probe) throw new Error('The benchmark probe is not installed in this page');
      return probe.trace(from, to);
    },
    [timing.start, timing.end] as const,
  );
  return {
    ms: timing.end - timing.start,
    inp: interactionLatency(trace.events),
    breakdown: { ...breakdownOf(trace, timing.start), ...mainThread },
    longestTaskMs: longest(trace.longTasks),
    text: timing.text,
  };
}

function breakdownOf(trace: PageTrace, start: number): Breakdown {
  const requests = trace.apiRequests;
  const sinceStart = (time: number) => Math.round(time - start);
  const ends = (span: Span) => span.startTime + span.duration;
  return {
    apiMs: Math.round(coveredMs(requests)),
    ...(requests.length > 0
      ? {
          firstRequestAtMs: sinceStart(Math.min(...requests.map((r) => r.startTime))),
          lastResponseAtMs: sinceStart(Math.max(...requests.map(ends))),
        }
      : {}),
    longTasksMs: Math.round(trace.longTasks.reduce((sum, task) => sum + task.duration, 0)),
    longestTaskMs: Math.round(longest(trace.longTasks)),
  };
}

function result(page: Page, id: string, timeoutMs: number): Promise<WatchTiming> {
  return page.evaluate(
    ([watchId, timeout]) => {
      const probe = (globalThis as ProbeGlobal).svmBench;
      if (!probe) throw new Error('The benchmark probe is not installed in this page');
      return probe.result(watchId, timeout);
    },
    [id, timeoutMs] as const,
  );
}

/** Navigates and times one of the load watches from navigation start. */
export async function measureLoad(
  { page, cpu }: Measurable,
  url: string,
  watch: keyof typeof LOAD_WATCHES,
  timeoutMs = INTERACTION_TIMEOUT_MS,
): Promise<Measured> {
  const before = await cpu.snapshot();
  await page.goto(url, { waitUntil: 'commit' });
  const timing = await result(page, watch, timeoutMs);
  return traceOf(page, timing, mainThreadBreakdown(before, await cpu.snapshot()));
}

function mainThreadBreakdown(...[before, after]: Parameters<typeof mainThreadTimeBetween>): Breakdown {
  const time = mainThreadTimeBetween(before, after);
  return time ? { mainThreadCpuMs: Math.round(time.onCpuMs), mainThreadWaitMs: Math.round(time.waitingMs) } : {};
}

/** Starts a watch in the page, timed from the next `pointerdown`. */
export async function watchNextInteraction(page: Page, id: string, condition: Condition): Promise<void> {
  await page.evaluate(
    ([watchId, watched]) => {
      const probe = (globalThis as ProbeGlobal).svmBench;
      if (!probe) throw new Error('The benchmark probe is not installed in this page');
      probe.watchInteraction(watchId, watched);
    },
    [id, condition] as const,
  );
}

/** A watch's timing if it has finished by now, else undefined (a phase too short to be painted). */
export function finishedWatch(page: Page, id: string): Promise<WatchTiming | undefined> {
  return result(page, id, 1).catch(() => undefined);
}

/** Waits until the page's main thread is idle, so one measurement does not inherit another's work. */
function settle(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 })));
}

/**
 * Times one click: the watch starts in the page, then the mouse clicks the middle of `target`
 * through Chromium's input pipeline (so Event Timing sees it), and the page reports when the
 * result was painted. The target is found and scrolled to first, so that none of Playwright's
 * own in-page work (finding, checking) falls inside the measurement.
 */
export async function measureClick(
  { page, cpu }: Measurable,
  id: string,
  condition: Condition,
  target: Locator,
  timeoutMs = INTERACTION_TIMEOUT_MS,
): Promise<Measured> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${id}: the element to click is not visible`);
  await settle(page);
  await watchNextInteraction(page, id, condition);
  const before = await cpu.snapshot();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const timing = await result(page, id, timeoutMs);
  return traceOf(page, timing, mainThreadBreakdown(before, await cpu.snapshot()));
}

export interface ScriptTransfer {
  /** The script's path. */
  path: string;
  bytes: number;
}

/** The scripts that crossed the network before `until` (page ms), with their transferred bytes. */
export function scriptsLoadedBefore(page: Page, until: number): Promise<ScriptTransfer[]> {
  return page.evaluate((end) => {
    const origin = location.origin;
    return performance
      .getEntriesByType('resource')
      .filter((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming)
      .filter((entry) => entry.name.startsWith(origin) && /\.js(\?|$)/.test(entry.name) && entry.responseEnd <= end)
      .map((entry) => ({ path: new URL(entry.name).pathname, bytes: entry.transferSize }));
  }, until);
}

/** The page's live JavaScript heap after a full garbage collection, in bytes (Chromium only). */
export async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('Performance.enable');
    const { metrics } = await session.send('Performance.getMetrics');
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize');
    if (!used) throw new Error('Chromium reported no JSHeapUsedSize');
    return used.value;
  } finally {
    await session.detach();
  }
}
