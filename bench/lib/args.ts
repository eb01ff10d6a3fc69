import { parseArgs } from 'node:util';

/** The ports the HTTP build (.env.http) and the e2e tests use. */
export const DEFAULT_API_PORT = 8787;
export const DEFAULT_APP_PORT = 4174;

export interface BenchOptions {
  /** Use the dist-http already built. */
  skipBuild: boolean;
  /** Measured runs per journey, after one warm-up run. */
  runs: number;
  /** The demo API's data set size. */
  contracts: number;
  apiPort: number;
  appPort: number;
  /** A second, small data set for the page-load figures (layout shift, Lighthouse); null: none. */
  smallContracts: number | null;
  /** Lighthouse runs per route and data set; the score is their median. */
  lighthouseRuns: number;
  /** Measure only the page loads (layout shift and Lighthouse), not the journeys. */
  onlyPageLoads: boolean;
}

export const USAGE =
  'Usage: npm run bench -- [--skip-build] [--runs N] [--contracts N] [--small-contracts N] [--lighthouse-runs N]\n' +
  '                        [--only-page-loads] [--api-port N] [--app-port N]\n' +
  '  --skip-build   measure the app already built in dist-http (npm run build:http)\n' +
  '  --runs N       measured runs per journey after a warm-up run (default 5)\n' +
  '  --contracts N  contracts in the demo API data set (default 20000)\n' +
  '  --small-contracts N  a second data set for the page loads (layout shift, Lighthouse) (default 250; 0: none)\n' +
  '  --lighthouse-runs N  Lighthouse runs per route and data set, of which the median counts (default 1)\n' +
  '  --only-page-loads    measure the page loads only, not the journeys (a short run)\n' +
  `  --api-port N   the demo API's port (default ${DEFAULT_API_PORT}); another port builds the app for it\n` +
  '                 into a temporary folder, leaving dist-http alone\n' +
  `  --app-port N   the app preview's port (default ${DEFAULT_APP_PORT})`;

/** The command-line options, or an error message that says what was wrong. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions | { error: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        'skip-build': { type: 'boolean', default: false },
        runs: { type: 'string', default: '5' },
        contracts: { type: 'string', default: '20000' },
        'small-contracts': { type: 'string', default: '250' },
        'lighthouse-runs': { type: 'string', default: '1' },
        'only-page-loads': { type: 'boolean', default: false },
        'api-port': { type: 'string', default: String(DEFAULT_API_PORT) },
        'app-port': { type: 'string', default: String(DEFAULT_APP_PORT) },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const runs = wholeNumber(values.runs);
  if (runs === undefined || runs < 1 || runs > 50) {
    return { error: `--runs must be a whole number from 1 to 50, not "${values.runs}"` };
  }
  const contracts = wholeNumber(values.contracts);
  if (contracts === undefined || contracts < 1 || contracts > 100_000) {
    return { error: `--contracts must be a whole number from 1 to 100000, not "${values.contracts}"` };
  }
  const small = wholeNumber(values['small-contracts']);
  if (small === undefined || small > 100_000) {
    return { error: `--small-contracts must be a whole number from 0 to 100000, not "${values['small-contracts']}"` };
  }
  const lighthouseRuns = wholeNumber(values['lighthouse-runs']);
  if (lighthouseRuns === undefined || lighthouseRuns < 1 || lighthouseRuns > 20) {
    return { error: `--lighthouse-runs must be a whole number from 1 to 20, not "${values['lighthouse-runs']}"` };
  }
  const apiPort = portNumber(values['api-port']);
  if (apiPort === undefined) return { error: portError('--api-port', values['api-port']) };
  const appPort = portNumber(values['app-port']);
  if (appPort === undefined) return { error: portError('--app-port', values['app-port']) };
  if (apiPort === appPort) return { error: '--api-port and --app-port must differ' };
  if (values['skip-build'] && apiPort !== DEFAULT_API_PORT) {
    return { error: `--skip-build measures dist-http, which calls port ${DEFAULT_API_PORT}: leave out --api-port` };
  }
  return {
    skipBuild: values['skip-build'],
    runs,
    contracts,
    apiPort,
    appPort,
    smallContracts: small === 0 ? null : small,
    lighthouseRuns,
    onlyPageLoads: values['only-page-loads'],
  };
}

function wholeNumber(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

function portNumber(text: string): number | undefined {
  const port = wholeNumber(text);
  return port !== undefined && port >= 1024 && port <= 65_535 ? port : undefined;
}

function portError(name: string, text: string): string {
  return `${name} must be a port number from 1024 to 65535, not "${text}"`;
}
