/**
 * The scale benchmark: `npm run bench -- [--skip-build] [--runs N] [--contracts N] [--only-page-loads]`.
 *
 * Builds the app for HTTP mode, starts the demo API with 20,000 contracts and a preview server
 * for the build, drives Chromium through the director, contract manager and auditor journeys,
 * opens each main route cold for its layout shift and a Lighthouse run, then does the page
 * loads again with the API on a small data set (250 contracts), and writes each figure against
 * its budget to bench/results.json and bench/results.md. Every server runs in its own process
 * group and is stopped at the end, also on failure.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_API_PORT, parseBenchArgs, USAGE, type BenchOptions } from './lib/args';
import { figureSpecs, type DataSetSize, type FigureId } from './lib/budgets';
import { launchChromium, type Bench } from './lib/browser';
import { initialScriptSizes } from './lib/bundle';
import { chromiumProcesses, RendererCpu } from './lib/cpu';
import { Samples, type SampleDetail } from './lib/figures';
import { auditorJourney } from './lib/journeys/auditor';
import { contractManagerJourney } from './lib/journeys/contract-manager';
import { directorJourney } from './lib/journeys/director';
import type { Recorder } from './lib/journeys/recorder';
import { currentLoad, describeMachine } from './lib/machine';
import { measurePageLoads } from './lib/page-loads';
import { portInUse, runToEnd, startService, stopAll, stopService, waitForHttp, type Service } from './lib/processes';
import { summarise, toMarkdown, toReadmeTable, withReadmeTable, type BenchResults } from './lib/report';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';
const DIST_HTTP = join(ROOT, 'dist-http');
const SEED = 1;
const WARM_UP_RUNS = 1;

const log = (message: string) => console.log(`[bench] ${message}`);

/** Ctrl-C reaches this process more than once (from the terminal and relayed by tsx): stop once. */
let interrupted = false;
/** Temporary folders (the decisions file, a build for another port) to remove however the run ends. */
const workDirs = new Set<string>();

async function cleanUp(): Promise<void> {
  await stopAll();
  for (const dir of workDirs) await rm(dir, { recursive: true, force: true });
}

async function checkPortsFree(options: BenchOptions): Promise<void> {
  for (const port of [options.apiPort, options.appPort]) {
    if (await portInUse(HOST, port)) {
      throw new Error(
        `Something already listens on ${HOST}:${port} (another benchmark, or the e2e tests' servers). ` +
          'Stop it, or choose free ports with --api-port and --app-port: the benchmark must measure its own servers.',
      );
    }
  }
}

/**
 * The app built to call the API on the chosen port: dist-http itself for the default port
 * (`npm run build:http`), else the same build pointed at the other port in a temporary folder.
 */
async function build(options: BenchOptions, workDir: string): Promise<string> {
  if (options.skipBuild) {
    if (!existsSync(join(DIST_HTTP, 'index.html'))) {
      throw new Error('--skip-build needs a build in dist-http: run npm run build:http first');
    }
    return DIST_HTTP;
  }
  if (options.apiPort === DEFAULT_API_PORT) {
    log('Building the app for HTTP mode (npm run build:http)');
    await runToEnd('The HTTP build', 'npm', ['run', '--silent', 'build:http'], { cwd: ROOT });
    return DIST_HTTP;
  }
  const dist = join(workDir, 'dist');
  log(`Building the app for HTTP mode against port ${options.apiPort} (into ${dist})`);
  await runToEnd(
    'The HTTP build',
    join(ROOT, 'node_modules', '.bin', 'vite'),
    ['build', '--mode', 'http', '--outDir', dist, '--emptyOutDir'],
    { cwd: ROOT, env: { ...process.env, VITE_API_BASE_URL: `http://${HOST}:${options.apiPort}/api/v1` } },
  );
  return dist;
}

function startApi(options: BenchOptions, contracts: number, workDir: string): Service {
  return startService(
    'The demo API',
    'npm',
    [
      'run',
      '--silent',
      'api',
      '--',
      ...['--port', String(options.apiPort), '--host', HOST, '--seed', String(SEED)],
      ...['--contracts', String(contracts), '--data-file', join(workDir, `decisions-${contracts}.json`)],
    ],
    { cwd: ROOT },
  );
}

async function startServers(
  options: BenchOptions,
  dist: string,
  workDir: string,
): Promise<{ apiOrigin: string; appUrl: string; api: Service }> {
  await checkPortsFree(options);
  const apiOrigin = `http://${HOST}:${options.apiPort}`;
  const appUrl = `http://${HOST}:${options.appPort}`;
  log(`Starting the demo API with ${options.contracts.toLocaleString('en-GB')} contracts and the app preview`);
  const api = startApi(options, options.contracts, workDir);
  const app = startService(
    'The app preview',
    join(ROOT, 'node_modules', '.bin', 'vite'),
    ['preview', '--outDir', dist, '--port', String(options.appPort), '--strictPort', '--host', HOST],
    { cwd: ROOT },
  );
  const apiStarted = performance.now();
  await Promise.all([waitForHttp(`${apiOrigin}/healthz`, api, 300_000), waitForHttp(`${appUrl}/`, app, 60_000)]);
  log(`Servers ready (the API answered after ${((performance.now() - apiStarted) / 1000).toFixed(1)} s)`);
  return { apiOrigin, appUrl, api };
}

/** Stops the demo API and starts it again on the same port with another data set. */
async function restartApi(options: BenchOptions, old: Service, contracts: number, workDir: string): Promise<Service> {
  await stopService(old);
  log(`Restarting the demo API with ${contracts.toLocaleString('en-GB')} contracts`);
  const api = startApi(options, contracts, workDir);
  await waitForHttp(`http://${HOST}:${options.apiPort}/healthz`, api, 300_000);
  return api;
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
  // Fail before a minute-long build should the ports be taken; checked again just before starting.
  await checkPortsFree(options);
  const workDir = await mkdtemp(join(tmpdir(), 'svm-bench-'));
  workDirs.add(workDir);
  try {
    const dist = await build(options, workDir);
    const initialScripts = await initialScriptSizes(dist);
    const samples = new Samples<FigureId>();
    samples.add('load.initialGzip', initialScripts.reduce((sum, s) => sum + s.gzipBytes, 0) / 1024);

    const { apiOrigin, appUrl, api } = await startServers(options, dist, workDir);
    const browser = await launchChromium();
    const pageErrors = new Set<string>();
    const keep = (id: FigureId, value: number, detail?: SampleDetail) => samples.add(id, value, detail);
    const pageLoads = (size: DataSetSize) =>
      measurePageLoads(
        { browser, appUrl, size, runs: options.runs, lighthouseRuns: options.lighthouseRuns, log },
        keep,
      );
    try {
      if (!options.onlyPageLoads) {
        const cpu = new RendererCpu(chromiumProcesses(await browser.newBrowserCDPSession()));
        await runJourneys({ browser, appUrl, apiOrigin, cpu, pageErrors }, options, samples);
      }
      await pageLoads('main');
      if (options.smallContracts !== null) {
        await restartApi(options, api, options.smallContracts, workDir);
        await pageLoads('small');
      }
    } finally {
      await browser.close();
    }
    const figures = samples.summarise(figureSpecs({ main: options.contracts, small: options.smallContracts }));
    return {
      date: new Date().toISOString(),
      machine: describeMachine(browser.version(), loadAtStart),
      dataSet: { contracts: options.contracts, smallContracts: options.smallContracts, seed: SEED },
      servers: { api: apiOrigin, app: appUrl },
      runs: { warmUp: WARM_UP_RUNS, measured: options.runs, lighthouse: options.lighthouseRuns },
      initialScripts,
      figures,
      summary: summarise(figures),
      pageErrors: [...pageErrors],
      durationSeconds: Math.round((performance.now() - started) / 1000),
    };
  } finally {
    await stopAll();
    await rm(workDir, { recursive: true, force: true });
    workDirs.delete(workDir);
  }
}

async function main(): Promise<number> {
  const options = parseBenchArgs(process.argv.slice(2));
  if ('error' in options) {
    console.error(`${options.error}\n\n${USAGE}`);
    return 2;
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      log(`${signal}: stopping the servers`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  const results = await bench(options);
  const markdown = toMarkdown(results);
  await writeFile(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(ROOT, 'bench', 'results.md'), markdown);
  const readmePath = join(ROOT, 'README.md');
  await writeFile(readmePath, withReadmeTable(await readFile(readmePath, 'utf8'), toReadmeTable(results)));
  console.log(`\n${markdown}`);
  log('Wrote bench/results.json, bench/results.md and the table in README.md');
  const { failed } = results.summary;
  if (failed > 0) log(`${failed} ${failed === 1 ? 'figure is' : 'figures are'} over budget`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    // Stopping the servers on Ctrl-C makes the run fail; the signal handler reports and exits.
    if (interrupted) return;
    console.error(`[bench] Failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await cleanUp();
    process.exit(2);
  },
);
