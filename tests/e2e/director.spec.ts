import { BOROUGHS } from '@/lib/contract';
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, searchParams, tabTo, test } from './fixtures';
import { DashboardPage } from './pages/dashboard-page';

const codeOf = (name: string) => BOROUGHS.find((borough) => borough.name === name)?.code;

/**
 * Issue 4: a director narrows the dashboard by keyboard alone (the map, the borough table,
 * the filters and the basis switch), every choice lands in the URL, and a reload gives the
 * same figures.
 */
test('a director filters the dashboard by keyboard, and the URL gives the same view back', async ({
  page,
  consoleErrors,
}) => {
  test.slow();
  const dashboard = new DashboardPage(page);
  // The unfiltered dashboard's axe check is in routes.spec.ts; this one checks each state it makes.
  await dashboard.goto();
  const everything = await dashboard.headlineText();

  // The map is one tab stop; arrow keys move between boroughs and Enter adds one to the filter.
  await tabTo(page, dashboard.map);
  await page.keyboard.press('ArrowRight');
  const first = await dashboard.mapFocusedBorough();
  const firstCode = codeOf(first);
  expect(firstCode, `a borough name from the map: "${first}"`).toBeDefined();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]borough=${firstCode}`));
  await expect(dashboard.map.getByRole('option', { name: new RegExp(`^${first}:`) })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const oneBorough = await dashboard.headlineTextAfterChange(everything);

  // The table's toggles do the same, for a second borough.
  const second = first === 'Sefton' ? 'Wirral' : 'Sefton';
  await tabTo(page, dashboard.boroughButton(second));
  await page.keyboard.press('Enter');
  await expect(dashboard.boroughButton(second)).toHaveAttribute('aria-pressed', 'true');
  expect(searchParams(page).getAll('borough').sort()).toEqual([firstCode, codeOf(second)].sort());
  const twoBoroughs = await dashboard.headlineTextAfterChange(oneBorough);
  await expectNoAxeViolations(page, 'the dashboard filtered to two boroughs');

  // Back up to the filter bar: a theme by its disclosure's checkbox, a year by typing in the select.
  await tabTo(page, dashboard.filterToggle('Theme'), { backwards: true });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(dashboard.filters.getByRole('checkbox', { name: 'Good jobs and skills' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(dashboard.filters.getByRole('checkbox', { name: 'Good jobs and skills' })).toBeChecked();
  await expect(page).toHaveURL(/[?&]theme=jobs/);
  const oneTheme = await dashboard.headlineTextAfterChange(twoBoroughs);
  await tabTo(page, dashboard.period);
  await page.keyboard.type('2025/26');
  await expect(dashboard.period).toHaveValue('2025-26');
  await expect(page).toHaveURL(/[?&]period=2025-26/);
  const filtered = await dashboard.headlineTextAfterChange(oneTheme);
  await expectNoAxeViolations(page, 'the dashboard filtered by borough, theme and year');

  // A reload (or the same link, shared) gives the same figures.
  const url = page.url();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(dashboard.headlines).toBeVisible({ timeout: 20_000 });
  expect(await dashboard.headlineText()).toBe(filtered);

  // Percentages and RAG on claimed rather than verified delivery: radios move with the arrow keys.
  await tabTo(page, dashboard.basis('Verified'));
  await page.keyboard.press('ArrowDown');
  await expect(dashboard.basis('Claimed')).toBeChecked();
  await expect(page).toHaveURL(/[?&]basis=claimed/);
  const claimed = await dashboard.headlineTextAfterChange(filtered);
  expect(claimed).toContain('of expected delivered (claimed)');
  await expectNoAxeViolations(page, 'the dashboard on claimed figures');

  for (const width of [375, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoHorizontalScroll(page, `the filtered dashboard at ${width} px`);
  }
  expect(consoleErrors).toEqual([]);
});
