import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { AppPage } from './app-page';

/** `/evidence`: the verification queue, oldest first, with the chosen item open beside it. */
export class QueuePage extends AppPage {
  readonly table: Locator;
  readonly panel: Locator;
  readonly announcement: Locator;

  constructor(page: Page) {
    super(page);
    this.table = page.getByRole('table', { name: /^Evidence awaiting a decision/ });
    this.panel = page.getByRole('region', { name: 'Open evidence' });
    // The page's own announcement, which outlives the form of the item just decided.
    this.announcement = page.getByRole('status').filter({ hasText: /^Decision recorded: .* is now / });
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/evidence${search}`);
    await expect(this.heading).toHaveText('Evidence queue');
    await expect(this.table).toBeVisible({ timeout: 20_000 });
    await this.settled();
  }

  itemLinks(): Locator {
    return this.table.getByRole('rowheader').getByRole('link');
  }

  /** The row link that opens one evidence item (its id is in the link's `selected` parameter). */
  itemLink(evidenceId: string): Locator {
    return this.table.locator(`a[href*="selected=${evidenceId}"]`);
  }

  /** The open item's heading: "<type> <file name>", focused when the user opens it. */
  itemHeading(): Locator {
    return this.panel.getByRole('heading', { level: 2 }).first();
  }

  radio(decision: 'Verify' | 'Reject' | 'Query'): Locator {
    return this.panel.getByRole('radio', { name: decision, exact: true });
  }

  comment(): Locator {
    return this.panel.getByRole('textbox', { name: 'Comment' });
  }

  recordButton(): Locator {
    return this.panel.getByRole('button', { name: 'Record decision' });
  }

  errorSummary(): Locator {
    return this.panel.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  /** The open item's status, from its description list. */
  status(): Locator {
    return this.panel.locator('dt', { hasText: /^Status$/ }).locator('xpath=following-sibling::dd[1]');
  }

  /** The open item's link to its file on the API. */
  downloadLink(): Locator {
    return this.panel.getByRole('link', { name: /^Download / });
  }

  history(): Locator {
    return this.panel.getByRole('region', { name: 'History' });
  }
}
