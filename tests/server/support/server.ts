/**
 * The server under test: the real app over a real (in-memory PGlite) database seeded with the
 * demo data, listening on a free port, called over HTTP with fetch. Build it once per test file
 * (seeding takes seconds); `startTestServer` answers its base URL (ending in /api/v1) and a stop.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { beforeAll } from 'vitest';
import { server as mockApiServer } from '@mocks/node';
import { buildApp, type AppOptions } from '../../../server/app';
import { openDatabase, type Database } from '../../../server/db/client';
import { seedDemo } from '../../../server/db/seed';

/**
 * How long building a seeded server may take: seconds on an idle machine, far more on a busy
 * CI box (PGlite compiles its WebAssembly on open). Pass it to `beforeAll`.
 */
export const SERVER_START_TIMEOUT_MS = 180_000;

export interface TestServer {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  /** `${origin}/api/v1`: what the contract's paths are relative to. */
  baseUrl: string;
  app: FastifyInstance;
  database: Database;
  stop(): Promise<void>;
}

export interface TestServerOptions extends Omit<AppOptions, 'database'> {
  seed?: number;
  contracts?: number;
}

export async function openSeededDatabase(seed = 1, contracts = 250): Promise<Database> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await database.migrate();
  await seedDemo(database.db, { seed, contracts });
  return database;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const { seed, contracts, ...appOptions } = options;
  const database = await openSeededDatabase(seed, contracts);
  const app = await buildApp({ database, ...appOptions });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    baseUrl: `${origin}/api/v1`,
    app,
    database,
    async stop() {
      await app.close();
      await database.close();
    },
  };
}

/**
 * The shared test setup starts the msw mock API, which intercepts every fetch in the process;
 * server tests talk to a real server over the network, so they switch it off for their file.
 * Call at the top level of a test file.
 */
export function useRealNetwork(): void {
  beforeAll(() => mockApiServer.close());
}
