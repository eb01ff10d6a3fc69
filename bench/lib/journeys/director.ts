import { DEMO_USERS, openJourneyPage, type Bench } from '../browser';
import { heapAfterGc, measureClick, measureLoad, scriptsLoadedBefore } from '../measure';
import { KB, MB, type Recorder } from './recorder';

/**
 * A director opens the dashboard cold and narrows it to one borough: how soon the headline
 * figures show, how soon the click paints, and how soon the borough's figures arrive.
 */
export async function directorJourney(bench: Bench, record: Recorder): Promise<void> {
  const journey = await openJourneyPage(bench, DEMO_USERS.director);
  const { context, page } = journey;
  try {
    const headline = await measureLoad(journey, `${bench.appUrl}/`, 'headline');
    record('dashboard.headline', headline.ms, { breakdown: headline.breakdown });
    const scripts = await scriptsLoadedBefore(page, headline.ms);
    const largest = [...scripts].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
    record('load.scriptsTransferred', scripts.reduce((sum, s) => sum + s.bytes, 0) / KB, {
      note: `${scripts.length} scripts; largest ${largest.map((s) => `${s.path} ${(s.bytes / KB).toFixed(1)} KB`).join(', ')}`,
    });

    const filters = page.getByRole('group', { name: 'Filters' });
    await filters.locator('summary', { hasText: 'Borough' }).click();
    const filter = await measureClick(
      journey,
      'borough-filter',
      { kind: 'changed', target: { section: 'Headline outcomes', selector: 'ul' } },
      filters.getByRole('checkbox', { name: 'Liverpool', exact: true }),
    );
    record('dashboard.filter.inp', filter.inp.ms, { belowFloor: !filter.inp.reported });
    record('dashboard.filter.figures', filter.ms, { breakdown: filter.breakdown });

    record('heap.director', (await heapAfterGc(page)) / MB);
  } finally {
    await context.close();
  }
}
