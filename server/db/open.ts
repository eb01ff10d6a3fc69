import { join } from 'node:path';
import { openDatabase, type Database } from './client';

/** PostgreSQL when a URL is given, else the embedded PGlite database in `DATA_DIR/db`. */
export function openConfiguredDatabase(config: { DATABASE_URL?: string; DATA_DIR: string }): Promise<Database> {
  return config.DATABASE_URL
    ? openDatabase({ kind: 'postgres', url: config.DATABASE_URL })
    : openDatabase({ kind: 'pglite', dataDir: join(config.DATA_DIR, 'db') });
}
