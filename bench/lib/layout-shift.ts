import type { Browser } from 'playwright';
import { cumulativeLayoutShift, type LayoutShift } from './stats';

/** After the network has been quiet for 500 ms, how long more a page may shift before it counts as settled. */
const SETTLE_MS = 1_000;
const LOAD_TIMEOUT_MS = 60_000;

interface ShiftEntry extends LayoutShift {
  /** The elements that moved, as `tag.class`, to say what moved in the notes. */
  sources: string[];
}

interface ShiftGlobal {
  svmShifts?: ShiftEntry[];
}

/** Installed before the app's scripts: keeps every layout shift not caused by input. */
function recordShifts(): void {
  const shifts: ShiftEntry[] = [];
  (globalThis as ShiftGlobal).svmShifts = shifts;
  interface ShiftTiming extends PerformanceEntry {
    value: number;
    hadRecentInput: boolean;
    sources: { node: Node | null }[];
  }
  const describe = (node: Node | null): string =>
    node instanceof Element
      ? `${node.tagName.toLowerCase()}${node.classList.length > 0 ? `.${[...node.classList].join('.')}` : ''}`
      : (node?.nodeName ?? 'gone');
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as ShiftTiming[]) {
      if (entry.hadRecentInput) continue;
      shifts.push({
        startTime: entry.startTime,
        value: entry.value,
        sources: entry.sources.map((s) => describe(s.node)),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

export interface LayoutShiftRun {
  cls: number;
  /** The largest single shift's elements and size, or nothing when nothing moved. */
  largest?: { value: number; sources: string[] };
}

/**
 * Opens `url` in a fresh context (a first visit) at the desktop size the journeys use, waits
 * until the network has been quiet and the page has settled, and reads its layout shift.
 */
export async function measureLayoutShift(browser: Browser, url: string, demoUserId: string): Promise<LayoutShiftRun> {
  const origin = new URL(url).origin;
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    storageState: { cookies: [], origins: [{ origin, localStorage: [{ name: 'svm.demoUser', value: demoUserId }] }] },
  });
  try {
    await context.addInitScript(recordShifts);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle', timeout: LOAD_TIMEOUT_MS });
    await page.waitForTimeout(SETTLE_MS);
    const shifts = await page.evaluate(() => (globalThis as ShiftGlobal).svmShifts ?? []);
    const largest = shifts.reduce<ShiftEntry | undefined>(
      (top, s) => (top && top.value >= s.value ? top : s),
      undefined,
    );
    return {
      cls: cumulativeLayoutShift(shifts),
      ...(largest ? { largest: { value: largest.value, sources: largest.sources } } : {}),
    };
  } finally {
    await context.close();
  }
}
