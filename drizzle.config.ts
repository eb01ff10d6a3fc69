import { defineConfig } from 'drizzle-kit';

/** drizzle-kit generates versioned SQL migrations from the schema; the server applies them on start. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema.ts',
  out: './server/db/migrations',
});
