/**
 * The scale benchmark: `npm run bench -- [--skip-build] [--runs N] [--contracts N]`.
 *
 * Builds the app for HTTP mode, starts the demo API with 20,000 contracts and a preview server
 * for the build, drives Chromium through the director, contract manager and auditor journeys,
 * and writes each figure against its budget to bench/results.json and bench/results.md.
 * Every server runs in its own process group and is stopped at the end, also on failure.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs, USAGE, type BenchOptions } from './lib/args';
import { FIGURE_SPECS, type FigureId } from './lib/budgets';
import { launchChromium, type Bench } from './lib/browser';
import { initialScriptSizes } from './lib/bundle';
import { Samples } from './lib/figures';
import { auditorJourney } from './lib/journeys/auditor';
import { contractManagerJourney } from './lib/journeys/contract-manager';
import { directorJourney } from './lib/journeys/director';
import type { Recorder } from './lib/journeys/recorder';
import { currentLoad, describeMachine } from './lib/machine';
import { portInUse, runToEnd, startService, stopAll, waitForHttp } from './lib/processes';
import { summarise, toMarkdown, type BenchResults } from './lib/report';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';
/** Fixed by the HTTP build (.env.http points the app at this port). */
const API_PORT = 8787;
const APP_PORT = 4174;
const DIST = 'dist-http';
const SEED = 1;
const WARM_UP_RUNS = 1;

const log = (message: string) => console.log(`[bench] ${message}`);

async function startServers(options: BenchOptions, dataDir: string): Promise<{ apiOrigin: string; appUrl: string }> {
  for (const port of [API_PORT, APP_PORT]) {
    if (await portInUse(HOST, port)) {
      throw new Error(
        `Something already listens on ${HOST}:${port} (another benchmark, or the e2e tests' servers). ` +
          'Stop it and run the benchmark again: it must measure its own servers.',
      );
    }
  }
  const apiOrigin = `http://${HOST}:${API_PORT}`;
  const appUrl = `http://${HOST}:${APP_PORT}`;
  log(`Starting the demo API with ${options.contracts.toLocaleString('en-GB')} contracts and the app preview`);
  const api = startService(
    'The demo API',
    'npm',
    [
      'run',
      '--silent',
      'api',
      '--',
      ...['--port', String(API_PORT), '--host', HOST, '--seed', String(SEED)],
      ...['--contracts', String(options.contracts), '--data-file', join(dataDir, 'decisions.json')],
    ],
    { cwd: ROOT },
  );
  const app = startService(
    'The app preview',
    join(ROOT, 'node_modules', '.bin', 'vite'),
    ['preview', '--outDir', DIST, '--port', String(APP_PORT), '--strictPort', '--host', HOST],
    { cwd: ROOT },
  );
  const apiStarted = performance.now();
  await Promise.all([waitForHttp(`${apiOrigin}/healthz`, api, 300_000), waitForHttp(`${appUrl}/`, app, 60_000)]);
  log(`Servers ready (the API answered after ${((performance.now() - apiStarted) / 1000).toFixed(1)} s)`);
  return { apiOrigin, appUrl };
}

async function runJourneys(bench: Bench, options: BenchOptions, samples: Samples<FigureId>): Promise<void> {
  const keep: Recorder = (id, value, detail) => samples.add(id, value, detail);
  const discard: Recorder = () => undefined;
  const journeys: [string, (record: Recorder) => Promise<void>][] = [
    ['Director', (record) => directorJourney(bench, record)],
    ['Contract manager', (record) => contractManagerJourney(bench, record)],
    ['Auditor', (record) => auditorJourney(bench, record, options.contracts)],
  ];
  for (const [name, journey] of journeys) {
    for (let run = 1; run <= WARM_UP_RUNS; run += 1) {
      log(`${name} journey: warm-up`);
      await journey(discard);
    }
    for (let run = 1; run <= options.runs; run += 1) {
      log(`${name} journey: run ${run} of ${options.runs}`);
      await journey(keep);
    }
  }
}

async function bench(options: BenchOptions): Promise<BenchResults> {
  const started = performance.now();
  const loadAtStart = currentLoad();
  if (options.skipBuild) {
    if (!existsSync(join(ROOT, DIST, 'index.html'))) {
      throw new Error(`--skip-build needs a build in ${DIST}: run npm run build:http first`);
    }
  } else {
    log('Building the app for HTTP mode (npm run build:http)');
    await runToEnd('The HTTP build', 'npm', ['run', '--silent', 'build:http'], { cwd: ROOT });
  }
  const initialScripts = await initialScriptSizes(join(ROOT, DIST));
  const samples = new Samples<FigureId>();
  samples.add('load.initialGzip', initialScripts.reduce((sum, s) => sum + s.gzipBytes, 0) / 1024);

  const dataDir = await mkdtemp(join(tmpdir(), 'svm-bench-'));
  try {
    const { apiOrigin, appUrl } = await startServers(options, dataDir);
    const browser = await launchChromium();
    const pageErrors = new Set<string>();
    try {
      await runJourneys({ browser, appUrl, apiOrigin, pageErrors }, options, samples);
    } finally {
      await browser.close();
    }
    const figures = samples.summarise(FIGURE_SPECS);
    return {
      date: new Date().toISOString(),
      machine: describeMachine(browser.version(), loadAtStart),
      dataSet: { contracts: options.contracts, seed: SEED },
      runs: { warmUp: WARM_UP_RUNS, measured: options.runs },
      initialScripts,
      figures,
      summary: summarise(figures),
      pageErrors: [...pageErrors],
      durationSeconds: Math.round((performance.now() - started) / 1000),
    };
  } finally {
    await stopAll();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const options = parseBenchArgs(process.argv.slice(2));
  if ('error' in options) {
    console.error(`${options.error}\n\n${USAGE}`);
    return 2;
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping the servers`);
      void stopAll().finally(() => process.exit(130));
    });
  }
  const results = await bench(options);
  const markdown = toMarkdown(results);
  await writeFile(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(ROOT, 'bench', 'results.md'), markdown);
  console.log(`\n${markdown}`);
  log('Wrote bench/results.json and bench/results.md');
  const { failed } = results.summary;
  if (failed > 0) log(`${failed} ${failed === 1 ? 'figure is' : 'figures are'} over budget`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(`[bench] Failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await stopAll();
    process.exit(2);
  },
);
