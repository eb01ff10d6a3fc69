import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { AppPage } from './app-page';

/** `/`: the director dashboard, its filters, basis switch, headline tiles and borough map. */
export class DashboardPage extends AppPage {
  readonly filters: Locator;
  readonly headlines: Locator;
  readonly map: Locator;
  readonly period: Locator;

  constructor(page: Page) {
    super(page);
    this.filters = page.getByRole('group', { name: 'Filters' });
    this.headlines = page.getByRole('region', { name: 'Headline outcomes' });
    this.map = page.getByRole('listbox', { name: 'Map of delivery by borough' });
    this.period = this.filters.getByRole('combobox', { name: 'Period' });
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/${search}`);
    await expect(this.heading).toHaveText('Social value dashboard');
    await expect(this.headlines).toBeVisible({ timeout: 20_000 });
    await this.settled();
  }

  /** The four headline tiles as the user reads them: outcome, %, RAG, pledged, expected, claimed, verified. */
  async headlineText(): Promise<string> {
    await this.settled();
    return this.headlines.getByRole('list').first().innerText();
  }

  /**
   * The tiles once they answer a change: the URL moves before the new figures are asked for, so
   * wait for text that differs from what was there before.
   */
  async headlineTextAfterChange(before: string): Promise<string> {
    await expect.poll(() => this.headlineText(), { timeout: 20_000 }).not.toBe(before);
    return this.headlineText();
  }

  filterToggle(legend: string): Locator {
    return this.filters.locator('summary', { hasText: legend });
  }

  /** The borough table's toggle: "Filter by Sefton", pressed while Sefton is in the filter. */
  boroughButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Filter by ${name}`, exact: true });
  }

  /** The borough the map's keyboard focus is on, from its active option ("Halton: …"). */
  async mapFocusedBorough(): Promise<string> {
    const id = await this.map.getAttribute('aria-activedescendant');
    if (id === null) throw new Error('No borough has the map’s keyboard focus');
    const text = (await this.map.locator(`[id="${id}"]`).textContent()) ?? '';
    return text.split(':')[0] ?? '';
  }

  basis(name: 'Verified' | 'Claimed'): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${name} `) });
  }
}
