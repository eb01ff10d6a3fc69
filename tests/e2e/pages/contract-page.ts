import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { AppPage } from './app-page';

/** `/contracts/:id`: the contract, its commitments, and the drill-down to returns, evidence and one item. */
export class ContractPage extends AppPage {
  readonly commitments: Locator;
  readonly returns: Locator;
  readonly evidence: Locator;
  readonly downloadLink: Locator;

  constructor(page: Page) {
    super(page);
    this.commitments = page.getByRole('table', { name: /^Commitments by theme/ });
    this.returns = page.getByRole('table', { name: /^Quarterly returns/ });
    this.evidence = page.getByRole('table', { name: /^Evidence for / });
    this.downloadLink = page.getByRole('link', { name: /^Download / });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.commitments).toBeVisible({ timeout: 20_000 });
    await this.settled();
  }

  commitmentLinks(): Locator {
    return this.commitments.getByRole('link');
  }

  returnsHeading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /^Returns: / });
  }

  evidenceHeading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /^Evidence: / });
  }

  /** The quarter links of returns that have evidence behind them ("Evidence items" above 0). */
  async quartersWithEvidence(): Promise<Locator[]> {
    const rows = await this.returns
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader') })
      .all();
    const found: Locator[] = [];
    for (const row of rows) {
      const count = Number(await row.getByRole('cell').last().textContent());
      if (count > 0) found.push(row.getByRole('rowheader').getByRole('link'));
    }
    return found;
  }

  /**
   * Opens commitments in turn, by keyboard, until one has a return with evidence, then opens
   * that return. Most commitments have one; early-stage ones may not.
   */
  async openReturnWithEvidence(): Promise<void> {
    const count = await this.commitmentLinks().count();
    for (let index = 0; index < count; index += 1) {
      await this.commitmentLinks().nth(index).press('Enter');
      await expect(this.returnsHeading()).toBeFocused();
      // The returns list shows "No returns are due yet" instead of a table for a new pledge.
      if (!(await this.returns.isVisible())) continue;
      const [quarter] = await this.quartersWithEvidence();
      if (!quarter) continue;
      await quarter.press('Enter');
      await expect(this.evidenceHeading()).toBeFocused();
      await expect(this.evidence).toBeVisible();
      return;
    }
    throw new Error('No commitment of this contract has a return with evidence');
  }

  evidenceLinks(): Locator {
    return this.evidence.getByRole('rowheader').getByRole('link');
  }

  /** The open evidence item: an article named by its heading (type and file name). */
  evidenceItem(fileName: string): Locator {
    return this.page.getByRole('article', { name: new RegExp(`${escapeRegExp(fileName)}$`) });
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
