import type { Route } from '@playwright/test';
import type { ContractSummary, Page as ApiPage } from '@/lib/contract';
import {
  expect,
  expectNoAxeViolations,
  expectReflowDesktopThenPhone,
  onlyInHttpProject,
  searchParams,
  test,
} from './fixtures';
import { RegisterPage } from './pages/register-page';

/** Issue 8: what the register does when the contracts API fails or sends something odd. */
onlyInHttpProject();

const CONTRACTS = '**/api/v1/contracts**';
// The app calls the API cross-origin: a stand-in answer needs the headers the real API sends.
const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Retry-After' };
/** A stack frame, as it would leak into the page from an unhandled error. */
const STACK_FRAME = /at \S+ \(?\S+\.(js|tsx?):\d+/;

function problem(route: Route, status: number, title: string, headers: Record<string, string> = {}) {
  return route.fulfill({
    status,
    headers: { ...CORS, ...headers },
    contentType: 'application/problem+json',
    body: JSON.stringify({ type: 'about:blank', title, status, detail: 'The contracts store did not answer.' }),
  });
}

/** The real page of contracts from the demo API, changed by `edit`. */
async function edited(route: Route, edit: (page: ApiPage<ContractSummary>) => unknown) {
  const response = await route.fetch();
  const page = (await response.json()) as ApiPage<ContractSummary>;
  return route.fulfill({ response, json: edit(page) });
}

const FAILURES: {
  name: string;
  answer: (route: Route) => Promise<void>;
  title: string;
  message: string | RegExp;
}[] = [
  {
    name: 'a 500 problem',
    answer: (route) => problem(route, 500, 'Internal Server Error'),
    title: 'Sorry, there is a problem with the service',
    message: 'We could not load contracts. Try again. If it keeps happening, try again later.',
  },
  {
    name: 'a 503 with Retry-After',
    answer: (route) => problem(route, 503, 'Service Unavailable', { 'Retry-After': '2' }),
    title: 'The service is busy',
    message: 'We could not load contracts. Try again in 2 seconds.',
  },
  {
    name: 'a body that is not JSON',
    answer: (route) =>
      route.fulfill({ status: 200, headers: CORS, contentType: 'application/json', body: '{"items": [{"id": ' }),
    title: 'The data could not be read',
    message: /not in a format this app can read \(contracts\)/,
  },
  {
    name: 'a field of the wrong type',
    answer: (route) =>
      edited(route, (page) => ({
        ...page,
        items: page.items.map((item, index) => (index === 2 ? { ...item, value: 'about a million' } : item)),
      })),
    title: 'The data could not be shown',
    message: /in a shape this app does not understand \(contracts: items\[2\]\.value\)/,
  },
];

for (const failure of FAILURES) {
  test(`${failure.name} from the contracts API gets a specific message and a Retry that works`, async ({ page }) => {
    await page.route(CONTRACTS, failure.answer);
    const register = new RegisterPage(page);
    await page.goto('/contracts?status=live');
    await expect(register.heading).toHaveText('Contracts');

    // Transient failures are retried twice (after 1 and 2 seconds, or as Retry-After says) before they show.
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText(failure.title, { timeout: 20_000 });
    await expect(alert).toContainText(failure.message);
    await expect(page.locator('body')).not.toContainText(STACK_FRAME);
    // The rest of the page still works: the header, navigation and filters are there to use.
    await expect(register.actingAs).toBeEnabled();
    await expect(register.navLink('Dashboard')).toBeVisible();
    await expect(register.filters).toBeVisible();
    await expectNoAxeViolations(page, `the register after ${failure.name}`);

    await page.unroute(CONTRACTS);
    await alert.getByRole('button', { name: 'Retry' }).press('Enter');
    await expect(register.resultCount).toBeVisible();
    await expect(alert).toHaveCount(0);
    await expect(register.contractLinks()).toHaveCount(25);
    expect(searchParams(page).get('status')).toBe('live');
  });
}

test('the navigation still works while the contracts API is failing', async ({ page }) => {
  await page.route(CONTRACTS, (route) => problem(route, 500, 'Internal Server Error'));
  const register = new RegisterPage(page);
  await page.goto('/contracts');
  await expect(page.getByRole('alert')).toBeVisible({ timeout: 20_000 });
  await register.navLink('Evidence').press('Enter');
  await expect(register.heading).toHaveText('Evidence queue');
  await expect(page.getByRole('table', { name: /^Evidence awaiting a decision/ })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a request that never answers times out with a message and a Retry that works', async ({ page }) => {
  // The client gives up after 15 seconds and tries twice more: the fake clock skips the waiting.
  await page.clock.install();
  const unanswered: Route[] = [];
  await page.route(CONTRACTS, (route) => {
    unanswered.push(route);
  });
  const register = new RegisterPage(page);
  await page.goto('/contracts');
  await expect(page.getByRole('status').filter({ hasText: 'Loading contracts' })).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(async () => {
    await page.clock.fastForward('00:20');
    await expect(alert).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(alert.getByRole('heading')).toHaveText('The service took too long to answer');
  await expect(alert).toContainText('Narrowing the filters can help.');
  await expect(page.locator('body')).not.toContainText(STACK_FRAME);
  await expectNoAxeViolations(page, 'the register after a timeout');

  // The page gave up on these long ago; Playwright holds them (and their connections) until told.
  await Promise.all(unanswered.map((route) => route.abort().catch(() => undefined)));
  await page.unroute(CONTRACTS);
  await alert.getByRole('button', { name: 'Retry' }).press('Enter');
  await expect(register.resultCount).toHaveText('Showing 1 to 25 of 20,000 contracts');
  await expect(alert).toHaveCount(0);
});

test('going offline, then changing a filter, says so; Retry works once back online', async ({ page, context }) => {
  const register = new RegisterPage(page);
  await register.goto();
  await context.setOffline(true);
  await register.tickFilter('Status', 'Closed');
  await expect(page).toHaveURL(/[?&]status=closed/);

  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('You appear to be offline', { timeout: 20_000 });
  await expect(alert).toContainText('Check your internet connection, then try again.');
  await expect(page.locator('body')).not.toContainText(STACK_FRAME);
  await expectNoAxeViolations(page, 'the register offline');

  await context.setOffline(false);
  await alert.getByRole('button', { name: 'Retry' }).press('Enter');
  await expect(alert).toHaveCount(0);
  await register.settled();
  expect(await register.total()).toBeLessThan(20_000);
});

test('an empty data set gets an empty state, not an empty table', async ({ page }) => {
  await page.route(CONTRACTS, (route) =>
    route.fulfill({ headers: CORS, json: { items: [], page: 1, pageSize: 25, total: 0, pageCount: 0 } }),
  );
  await page.goto('/contracts');
  await expect(page.getByRole('heading', { level: 2, name: 'No contracts yet' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('main')).toContainText(
    'When contracts with social value commitments are added, they will be listed here.',
  );
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'No contracts' })).toBeVisible();
  await expectNoAxeViolations(page, 'the register with no contracts');
});

const HOSTILE = {
  img: '<img src=x onerror="window.__xss=1">',
  script: '<script>window.__xss=1</script>',
  href: 'javascript:alert(1)',
  long: 'Very long contract title '.repeat(200).slice(0, 5_000),
};

test('text from the API that looks like HTML or script stays text, and huge values keep the layout', async ({
  page,
}) => {
  await page.route(CONTRACTS, (route) =>
    edited(route, (contracts) => ({
      ...contracts,
      items: contracts.items.map((item, index) => {
        const hostile = [HOSTILE.img, HOSTILE.script, HOSTILE.href, HOSTILE.long][index % 4] ?? '';
        return {
          ...item,
          id: index === 0 ? HOSTILE.href : item.id,
          reference: index === 0 ? HOSTILE.href : item.reference,
          title: hostile,
          supplier: { ...item.supplier, name: index % 2 === 0 ? HOSTILE.script : HOSTILE.img },
          managerName: HOSTILE.long,
          value: 1e15,
          evidenceAwaiting: 1e15,
          headlinePct: { jobs: 1e15, apprenticeships: 1e15, 'local-spend': 1e15, carbon: 1e15 },
        };
      }),
    })),
  );
  const register = new RegisterPage(page);
  await register.goto();

  await expect(register.table.getByRole('cell', { name: HOSTILE.img, exact: true }).first()).toBeVisible();
  await expect(register.table.getByRole('cell', { name: HOSTILE.script, exact: true }).first()).toBeVisible();
  await expect(register.table).toContainText(HOSTILE.long);
  await expect(register.table).toContainText('£1,000,000,000,000,000');
  await expect(register.table.getByRole('link', { name: HOSTILE.href })).toBeVisible();

  expect(await page.evaluate(() => 'window.__xss' in window || '__xss' in window)).toBe(false);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('script', { hasText: '__xss' })).toHaveCount(0);
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);

  await expectReflowDesktopThenPhone(page, 'the register with hostile data', { axe: 'phone' });
});
