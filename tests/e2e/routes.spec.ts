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

test('open disclosures and the dashboard’s table views pass axe', async ({ page }) => {
  await page.goto('/contracts');
  await expect(page.getByRole('main')).not.toContainText(/loading/i, { timeout: 20_000 });
  const chooser = page.getByRole('button', { name: 'Choose columns' });
  await chooser.press('Enter');
  await expect(chooser).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('group', { name: 'Columns to show' })).toBeVisible();
  const borough = page.getByRole('group', { name: 'Filter contracts' }).locator('summary', { hasText: 'Borough' });
  await borough.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Liverpool', exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'the register with the column chooser and a filter open');

  await page.goto('/?themeView=table&trendView=table');
  await expect(page.getByRole('table', { name: /by theme and measure/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('table', { name: /by quarter/ })).toBeVisible();
  await expectNoAxeViolations(page, 'the dashboard with its charts as tables');
});
