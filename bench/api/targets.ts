/**
 * The three APIs the load benchmark compares, each started as its own process on the same data
 * (seed 1, N contracts): the in-memory mock's HTTP server, the server on PGlite (a fresh data
 * folder) and the server on a throwaway PostgreSQL cluster (scripts/with-postgres.sh).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startService, stopService, waitForHttp, type Service } from '../lib/processes';

export type TargetName = 'mock' | 'pglite' | 'postgres';
export const TARGETS: readonly TargetName[] = ['mock', 'pglite', 'postgres'];

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const HOST = '127.0.0.1';

export interface RunningTarget {
  name: TargetName;
  baseUrl: string;
  /** Seconds from start until the API answered (includes generating and loading the data). */
  startSeconds: number;
  stop(): Promise<void>;
}

function command(name: TargetName, port: number, contracts: number): { file: string; args: string[] } {
  const server = ['server/main.ts', '--port', String(port), '--demo-contracts', String(contracts)];
  switch (name) {
    case 'mock':
      return {
        file: TSX,
        args: ['mocks/server/cli.ts', '--port', String(port), '--contracts', String(contracts), '--in-memory'],
      };
    case 'pglite':
      return { file: TSX, args: server };
    case 'postgres':
      return { file: 'bash', args: ['scripts/with-postgres.sh', TSX, ...server] };
  }
}

export async function startTarget(name: TargetName, port: number, contracts: number): Promise<RunningTarget> {
  const dataDir = await mkdtemp(join(tmpdir(), `svm-bench-${name}-`));
  const { file, args } = command(name, port, contracts);
  const started = performance.now();
  const service: Service = startService(`The ${name} API`, file, args, {
    cwd: ROOT,
    // Every request of the load comes from one address: the per-client write limit would refuse most.
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', HOST, RATE_LIMIT_WRITES: '1000000' },
  });
  const baseUrl = `http://${HOST}:${port}`;
  // Loading 20,000 contracts into a database takes minutes on PGlite.
  await waitForHttp(`${baseUrl}/healthz`, service, 900_000);
  await waitForHttp(`${baseUrl}/api/v1/reference`, service, 60_000);
  return {
    name,
    baseUrl,
    startSeconds: (performance.now() - started) / 1000,
    async stop() {
      await stopService(service);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
