import { parseArgs } from 'node:util';
import type { MockApiOptions } from './start';

export const USAGE = `Usage: npm run api -- [options]

  --port <n>          port to listen on (default 8787; 0 picks a free one)
  --host <name>       interface to listen on (default 127.0.0.1)
  --seed <n>          data set seed (default 1)
  --contracts <n>     number of contracts to generate (default 250)
  --data-file <path>  where decisions persist (default .data/decisions-seed<seed>-<contracts>.json)
  --in-memory         keep decisions in memory only
  --latency <ms>      delay every response, to try the app on a slow connection (default 0)
  --help              show this help`;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function wholeNumber(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0 || n > max) {
    throw new UsageError(`--${name} must be a whole number from 0 to ${max}; got "${value}".`);
  }
  return n;
}

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  seed: { type: 'string' },
  contracts: { type: 'string' },
  'data-file': { type: 'string' },
  'in-memory': { type: 'boolean' },
  latency: { type: 'string' },
  help: { type: 'boolean' },
} as const;

function readArgs(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], strict: true, allowPositionals: false, options: OPTIONS }).values;
  } catch (error) {
    // parseArgs names the unknown option or stray argument; say it as a usage error.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Reads the command line; throws `UsageError` with a message saying what to change. */
export function parseCliOptions(argv: readonly string[]): MockApiOptions | 'help' {
  const values = readArgs(argv);
  if (values.help) return 'help';
  if (values['in-memory'] && values['data-file'] !== undefined) {
    throw new UsageError('Use either --data-file or --in-memory, not both.');
  }
  const seed = wholeNumber('seed', values.seed, 1, 2 ** 31 - 1);
  const contracts = wholeNumber('contracts', values.contracts, 250, 100_000);
  const dataFile = values['data-file'];
  if (dataFile !== undefined && dataFile.trim() === '') throw new UsageError('--data-file needs a path.');
  return {
    port: wholeNumber('port', values.port, 8787, 65535),
    host: values.host?.trim() || '127.0.0.1',
    seed,
    contracts,
    dataFile: values['in-memory'] ? null : (dataFile ?? `.data/decisions-seed${seed}-${contracts}.json`),
    latencyMs: wholeNumber('latency', values.latency, 0, 60_000),
  };
}
