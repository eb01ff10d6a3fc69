import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import * as t from '../db/schema';

/** The data set's as-of date: relative filters ("older than n days") count to it, not to today. */
export async function asOf(tx: Tx): Promise<string> {
  const [row] = await tx.select({ asOf: t.settings.asOf }).from(t.settings).limit(1);
  if (!row) throw new Error('The database holds no data set (settings is empty).');
  return row.asOf;
}

/** Every write bumps the data version in its own transaction: caches of figures compare it. */
export async function bumpDataVersion(tx: Tx): Promise<void> {
  await tx.update(t.settings).set({ dataVersion: sql`${t.settings.dataVersion} + 1` });
}
