import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from './fixtures';

const ROUTES = [
  { path: '/', heading: /dashboard|social value/i },
  { path: '/contracts', heading: /contracts/i },
  { path: '/evidence', heading: /evidence|verification/i },
  { path: '/audit', heading: /audit/i },
];

for (const route of ROUTES) {
  test(`${route.path} shows real data and passes axe`, async ({ page, consoleErrors }) => {
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(/loading/i, { timeout: 20_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectNoAxeViolations(page, route.path);
    expect(consoleErrors).toEqual([]);
  });
}

test('an unknown route gets a not-found page', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible();
  await expectNoAxeViolations(page, 'not found');
});

test('an unknown contract gets a not-found page', async ({ page }) => {
  await page.goto('/contracts/no-such-contract');
  await expect(page.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible();
  await expectNoAxeViolations(page, 'contract not found');
});

test('the shell reflows at 320 px without horizontal page scroll', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const route of ROUTES) {
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(/loading/i, { timeout: 20_000 });
    await expectNoHorizontalScroll(page, `${route.path} at 320 px`);
  }
});
