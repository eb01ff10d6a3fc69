// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../bench/lib/figures';
import {
  formatValue,
  summarise,
  toMarkdown,
  toReadmeTable,
  withReadmeTable,
  type BenchResults,
} from '../../../bench/lib/report';

const figures: Figure[] = [
  {
    id: 'load.initialGzip',
    journey: 'First load',
    label: 'Initial JavaScript',
    unit: 'KB',
    budget: 250,
    value: 143.04,
    samples: [143.04],
    pass: true,
  },
  {
    id: 'register.sort.paint',
    journey: 'Contract manager',
    label: 'Register: sort | click to paint',
    unit: 'ms',
    budget: 200,
    value: 725,
    samples: [700, 725, 1200],
    pass: false,
    note: 'API in flight 118 ms',
  },
  {
    id: 'heap.auditor',
    journey: 'Auditor',
    label: 'Heap',
    unit: 'MB',
    budget: null,
    value: 5.5,
    samples: [5.5, 5.6],
    pass: null,
  },
];

const results: BenchResults = {
  date: '2026-11-25T18:00:00.000Z',
  machine: {
    os: 'linux 6.1',
    cpuModel: 'AMD EPYC',
    cpuCount: 2,
    totalMemoryGB: 23.5,
    node: 'v20.20.2',
    chromium: '156.0.8078.108',
    loadAverageAtStart: 1.5,
    loadAverageAtEnd: 2.25,
  },
  dataSet: { contracts: 20_000, smallContracts: 250, seed: 1 },
  servers: { api: 'http://127.0.0.1:8787', app: 'http://127.0.0.1:4174' },
  runs: { warmUp: 1, measured: 3, lighthouse: 1 },
  initialScripts: [{ src: '/assets/index.js', gzipBytes: 70_000 }],
  figures,
  summary: summarise(figures),
  pageErrors: ['http://127.0.0.1:4174/: boom'],
  durationSeconds: 184.4,
};

describe('summarise', () => {
  it('counts figures within budget, over budget and without one', () => {
    expect(results.summary).toEqual({ passed: 1, failed: 1, reported: 1 });
  });
});

describe('formatValue', () => {
  it('shows milliseconds whole, seconds to two places and sizes to one', () => {
    expect(formatValue(1947.2, 'ms')).toBe('1,947 ms');
    expect(formatValue(8.574, 's')).toBe('8.57 s');
    expect(formatValue(143.04, 'KB')).toBe('143.0 KB');
  });

  it('shows a layout shift to three places and a score whole, without a unit', () => {
    expect(formatValue(0.0123, 'CLS')).toBe('0.012');
    expect(formatValue(97, 'score')).toBe('97');
  });
});

describe('toMarkdown', () => {
  const markdown = toMarkdown(results);
  const rows = markdown.split('\n').filter((line) => line.startsWith('| '));

  it('says where, when and on what it ran', () => {
    expect(markdown).toContain('on 2026-11-25T18:00:00.000Z');
    expect(markdown).toContain('median of 3 runs after 1 warm-up run');
    expect(markdown).toContain(
      '- Data set: 20,000 contracts (seed 1), and 250 for the page loads too, served by the demo API ' +
        '(`npm run api`, http://127.0.0.1:8787) ' +
        'to the app built for HTTP mode (`vite preview`, http://127.0.0.1:4174)',
    );
    expect(markdown).toContain('- Machine: AMD EPYC, 2 CPUs, 23.5 GB memory, linux 6.1');
    expect(markdown).toContain('- Software: Node.js v20.20.2, Chromium 156.0.8078.108 (headless)');
    expect(markdown).toContain('- Load average (1 minute): 1.5 as the run started, 2.25 as it ended\n');
    expect(markdown).toContain('1 within budget, 1 over budget, 1 reported without a budget; the run took 184 s');
  });

  it('warns of waiting for a CPU only when the machine was busy before the run (its own servers load it later)', () => {
    const busy = toMarkdown({ ...results, machine: { ...results.machine, loadAverageAtStart: 3.5 } });
    expect(busy).toContain(
      '- Load average (1 minute): 3.5 as the run started, 2.25 as it ended: the machine had more work than CPUs',
    );
  });

  it('gives each figure a row with its median, range, budget and verdict, escaping pipes in text', () => {
    expect(rows).toContain('| First load | Initial JavaScript | 143.0 KB |  | 250.0 KB | Pass |  |');
    expect(rows).toContain(
      '| Contract manager | Register: sort \\| click to paint | 725 ms | 700 ms to 1,200 ms | 200 ms | **Fail** | API in flight 118 ms |',
    );
    expect(rows).toContain('| Auditor | Heap | 5.5 MB | 5.5 MB to 5.6 MB |  | Reported |  |');
  });

  it('lists the initial scripts and the errors the app raised', () => {
    expect(rows).toContain('| `/assets/index.js` | 68.4 KB |');
    expect(markdown).toContain('## Errors the app raised during the journeys\n\n- http://127.0.0.1:4174/: boom');
  });
});

describe('the README table', () => {
  const table = toReadmeTable(results);

  it('lists each budgeted figure against its budget and points to the full results', () => {
    expect(table).toContain('Latest run: 2026-11-25, 20,000 contracts, 2 CPUs (AMD EPYC), load average 1.5');
    expect(table).toContain('1 within budget, 1 over');
    expect(table).toContain('| Contract manager | Register: sort \\| click to paint | 725 ms | 200 ms | **Fail** |');
    expect(table).not.toContain('Heap');
  });

  it('replaces only what lies between the markers, and says so when they are missing', () => {
    const readme = '# App\n\n<!-- bench:start -->\nold table\n<!-- bench:end -->\n\n## Next\n';
    expect(withReadmeTable(readme, 'new table')).toBe(
      '# App\n\n<!-- bench:start -->\nnew table\n<!-- bench:end -->\n\n## Next\n',
    );
    expect(() => withReadmeTable('# App\n', 'new table')).toThrow(/needs <!-- bench:start -->/);
  });
});
