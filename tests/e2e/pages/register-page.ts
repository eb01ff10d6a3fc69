import type { Download, Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { AppPage } from './app-page';

const COUNT_TEXT = /^(Showing [\d,]+ to [\d,]+ of [\d,]+ contracts?|[\d,]+ contracts?|No contracts)$/;

/** `/contracts`: the register, its filters, sort, paging and exports. */
export class RegisterPage extends AppPage {
  readonly search: Locator;
  readonly filters: Locator;
  readonly resultCount: Locator;
  readonly table: Locator;
  readonly pagination: Locator;

  constructor(page: Page) {
    super(page);
    this.search = page.getByRole('searchbox', { name: 'Search contracts' });
    this.filters = page.getByRole('group', { name: 'Filter contracts' });
    this.resultCount = page.getByRole('status').filter({ hasText: COUNT_TEXT });
    this.table = page.getByRole('table', { name: /^Contracts, / });
    this.pagination = page.getByRole('navigation', { name: 'Contract pages' });
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/contracts${search}`);
    await expect(this.heading).toHaveText('Contracts');
    await expect(this.resultCount).toBeVisible({ timeout: 20_000 });
    await this.settled();
  }

  /** The number of contracts the filters match, from "Showing 1 to 25 of 3,732 contracts". */
  async total(): Promise<number> {
    const text = (await this.resultCount.textContent()) ?? '';
    if (text.startsWith('No ')) return 0;
    const match = /([\d,]+) contracts?$/.exec(text);
    if (!match?.[1]) throw new Error(`Cannot read a total from "${text}"`);
    return Number(match[1].replaceAll(',', ''));
  }

  /** The total once it answers a change of filter (the URL moves before the new count is asked for). */
  async totalAfterChange(before: number): Promise<number> {
    await expect.poll(() => this.total(), { timeout: 20_000 }).not.toBe(before);
    await this.settled();
    return this.total();
  }

  /** A disclosure in the filter bar ('Status', 'Borough'): its summary is what the keyboard opens. */
  filterToggle(legend: string): Locator {
    return this.filters.locator('summary', { hasText: legend });
  }

  /** Opens a checkbox filter and ticks one option, by keyboard. */
  async tickFilter(legend: string, option: string): Promise<void> {
    const toggle = this.filterToggle(legend);
    await toggle.press('Enter');
    const checkbox = this.filters.getByRole('checkbox', { name: option, exact: true });
    await checkbox.press('Space');
    await expect(checkbox).toBeChecked();
  }

  columnHeader(name: string): Locator {
    return this.table.getByRole('columnheader', { name, exact: true });
  }

  sortButton(name: string): Locator {
    return this.columnHeader(name).getByRole('button');
  }

  /** Each row's reference link, which opens the contract. */
  contractLinks(): Locator {
    return this.table.getByRole('rowheader').getByRole('link');
  }

  nextPage(): Locator {
    return this.pagination.getByRole('link', { name: /^Next/ });
  }

  exportButton(format: 'CSV' | 'Excel'): Locator {
    return this.page.getByRole('button', { name: `Export ${format} of contracts` });
  }

  cancelExport(): Locator {
    return this.page.getByRole('button', { name: 'Cancel export of contracts' });
  }

  /** Starts an export by keyboard and waits for the file the browser is given. */
  async exportFile(format: 'CSV' | 'Excel', timeout = 60_000): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout });
    await this.exportButton(format).press('Enter');
    return download;
  }
}
