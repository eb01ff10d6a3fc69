import { DEMO_USERS, openJourneyPage, type Bench } from '../browser';
import { heapAfterGc, measureClick, measureLoad } from '../measure';
import type { Condition } from '../probe';
import { MB, type Recorder } from './recorder';

const NEW_ROWS: Condition = { kind: 'changed', target: { table: 'Contracts', selector: 'tbody' } };

/**
 * A contract manager works through the whole register (every contract): opens it cold, sorts
 * by value, pages on, narrows to their own contracts, opens one, then goes to the queue.
 */
export async function contractManagerJourney(bench: Bench, record: Recorder): Promise<void> {
  const journey = await openJourneyPage(bench, DEMO_USERS.contractManager);
  const { context, page } = journey;
  try {
    const rows = await measureLoad(journey, `${bench.appUrl}/contracts`, 'registerRows');
    record('register.rows', rows.ms, { breakdown: rows.breakdown });

    const sort = await measureClick(
      journey,
      'sort',
      NEW_ROWS,
      page.getByRole('button', { name: 'Value', exact: true }),
    );
    record('register.sort.paint', sort.ms, { breakdown: sort.breakdown });
    record('register.sort.inp', sort.inp.ms, { belowFloor: !sort.inp.reported });

    const next = await measureClick(
      journey,
      'next-page',
      NEW_ROWS,
      page.getByRole('navigation', { name: 'Contract pages' }).getByRole('link', { name: 'Next page' }),
    );
    record('register.page.paint', next.ms, { breakdown: next.breakdown });
    record('register.page.inp', next.inp.ms, { belowFloor: !next.inp.reported });

    const mine = await measureClick(
      journey,
      'mine',
      NEW_ROWS,
      page.getByRole('checkbox', { name: 'Only my contracts' }),
    );
    record('register.mine.paint', mine.ms, { breakdown: mine.breakdown });
    record('register.mine.inp', mine.inp.ms, { belowFloor: !mine.inp.reported });

    const firstContract = page
      .getByRole('table', { name: /^Contracts/ })
      .locator('tbody tr')
      .first()
      .getByRole('link')
      .first();
    const open = await measureClick(
      journey,
      'contract',
      { kind: 'present', target: { section: 'Commitments', selector: 'tbody tr' } },
      firstContract,
    );
    record('contract.open.paint', open.ms, { breakdown: open.breakdown });
    record('contract.open.inp', open.inp.ms, { belowFloor: !open.inp.reported });

    const queue = await measureClick(
      journey,
      'queue',
      { kind: 'present', target: { table: 'Evidence awaiting a decision', selector: 'tbody tr' } },
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Evidence' }),
    );
    record('queue.open.paint', queue.ms, { breakdown: queue.breakdown });

    record('heap.contractManager', (await heapAfterGc(page)) / MB);
  } finally {
    await context.close();
  }
}
