/**
 * Starts the real server for the contract suite: a fresh database (PGlite in memory, or a new
 * database on the PostgreSQL server at `DATABASE_URL`), migrated and loaded with the data set,
 * and the app listening on a free loopback port.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Dataset } from '@/lib/demo-data/dataset';
import { buildApp } from '../../../server/app';
import { openDatabase, type Database } from '../../../server/db/client';
import { seedDataset } from '../../../server/db/seed';

export interface TestServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** A new, empty database on the PostgreSQL server, dropped again by `drop`. */
async function freshPostgres(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `svm_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function startTestServer(dataset: Dataset, seed: number): Promise<TestServer> {
  const adminUrl = process.env.DATABASE_URL;
  const postgres = adminUrl ? await freshPostgres(adminUrl) : null;
  const database: Database = await openDatabase(
    postgres ? { kind: 'postgres', url: postgres.url, poolSize: 4 } : { kind: 'pglite', dataDir: null },
  );
  await database.migrate();
  await seedDataset(database.db, dataset, { seed });
  const app = await buildApp({ database, staticDir: null });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await database.close();
      await postgres?.drop();
    },
  };
}
