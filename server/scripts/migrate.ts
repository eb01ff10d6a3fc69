/** `npm run db:migrate`: applies pending migrations to the configured database (DATABASE_URL or DATA_DIR/db). */
import { readEnv } from '../config';
import { openConfiguredDatabase } from '../db/open';

const database = await openConfiguredDatabase(readEnv());
try {
  await database.migrate();
  console.log(`Migrations applied (${database.target.kind}).`);
} finally {
  await database.close();
}
