import * as t from '../../db/schema';
import type { Db, Tx } from '../../db/client';

/**
 * Runs a request's reads in one read-only REPEATABLE READ transaction: every query sees the
 * same snapshot, so a decision committed mid-request cannot mix versions in one answer. The
 * data version read first names that snapshot (-1 for a database with no data yet).
 */
export function inSnapshot<T>(db: Db, read: (tx: Tx, version: number) => Promise<T>): Promise<T> {
  return db.transaction(
    async (tx) => {
      const rows = await tx.select({ version: t.settings.dataVersion }).from(t.settings).limit(1);
      return read(tx, rows[0]?.version ?? -1);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
