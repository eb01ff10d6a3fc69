import type { Browser } from 'playwright';
import { PAGE_LOAD_ROUTES, type DataSetSize } from './budgets';
import { DEMO_USERS } from './browser';
import type { Recorder } from './journeys/recorder';
import { measureLayoutShift } from './layout-shift';
import { describeLighthouse, launchLighthouseChrome, runLighthouse } from './lighthouse';

export interface PageLoadOptions {
  browser: Browser;
  appUrl: string;
  size: DataSetSize;
  /** Layout-shift runs per route (each a first visit); the figure is their median. */
  runs: number;
  lighthouseRuns: number;
  log: (message: string) => void;
}

/**
 * Each route opened cold: its layout shift in the journeys' browser, then its Lighthouse
 * performance score in a Chromium of Lighthouse's own (it needs a debugging port).
 */
export async function measurePageLoads(options: PageLoadOptions, record: Recorder): Promise<void> {
  const { browser, appUrl, size, log } = options;
  for (const route of PAGE_LOAD_ROUTES) {
    log(`Layout shift of ${route.path}: ${options.runs} runs`);
    for (let run = 0; run < options.runs; run += 1) {
      const measured = await measureLayoutShift(browser, `${appUrl}${route.path}`, DEMO_USERS.contractManager);
      const largest = measured.largest;
      record(`cls.${route.id}.${size}`, measured.cls, {
        note: largest
          ? `largest single shift ${largest.value.toFixed(3)} (${largest.sources.join(', ')}) in the last run`
          : 'nothing moved in the last run',
      });
    }
  }
  const chrome = await launchLighthouseChrome();
  try {
    for (const route of PAGE_LOAD_ROUTES) {
      log(`Lighthouse on ${route.path}: ${options.lighthouseRuns} ${options.lighthouseRuns === 1 ? 'run' : 'runs'}`);
      for (let run = 0; run < options.lighthouseRuns; run += 1) {
        const result = await runLighthouse(chrome, `${appUrl}${route.path}`);
        record(`lighthouse.${route.id}.${size}`, result.score, {
          note: `${describeLighthouse(result)} in the last run`,
        });
      }
    }
  } finally {
    chrome.kill();
  }
}
