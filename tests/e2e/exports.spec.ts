import type { Route } from '@playwright/test';
import { expect, expectNoAxeViolations, isHttpProject, test } from './fixtures';
import { RegisterPage } from './pages/register-page';
import { readCsvExport, readXlsxExport } from './support/export-files';

const CONTRACTS = '**/api/v1/contracts**';

/**
 * Issue 7: an auditor takes the register away. Mock mode exports the whole 250-contract
 * register; HTTP mode narrows the 20,000 first, so the file stays small (the whole 20,000 has
 * its own test below).
 */
test('an auditor exports the filtered register as CSV and Excel, every row and not just the page', async ({
  page,
  consoleErrors,
}, testInfo) => {
  test.slow();
  const register = new RegisterPage(page);
  await register.goto(isHttpProject(testInfo) ? '?q=highways&status=live' : '');
  const total = await register.total();
  expect(total, 'more rows than one page holds').toBeGreaterThan(25);
  await expect(register.resultCount).toHaveText(
    new RegExp(`^Showing 1 to 25 of ${total.toLocaleString('en-GB')} contracts$`),
  );

  const csvDownload = await register.exportFile('CSV');
  expect(csvDownload.suggestedFilename()).toMatch(/^contracts-\d{4}-\d{2}-\d{2}T\d{4}\.csv$/);
  await expect(page.getByRole('status').filter({ hasText: /^Downloaded / })).toHaveText(
    `Downloaded ${csvDownload.suggestedFilename()}: ${total.toLocaleString('en-GB')} rows.`,
  );
  const csv = await readCsvExport(await csvDownload.path());
  expect(csv.startsWithBom).toBe(true);
  expect(csv.meta.get('Title')).toBe('Contracts');
  expect(csv.meta.get('Rows')).toBe(String(total));
  expect(csv.meta.get('Filters')).toContain(isHttpProject(testInfo) ? 'highways' : 'RAG and % of expected');
  expect(csv.header.slice(0, 3)).toEqual(['Reference', 'Title', 'Supplier']);
  expect(csv.rows).toHaveLength(total);
  const csvValue = csv.header.indexOf('Value (£)');
  expect(csvValue).toBeGreaterThan(0);
  expect(csv.rows.every((row) => /^\d+(\.\d+)?$/.test(row[csvValue] ?? ''))).toBe(true);

  const xlsxDownload = await register.exportFile('Excel');
  expect(xlsxDownload.suggestedFilename()).toMatch(/^contracts-\d{4}-\d{2}-\d{2}T\d{4}\.xlsx$/);
  const xlsx = await readXlsxExport(await xlsxDownload.path());
  expect(xlsx.sheetNames).toEqual(['Contracts', 'About this export']);
  expect(xlsx.header).toEqual(csv.header);
  expect(xlsx.rows).toHaveLength(total);
  expect(xlsx.meta.get('Rows')).toBe(String(total));
  expect(xlsx.meta.get('Title')).toBe('Contracts');
  const xlsxValue = xlsx.header.indexOf('Value (£)');
  expect(xlsx.rows.every((row) => typeof row[xlsxValue] === 'number')).toBe(true);
  // The same contracts, in the same order, in both files.
  expect(xlsx.rows.map((row) => row[0])).toEqual(csv.rows.map((row) => row[0]));

  await expectNoAxeViolations(page, 'the register after two exports');
  expect(consoleErrors).toEqual([]);
});

test('the whole 20,000-contract register exports as CSV, and a cancelled export makes no file', async ({
  page,
}, testInfo) => {
  test.skip(!isHttpProject(testInfo), 'the 20,000-contract data set is served only to the http project');
  test.setTimeout(150_000);
  const register = new RegisterPage(page);
  await register.goto();
  expect(await register.total()).toBe(20_000);

  // Start an Excel export and hold it part-way (the worker's page requests go through page.route),
  // so that it is still running however long the checks take: progress shows, Cancel stops it.
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  const held: Route[] = [];
  let answered = 0;
  await page.route(CONTRACTS, async (route) => {
    if (answered < 2) {
      answered += 1;
      await route.continue();
    } else held.push(route);
  });
  await register.exportButton('Excel').press('Enter');
  await expect(register.cancelExport()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Fetched [\d,]+ of 20,000 rows/ })).toBeAttached();
  await expect(page.getByRole('progressbar', { name: /^Fetched 1,000 of 20,000 rows/ })).toBeVisible();
  await expectNoAxeViolations(page, 'an export in progress');
  await register.cancelExport().press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Export cancelled/ })).toHaveText(
    'Export cancelled. No file was made.',
  );
  await expect(register.exportButton('Excel')).toBeFocused();
  await expect(register.cancelExport()).toHaveCount(0);
  await page.unroute(CONTRACTS);
  await Promise.all(held.map((route) => route.abort().catch(() => undefined)));

  const started = Date.now();
  const csvDownload = await register.exportFile('CSV', 60_000);
  const seconds = (Date.now() - started) / 1000;
  testInfo.annotations.push({ type: 'measure', description: `20,000-row CSV export took ${seconds.toFixed(1)} s` });
  const csv = await readCsvExport(await csvDownload.path());
  expect(csv.rows).toHaveLength(20_000);
  expect(csv.meta.get('Rows')).toBe('20000');
  expect(new Set(csv.rows.map((row) => row[0])).size).toBe(20_000);
  // The cancelled Excel export never turned into a file.
  expect(downloads).toEqual([csvDownload.suggestedFilename()]);
});
