import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** WCAG 2.2 AA, every rule: nothing is filtered out. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations on ${state}`).toEqual([]);
}

/**
 * The page itself never scrolls sideways (WCAG 1.4.10 reflow): wide tables scroll inside their own
 * region. Polled, because charts follow a new width in a resize observer, a frame or so later.
 */
export async function expectNoHorizontalScroll(page: Page, state: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
      message: `horizontal page scroll on ${state}`,
      timeout: 5_000,
    })
    .toBeLessThanOrEqual(0);
}

/**
 * A state's layout on a desktop (the current viewport), then on a 320 px phone, where the page is
 * left: no sideways page scroll at either width, and no axe violations on the phone, or at both.
 */
export async function expectReflowDesktopThenPhone(
  page: Page,
  state: string,
  { axe }: { axe: 'phone' | 'both' },
): Promise<void> {
  const desktop = `${state} at ${page.viewportSize()?.width ?? 1280} px`;
  await expectNoHorizontalScroll(page, desktop);
  if (axe === 'both') await expectNoAxeViolations(page, desktop);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page, `${state} at 320 px`);
  await expectNoAxeViolations(page, `${state} at 320 px`);
}

/**
 * Presses Tab until `target` has focus, as a keyboard user would, failing if it takes more than
 * `max` presses (so a control that Tab never reaches fails the test rather than being clicked).
 */
export async function tabTo(page: Page, target: Locator, { max = 80, backwards = false } = {}): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `Tab did not reach the control within ${max} presses`).toBeFocused();
}

/** Nothing on the page is loading or marked busy: the figures on screen answer the URL. */
export async function expectSettled(page: Page, timeout = 20_000): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout });
  await expect(page.getByRole('status').filter({ hasText: /^(Loading|Updating)/ })).toHaveCount(0, { timeout });
}

/** The search parameters of the page's current URL. */
export function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** The project whose app calls the standalone 20,000-contract demo API over plain HTTP. */
export function isHttpProject(testInfo: TestInfo): boolean {
  return testInfo.project.name === 'http';
}

interface Fixtures {
  consoleErrors: string[];
}

const UNCAUGHT = 'pageerror: ';
const CSP_VIOLATION = 'CSP violation: ';

/**
 * Installed before the app's scripts: says every Content Security Policy violation on the
 * console. Chromium reports some only as DevTools issues (a blocked `new Function` that the code
 * catches), never as console errors, so without this they would pass unseen.
 */
function reportCspViolations(prefix: string): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(
      `${prefix}${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} ` +
        `(${event.sourceFile || 'the page'}:${event.lineNumber})`,
    );
  });
}

/**
 * Every test fails on uncaught page errors and on any CSP violation, and collects console errors
 * so a test can assert there were none (failed chunk loads show up there). Tests that make
 * requests fail on purpose leave the console alone: the browser logs each failed request.
 */
export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, provide) => {
      const errors: string[] = [];
      await page.addInitScript(reportCspViolations, CSP_VIOLATION);
      page.on('pageerror', (error) => errors.push(`${UNCAUGHT}${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await provide(errors);
      expect(
        errors.filter((error) => error.startsWith(UNCAUGHT)),
        'uncaught errors in the page',
      ).toEqual([]);
      expect(
        errors.filter((error) => error.startsWith(CSP_VIOLATION)),
        'Content Security Policy violations',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * For a spec that replaces API answers with `page.route`, which sees only real network requests:
 * in the 'mock' project the in-browser mock answers inside its service worker, out of the route's
 * reach, so the spec runs in the 'http' project only.
 */
export function onlyInHttpProject(): void {
  test.beforeEach(({ page: _page }, testInfo) => {
    test.skip(!isHttpProject(testInfo), 'page.route cannot replace answers from the in-browser mock’s service worker');
  });
}
