import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { MIGRATIONS_FOLDER, type Db } from './client';

export type Readiness = { ready: true } | { ready: false; reason: string };

const latestMigration = Math.max(
  0,
  ...readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((m) => m.folderMillis),
);

/** Whether the database answers and has every migration this build ships applied. */
export async function readiness(db: Db): Promise<Readiness> {
  try {
    // Both drivers answer `execute` with `{ rows }` (node-postgres and PGlite alike).
    const result = (await db.execute(sql`select max(created_at) as applied from drizzle.__drizzle_migrations`)) as {
      rows: { applied: string | number | null }[];
    };
    const applied = Number(result.rows[0]?.applied ?? 0);
    if (applied < latestMigration) return { ready: false, reason: 'Database migrations are not all applied.' };
    return { ready: true };
  } catch {
    return { ready: false, reason: 'The database is not reachable or has never been migrated.' };
  }
}
