import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_PATH } from '../../tests/e2e/support/chromium';

/** Debian's Chromium as Lighthouse drives it: headless, with the background work that would disturb a run switched off. */
const LIGHTHOUSE_CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LighthouseRun {
  /** The performance category's score, 0 to 100. */
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
}

/** One Chromium for every Lighthouse run; each run clears its storage and cache (a first visit). */
export function launchLighthouseChrome(): Promise<LaunchedChrome> {
  return launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: LIGHTHOUSE_CHROME_FLAGS,
    // The benchmark handles Ctrl-C itself (stopping its servers first) and kills this Chromium.
    handleSIGINT: false,
    logLevel: 'silent',
  });
}

function numeric(lhr: { audits: Record<string, { numericValue?: number }> }, id: string): number {
  const value = lhr.audits[id]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse gave no ${id}`);
  return value;
}

/** Lighthouse's performance category, desktop settings (its simulated desktop network and CPU), on `url`. */
export async function runLighthouse(chrome: LaunchedChrome, url: string): Promise<LighthouseRun> {
  const result = await lighthouse(
    url,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
    desktopConfig,
  );
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const score = lhr.categories['performance']?.score;
  if (score === null || score === undefined) {
    throw new Error(`Lighthouse gave no performance score for ${url}: ${lhr.runWarnings.join('; ')}`);
  }
  return {
    score: score * 100,
    fcpMs: numeric(lhr, 'first-contentful-paint'),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    speedIndexMs: numeric(lhr, 'speed-index'),
  };
}

/** The metrics behind a score, for the notes: "FCP 0.4 s, LCP 0.7 s, TBT 0 ms, CLS 0.000, Speed Index 0.6 s". */
export function describeLighthouse(run: LighthouseRun): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return (
    `FCP ${s(run.fcpMs)}, LCP ${s(run.lcpMs)}, TBT ${Math.round(run.tbtMs)} ms, ` +
    `CLS ${run.cls.toFixed(3)}, Speed Index ${s(run.speedIndexMs)}`
  );
}
