import { generateDataset } from '@/lib/demo-data/generate';
import { createMockStore, type MockStore } from '../../../mocks/store';
import { openDatabase, type Database } from '../../../server/db/client';
import { seedDemo } from '../../../server/db/seed';
import { createReadModel, type ReadModel } from '../../../server/services/read-model';

export const DEMO = { seed: 1, contracts: 250 } as const;

export interface ReadModelDb {
  database: Database;
  readModel: ReadModel;
  /** The mock over the same generated data: what every answer must equal. */
  mock: MockStore;
}

/** An in-memory PGlite with the demo data, the read model over it, and the mock over the same data. */
export async function openReadModelDb(): Promise<ReadModelDb> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await database.migrate();
  await seedDemo(database.db, DEMO);
  return {
    database,
    readModel: createReadModel(database.db),
    mock: createMockStore(generateDataset(DEMO), { now: () => new Date('2026-10-01T09:00:00Z') }),
  };
}

/** Equal as values and as JSON text, key order included: what a client receives is the same bytes. */
export function sameJson(actual: unknown, expected: unknown): { equal: boolean; actual: string; expected: string } {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  return { equal: a === e, actual: a, expected: e };
}
