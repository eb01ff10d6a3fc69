import type { Condition } from './probe';

/** What each page load waits for, timed from navigation start. */
export const LOAD_WATCHES = {
  headline: { kind: 'present', target: { section: 'Headline outcomes', selector: 'li dd' } },
  registerRows: { kind: 'present', target: { table: 'Contracts', selector: 'tbody tr' } },
} as const satisfies Record<string, Condition>;
