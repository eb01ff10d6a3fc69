import { parseCliOptions, USAGE, UsageError } from './cli-options';
import { DataFileError } from './data-file';
import { startMockApi } from './start';

/** `npm run api`: the mock API as a standalone HTTP server. */
async function main(): Promise<number | null> {
  let options;
  try {
    options = parseCliOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }

  console.log(`Generating ${options.contracts} contracts (seed ${options.seed})…`);
  let api;
  try {
    api = await startMockApi(options);
  } catch (error) {
    if (error instanceof DataFileError) {
      console.error(error.message);
      return 1;
    }
    if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      console.error(
        `Port ${options.port} on ${options.host} is in use. Choose another with --port (0 picks a free one).`,
      );
      return 1;
    }
    throw error;
  }
  const saved = api.store.decisionLog().length;
  console.log(
    options.dataFile === null
      ? 'Decisions are kept in memory only.'
      : `Decisions persist in ${options.dataFile}${saved > 0 ? ` (${saved} replayed)` : ''}.`,
  );
  console.log(`Mock API listening on ${api.url}/api/v1 (Ctrl-C to stop)`);

  const stop = (signal: string) => {
    console.log(`\n${signal}: stopping…`);
    api
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return null;
}

main()
  .then((code) => {
    if (code !== null) process.exit(code);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
