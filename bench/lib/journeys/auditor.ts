import { stat } from 'node:fs/promises';
import type { FigureId } from '../budgets';
import { DEMO_USERS, openJourneyPage, type Bench } from '../browser';
import {
  finishedWatch,
  heapAfterGc,
  measureClick,
  measureLoad,
  watchNextInteraction,
  type Measurable,
} from '../measure';
import { MB, type Recorder } from './recorder';

/** 20,000 contracts take seconds; a stuck export fails the run well before the benchmark would seem hung. */
const EXPORT_TIMEOUT_MS = 180_000;

const FORMATS = {
  csv: {
    button: 'Export CSV of contracts',
    extension: '.csv',
    duration: 'export.csv.duration',
    task: 'export.csv.longestTask',
  },
  xlsx: {
    button: 'Export Excel of contracts',
    extension: '.xlsx',
    duration: 'export.xlsx.duration',
    task: 'export.xlsx.longestTask',
  },
} as const satisfies Record<string, { button: string; extension: string; duration: FigureId; task: FigureId }>;

/**
 * An auditor takes the whole register away as CSV and as Excel (every contract, built in a
 * worker while the page stays responsive), then opens the audit log.
 */
export async function auditorJourney(bench: Bench, record: Recorder, contracts: number): Promise<void> {
  const journey = await openJourneyPage(bench, DEMO_USERS.auditor);
  const { context, page } = journey;
  try {
    await measureLoad(journey, `${bench.appUrl}/contracts`, 'registerRows');
    for (const format of ['csv', 'xlsx'] as const) await exportRegister(journey, format, record, contracts);

    const audit = await measureClick(
      journey,
      'audit',
      { kind: 'present', target: { table: 'Audit events', selector: 'tbody tr' } },
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' }),
    );
    record('audit.open.paint', audit.ms, { breakdown: audit.breakdown });

    record('heap.auditor', (await heapAfterGc(page)) / MB);
  } finally {
    await context.close();
  }
}

async function exportRegister(
  journey: Measurable,
  format: keyof typeof FORMATS,
  record: Recorder,
  contracts: number,
): Promise<void> {
  const { page } = journey;
  const { button, extension, duration, task } = FORMATS[format];
  const download = page.waitForEvent('download', { timeout: EXPORT_TIMEOUT_MS });
  // The progress line turns to "Writing 20,000 rows to the file…" when every page is in.
  const writingWatch = `export-${format}-writing`;
  await watchNextInteraction(page, writingWatch, { kind: 'text', target: { selector: 'label' }, includes: 'Writing ' });
  // The status line reads "Downloaded contracts-….csv: 20,000 rows." once the file is saved.
  const exported = await measureClick(
    journey,
    `export-${format}`,
    {
      kind: 'text',
      target: { selector: '[role="status"]' },
      includes: `${extension}: `,
      failure: { selector: '[role="alert"]' },
    },
    page.getByRole('button', { name: button }),
    EXPORT_TIMEOUT_MS,
  );
  const writing = await finishedWatch(page, writingWatch);
  const file = await download;
  const bytes = (await stat(await file.path())).size;
  await file.delete();

  const rows = Number(/([\d,]+) rows?\./.exec(exported.text)?.[1]?.replaceAll(',', '') ?? Number.NaN);
  const seen = `${rows.toLocaleString('en-GB')} rows, ${(bytes / MB).toFixed(1)} MB file`;
  const note = rows === contracts ? seen : `${seen}: expected ${contracts.toLocaleString('en-GB')} rows`;
  const phases = writing && {
    fetchingS: (writing.end - writing.start) / 1000,
    writingS: (exported.ms - (writing.end - writing.start)) / 1000,
  };
  // The worker's API requests are not in the page's resource timing: report the page's main thread only.
  const { longTasksMs, longestTaskMs, mainThreadCpuMs, mainThreadWaitMs } = exported.breakdown;
  record(duration, exported.ms / 1000, {
    note,
    breakdown: { longTasksMs, longestTaskMs, mainThreadCpuMs, mainThreadWaitMs, ...phases },
  });
  record(task, exported.longestTaskMs);
}
