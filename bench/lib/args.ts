import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Use the dist-http already built. */
  skipBuild: boolean;
  /** Measured runs per journey, after one warm-up run. */
  runs: number;
  /** The demo API's data set size. */
  contracts: number;
}

export const USAGE =
  'Usage: npm run bench -- [--skip-build] [--runs N] [--contracts N]\n' +
  '  --skip-build   measure the app already built in dist-http (npm run build:http)\n' +
  '  --runs N       measured runs per journey after a warm-up run (default 5)\n' +
  '  --contracts N  contracts in the demo API data set (default 20000)';

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
  return { skipBuild: values['skip-build'], runs, contracts };
}

function wholeNumber(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}
