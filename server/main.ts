/**
 * The process: read the configuration, open and migrate the database, load the demo data into
 * an empty one (unless --no-demo), listen. On SIGTERM or SIGINT: stop accepting, let requests
 * in flight finish, close the database and exit 0, within 10 seconds.
 */
import closeWithGrace from 'close-with-grace';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { buildApp, loggerOptions } from './app';
import { ConfigError, readConfig } from './config';
import { openConfiguredDatabase } from './db/open';
import { isEmpty, seedDemo } from './db/seed';

const GRACE_MS = 9_000;

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2));
  const logger = pino(loggerOptions(config.LOG_LEVEL));
  const database = await openConfiguredDatabase(config);
  await database.migrate();
  if (config.demo && (await isEmpty(database.db))) {
    const started = performance.now();
    await seedDemo(database.db, { seed: 1, contracts: config.demoContracts });
    logger.info({ contracts: config.demoContracts, ms: Math.round(performance.now() - started) }, 'demo data loaded');
  }
  const staticDir = existsSync(join(config.staticDir, 'index.html')) ? config.staticDir : null;
  if (!staticDir) logger.warn('dist-server/ has no built app: serving the API only (npm start builds it)');
  const app = await buildApp({
    database,
    logger,
    staticDir,
    dataDir: config.DATA_DIR,
    trustProxy: config.TRUST_PROXY,
    bodyLimit: config.BODY_LIMIT,
    writesPerMinute: config.RATE_LIMIT_WRITES,
  });

  closeWithGrace({ delay: GRACE_MS, logger }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'shutting down after an error');
    else logger.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
  });
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  logger.info({ address, database: database.target.kind }, 'listening');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `The server did not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
