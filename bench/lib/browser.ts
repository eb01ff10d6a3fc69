import { chromium, type Browser, type BrowserContext } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/support/chromium';
import type { RendererCpu } from './cpu';
import type { Measurable } from './measure';
import { installProbe, KEEP_NAMES_SHIM } from './probe';
import { LOAD_WATCHES } from './watches';

/** Debian's Chromium, as the e2e tests run it; the flags keep background work out of the timings. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // The benchmark handles Ctrl-C itself (stopping its servers first); Playwright would exit at once.
    // Chromium still goes when the process exits.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [...CHROMIUM_ARGS],
  });
}

/** Demo users (the mock API's reference data), one per journey. */
export const DEMO_USERS = {
  director: 'u-director-1',
  contractManager: 'u-cm-1',
  auditor: 'u-auditor-1',
} as const;

/** The key under which the app keeps its demo sign-in (src/lib/api/demo-user.ts). */
const DEMO_USER_STORAGE_KEY = 'svm.demoUser';

export interface Bench {
  browser: Browser;
  appUrl: string;
  apiOrigin: string;
  cpu: RendererCpu;
  /** Uncaught errors and console errors the app raised, to report beside the figures. */
  pageErrors: Set<string>;
}

export interface JourneyPage extends Measurable {
  context: BrowserContext;
}

/**
 * A fresh context (no cache, no storage) signed in as `userId`, with the probe installed before
 * the app's scripts, so that every run is a first visit.
 */
export async function openJourneyPage(bench: Bench, userId: string): Promise<JourneyPage> {
  const context = await bench.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    acceptDownloads: true,
    storageState: {
      cookies: [],
      origins: [{ origin: bench.appUrl, localStorage: [{ name: DEMO_USER_STORAGE_KEY, value: userId }] }],
    },
  });
  await context.addInitScript({ content: KEEP_NAMES_SHIM });
  await context.addInitScript(installProbe, { onLoad: LOAD_WATCHES, apiOrigin: bench.apiOrigin });
  const page = await context.newPage();
  page.on('pageerror', (error) => bench.pageErrors.add(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') bench.pageErrors.add(`${page.url()}: ${message.text()}`);
  });
  return { context, page, cpu: bench.cpu };
}
