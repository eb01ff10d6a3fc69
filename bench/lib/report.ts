import type { ScriptSize } from './bundle';
import type { Figure, Unit } from './figures';
import type { Machine } from './machine';

/** What `npm run bench` writes to bench/results.json. */
export interface BenchResults {
  /** When the run finished (ISO 8601). */
  date: string;
  machine: Machine;
  dataSet: { contracts: number; seed: number };
  /** Where the demo API and the built app were served from. */
  servers: { api: string; app: string };
  runs: { warmUp: number; measured: number };
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

export function formatValue(value: number, unit: Unit): string {
  const digits = unit === 'ms' ? 0 : unit === 's' ? 2 : 1;
  return `${value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`;
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
      'context (a first visit: empty cache and storage).',
    '',
    `- Data set: ${results.dataSet.contracts.toLocaleString('en-GB')} contracts (seed ${results.dataSet.seed}), ` +
      `served by the demo API (\`npm run api\`, ${results.servers.api}) to the app built for HTTP mode ` +
      `(\`vite preview\`, ${results.servers.app})`,
    `- Machine: ${machine.cpuModel}, ${machine.cpuCount} CPUs, ${machine.totalMemoryGB} GB memory, ${machine.os}`,
    `- Software: Node.js ${machine.node}, Chromium ${machine.chromium} (headless)`,
    `- Load average (1 minute): ${machine.loadAverageAtStart} as the run started, ${machine.loadAverageAtEnd} as it ended` +
      (Math.max(machine.loadAverageAtStart, machine.loadAverageAtEnd) > machine.cpuCount
        ? `: more work than CPUs, so the page often waited for a CPU (the notes say how long) and the figures ` +
          'are slower than on an idle machine'
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
        figure.budget === null ? '' : formatValue(figure.budget, figure.unit),
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
