import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { AppPage } from './app-page';

/** `/audit`: who decided what about each piece of evidence, newest first. */
export class AuditPage extends AppPage {
  readonly contractField: Locator;
  readonly applyButton: Locator;
  readonly table: Locator;

  constructor(page: Page) {
    super(page);
    this.contractField = page.getByRole('textbox', { name: 'Contract' });
    this.applyButton = page.getByRole('button', { name: 'Apply filters' });
    this.table = page.getByRole('table', { name: /^Audit events/ });
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/audit${search}`);
    await expect(this.heading).toHaveText('Audit log');
    await expect(this.table).toBeVisible({ timeout: 20_000 });
    await this.settled();
  }

  /** Narrows the log to one contract by keyboard: type the reference, press Enter to apply. */
  async filterByContract(reference: string): Promise<void> {
    await this.contractField.fill(reference);
    await this.contractField.press('Enter');
    await expect(this.page).toHaveURL(/contractId=/);
    await this.settled();
  }

  /** The row of the event that carries this comment. */
  eventWithComment(comment: string): Locator {
    return this.table.getByRole('row').filter({ hasText: comment });
  }
}
