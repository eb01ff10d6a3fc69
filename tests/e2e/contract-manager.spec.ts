import { expect, expectNoAxeViolations, isHttpProject, searchParams, test } from './fixtures';
import { ContractPage } from './pages/contract-page';
import { RegisterPage } from './pages/register-page';

/**
 * Issue 5: a contract manager narrows the register, sorts and pages it, and drills down from a
 * contract to the file behind one figure, by keyboard. In the 'http' project this runs against
 * the 20,000-contract demo API; in 'mock', against the in-browser mock's 250.
 */
test('a contract manager finds a contract and drills down to the evidence file', async ({
  page,
  consoleErrors,
}, testInfo) => {
  test.slow();
  const register = new RegisterPage(page);
  // The unfiltered register's axe check is in routes.spec.ts; this one checks each state it makes.
  await register.goto();
  const everything = await register.total();
  expect(everything).toBe(isHttpProject(testInfo) ? 20_000 : 250);

  // Search as you type: one request after the pause, the term in the URL.
  await register.search.focus();
  await page.keyboard.type('Ltd');
  await expect(page).toHaveURL(/[?&]q=Ltd/);
  const searched = await register.totalAfterChange(everything);
  expect(searched).toBeLessThan(everything);

  await register.tickFilter('Status', 'Live');
  await expect(page).toHaveURL(/[?&]status=live/);
  const live = await register.totalAfterChange(searched);
  expect(live).toBeLessThan(searched);
  expect(live, 'enough live contracts for a second page').toBeGreaterThan(25);
  await expect(page.getByRole('button', { name: 'Remove filter: Status: Live' })).toBeVisible();
  await expectNoAxeViolations(page, 'register, searched and filtered');

  // Value sorts highest first on the first press; the header says so.
  await expect(register.columnHeader('Value')).toHaveAttribute('aria-sort', 'none');
  await register.sortButton('Value').press('Enter');
  await expect(page).toHaveURL(/[?&]sort=-value/);
  await expect(register.columnHeader('Value')).toHaveAttribute('aria-sort', 'descending');
  await register.settled();
  const values = await register.table.getByRole('row').evaluateAll((rows) =>
    rows.flatMap((row) => {
      const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '');
      const money = cells.find((text) => /^£[\d,]+$/.test(text));
      return money ? [Number(money.replace(/[£,]/g, ''))] : [];
    }),
  );
  expect(values.length).toBe(25);
  expect(values).toEqual([...values].sort((a, b) => b - a));

  await register.nextPage().press('Enter');
  await expect(page).toHaveURL(/[?&]page=2/);
  await register.settled();
  await expect(register.resultCount).toHaveText(
    new RegExp(`^Showing 26 to 50 of ${live.toLocaleString('en-GB')} contracts$`),
  );
  await expect(page).toHaveTitle(/^Contracts \(page 2 of \d+\)/);
  expect(searchParams(page).get('sort')).toBe('-value');
  await expectNoAxeViolations(page, 'register, page 2 by value');

  // Open the first contract on page 2.
  const firstLink = register.contractLinks().first();
  const reference = (await firstLink.textContent()) ?? '';
  await firstLink.press('Enter');
  const contract = new ContractPage(page);
  await expect(page).toHaveURL(/\/contracts\/[^/?]+/);
  await contract.expectLoaded();
  await expect(contract.heading).toBeFocused();
  await expect(page.getByText(`${reference}, delivered by`)).toBeVisible();
  await expectNoAxeViolations(page, 'contract');

  await contract.openReturnWithEvidence();
  expect(searchParams(page).get('commitment')).not.toBeNull();
  expect(searchParams(page).get('quarter')).not.toBeNull();
  await expectNoAxeViolations(page, 'a return and its evidence');

  const evidenceLink = contract.evidenceLinks().first();
  const fileName = (await evidenceLink.textContent()) ?? '';
  expect(fileName).not.toBe('');
  await evidenceLink.press('Enter');
  await expect(page).toHaveURL(/[?&]evidence=/);
  await expect(contract.evidenceItem(fileName)).toBeVisible();
  await contract.settled();
  await expect(contract.downloadLink).toHaveText(`Download ${fileName}`);
  await expect(contract.downloadLink).toHaveAttribute('download', fileName);
  await expectNoAxeViolations(page, 'an evidence item');

  const download = page.waitForEvent('download');
  await contract.downloadLink.press('Enter');
  expect((await download).suggestedFilename()).toBe(fileName);

  // Breadcrumbs lead back up the drill-down, one level at a time, then to the register.
  await expect(contract.breadcrumbs.getByText(fileName)).toHaveAttribute('aria-current', 'page');
  const crumbs = contract.breadcrumbs.getByRole('link');
  await crumbs.nth(3).press('Enter');
  await expect(page).not.toHaveURL(/[?&]evidence=/);
  await expect(contract.evidence).toBeVisible();
  await crumbs.nth(2).press('Enter');
  await expect(page).not.toHaveURL(/[?&]quarter=/);
  await expect(contract.returns).toBeVisible();
  await contract.crumb(reference).press('Enter');
  await expect(page).not.toHaveURL(/[?&]commitment=/);
  await expect(contract.returns).toHaveCount(0);
  await contract.crumb('Contracts').press('Enter');
  await expect(page).toHaveURL(/\/contracts$/);
  await expect(register.heading).toBeFocused();
  await expect(register.resultCount).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
