import type { ScriptSize } from './bundle';
import type { Figure, Unit } from './figures';
import type { Machine } from './machine';

/** What `npm run bench` writes to bench/results.json. */
export interface BenchResults {
  /** When the run finished (ISO 8601). */
  date: string;
  machine: Machine;
  /** `smallContracts`: the second data set the page loads were also measured on (null: none). */
  dataSet: { contracts: number; smallContracts: number | null; seed: number };
  /** Where the demo API and the built app were served from. */
  servers: { api: string; app: string };
  /** `lighthouse`: Lighthouse runs per route and data set. */
  runs: { warmUp: number; measured: number; lighthouse: number };
  initialScripts: ScriptSize[];
  figures: Figure[];
  summary: { passed: number; failed: number; reported: number };
  /** Errors the app raised in the browser during the journeys. */
  pageErrors: string[];
  durationSeconds: number;
}

export function summarise(figures: readonly Figure[]): BenchResults['summary'] {
  return {
    passed: figures.filter((f) => f.pass === true).length,
    failed: figures.filter((f) => f.pass === false).length,
    reported: figures.filter((f) => f.pass === null).length,
  };
}

const DIGITS: Record<Unit, number> = { ms: 0, s: 2, KB: 1, MB: 1, CLS: 3, score: 0 };

export function formatValue(value: number, unit: Unit): string {
  const digits = DIGITS[unit];
  const number = value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  // A layout shift and a score have no unit to name; the figure's label says what they are.
  return unit === 'CLS' || unit === 'score' ? number : `${number} ${unit}`;
}

/** The budget as the tables show it: the most a figure may be, or the least a score must be. */
function budgetText(figure: Figure): string {
  if (figure.budget === null) return '';
  return `${figure.better === 'higher' ? 'at least ' : ''}${formatValue(figure.budget, figure.unit)}`;
}

function verdict(figure: Figure): string {
  if (figure.pass === null) return 'Reported';
  return figure.pass ? 'Pass' : '**Fail**';
}

function range(figure: Figure): string {
  if (figure.samples.length < 2) return '';
  const min = Math.min(...figure.samples);
  const max = Math.max(...figure.samples);
  return `${formatValue(min, figure.unit)} to ${formatValue(max, figure.unit)}`;
}

/** Table cells hold plain text: a pipe or line break would split the row. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll(/\s+/g, ' ');
}

/** The results as a markdown page: where and when it ran, then each figure against its budget. */
export function toMarkdown(results: BenchResults): string {
  const { machine, summary } = results;
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${results.date}. Each interaction figure is the median of ` +
      `${results.runs.measured} runs after ${results.runs.warmUp} warm-up run, each run in a fresh browser ` +
      'context (a first visit: empty cache and storage). Page loads: the median layout shift of as many runs, and ' +
      `the median Lighthouse score of ${results.runs.lighthouse} ${results.runs.lighthouse === 1 ? 'run' : 'runs'}.`,
    '',
    `- Data set: ${results.dataSet.contracts.toLocaleString('en-GB')} contracts (seed ${results.dataSet.seed})` +
      (results.dataSet.smallContracts === null
        ? ', '
        : `, and ${results.dataSet.smallContracts.toLocaleString('en-GB')} for the page loads too, `) +
      `served by the demo API (\`npm run api\`, ${results.servers.api}) to the app built for HTTP mode ` +
      `(\`vite preview\`, ${results.servers.app})`,
    `- Machine: ${machine.cpuModel}, ${machine.cpuCount} CPUs, ${machine.totalMemoryGB} GB memory, ${machine.os}`,
    `- Software: Node.js ${machine.node}, Chromium ${machine.chromium} (headless)`,
    `- Load average (1 minute): ${machine.loadAverageAtStart} as the run started, ${machine.loadAverageAtEnd} as it ended` +
      // The load as it ends counts the benchmark's own API, server and browser; as it starts, only other work.
      (machine.loadAverageAtStart > machine.cpuCount
        ? `: the machine had more work than CPUs before the run began, so the page often waited for a CPU ` +
          '(the notes say how long) and the figures are slower than on an idle machine'
        : ''),
    `- Result: ${summary.passed} within budget, ${summary.failed} over budget, ${summary.reported} reported ` +
      `without a budget; the run took ${Math.round(results.durationSeconds)} s`,
    '',
    '| Journey | Figure | Median | Range | Budget | Result | Notes |',
    '| --- | --- | ---: | ---: | ---: | --- | --- |',
    ...results.figures.map((figure) =>
      [
        '',
        figure.journey,
        cell(figure.label),
        formatValue(figure.value, figure.unit),
        range(figure),
        budgetText(figure),
        verdict(figure),
        cell(figure.note ?? ''),
        '',
      ]
        .join(' | ')
        .trim(),
    ),
    '',
    '## Initial scripts',
    '',
    '| Script | gzip |',
    '| --- | ---: |',
    ...results.initialScripts.map((s) => `| \`${s.src}\` | ${formatValue(s.gzipBytes / 1024, 'KB')} |`),
  ];
  if (results.pageErrors.length > 0) {
    lines.push(
      '',
      '## Errors the app raised during the journeys',
      '',
      ...results.pageErrors.map((e) => `- ${cell(e)}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

const README_START = '<!-- bench:start -->';
const README_END = '<!-- bench:end -->';

/** The figures as the README shows them: each against its budget, the notes left to bench/results.md. */
export function toReadmeTable(results: BenchResults): string {
  const { machine, summary } = results;
  return [
    `Latest run: ${results.date.slice(0, 10)}, ${results.dataSet.contracts.toLocaleString('en-GB')} contracts, ` +
      `${machine.cpuCount} CPUs (${machine.cpuModel}), load average ${machine.loadAverageAtStart} as it started; ` +
      `${summary.passed} within budget, ${summary.failed} over. Medians of ${results.runs.measured} runs; ranges and ` +
      'notes in [bench/results.md](bench/results.md).',
    '',
    '| Journey | Figure | Median | Budget | Result |',
    '| --- | --- | ---: | ---: | --- |',
    ...results.figures
      .filter((figure) => figure.budget !== null)
      .map(
        (figure) =>
          `| ${figure.journey} | ${cell(figure.label)} | ${formatValue(figure.value, figure.unit)} | ` +
          `${budgetText(figure)} | ${verdict(figure)} |`,
      ),
  ].join('\n');
}

/** `readme` with the text between its benchmark markers replaced by `table`. */
export function withReadmeTable(readme: string, table: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${README_START} and ${README_END} around the table`);
  return `${readme.slice(0, start + README_START.length)}\n${table}\n${readme.slice(end)}`;
}
