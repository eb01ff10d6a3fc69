/**
 * `npm run db:seed -- --contracts 20000 [--seed 1] [--replace]`: loads the demo data into the
 * configured database. An existing data set is kept unless --replace, which drops and recreates
 * the schema (the audit table is append-only, so its rows cannot be deleted one by one).
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { readEnv } from '../config';
import { openConfiguredDatabase } from '../db/open';
import { isEmpty, seedDemo } from '../db/seed';

const USAGE = 'Usage: npm run db:seed -- [--contracts N] [--seed N] [--replace]';

function wholeNumber(value: string | undefined, fallback: number, name: string): number {
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name}: a whole number of at least 1\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

let values;
try {
  ({ values } = parseArgs({
    options: { contracts: { type: 'string' }, seed: { type: 'string' }, replace: { type: 'boolean' } },
    strict: true,
  }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
const contracts = wholeNumber(values.contracts, 250, 'contracts');
const seed = wholeNumber(values.seed, 1, 'seed');

const database = await openConfiguredDatabase(readEnv());
try {
  await database.migrate();
  if (!(await isEmpty(database.db))) {
    if (!values.replace) {
      console.error('The database already holds data. Add --replace to drop it and load the demo data afresh.');
      process.exitCode = 1;
    } else {
      await database.db.execute(sql`drop schema public cascade`);
      await database.db.execute(sql`drop schema drizzle cascade`);
      await database.db.execute(sql`create schema public`);
      await database.migrate();
    }
  }
  if (process.exitCode === undefined) {
    const started = performance.now();
    await seedDemo(database.db, { seed, contracts });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Loaded ${contracts} demo contracts (seed ${seed}) into ${database.target.kind} in ${seconds} s.`);
  }
} finally {
  await database.close();
}
