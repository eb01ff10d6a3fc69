import type { Locator, Page } from '@playwright/test';
import { expect, expectSettled } from '../fixtures';

/** What every page shares: the shell (header, 'Acting as', navigation), the h1 and breadcrumbs. */
export class AppPage {
  readonly heading: Locator;
  readonly mainNav: Locator;
  readonly breadcrumbs: Locator;
  readonly actingAs: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.mainNav = page.getByRole('navigation', { name: 'Main' });
    this.breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    this.actingAs = page.getByRole('combobox', { name: 'Acting as' });
  }

  navLink(name: 'Dashboard' | 'Contracts' | 'Evidence' | 'Audit'): Locator {
    return this.mainNav.getByRole('link', { name, exact: true });
  }

  crumb(name: string | RegExp): Locator {
    return this.breadcrumbs.getByRole('link', { name });
  }

  /** Switches the demo user with the header's select, by keyboard, and waits for the page to reload its data. */
  async actAs(name: string): Promise<void> {
    await expect(this.actingAs).toBeEnabled();
    const option = this.actingAs.getByRole('option', { name: new RegExp(`^${name} `) });
    const value = await option.getAttribute('value');
    if (value === null) throw new Error(`No demo user named ${name}`);
    await this.actingAs.focus();
    await this.actingAs.selectOption(value);
    await expect(this.actingAs).toHaveValue(value);
    await expectSettled(this.page);
  }

  async settled(): Promise<void> {
    await expectSettled(this.page);
  }
}
