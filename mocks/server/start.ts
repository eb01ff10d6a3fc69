import { generateDataset } from '@/lib/demo-data/generate';
import { createHandlers } from '@mocks/handlers';
import {
  createMockStore,
  DecisionReplayError,
  restoreDecisionFile,
  toDecisionFile,
  type MockStore,
} from '@mocks/store';
import { DataFileError, readDataFile, writeDataFile } from './data-file';
import { close, createMockHttpServer, listen } from './http';

export interface MockApiOptions {
  port: number;
  host: string;
  seed: number;
  contracts: number;
  /** Where decisions persist; null keeps them in memory only. */
  dataFile: string | null;
  latencyMs: number;
}

export interface RunningMockApi {
  /** Base URL of the server (the API is under `/api/v1`). */
  url: string;
  store: MockStore;
  /** Stops listening and waits for the last decision to be written. */
  close: () => Promise<void>;
}

/**
 * The standalone mock API: generates the data set, replays the decisions saved in the data file
 * (a missing file is a fresh start; an unreadable one is an error, never a silent reset), saves
 * the decisions after each change and serves the msw handlers over HTTP.
 */
export async function startMockApi(options: MockApiOptions): Promise<RunningMockApi> {
  const store = createMockStore(generateDataset({ seed: options.seed, contracts: options.contracts }));
  const { dataFile } = options;

  let writes = Promise.resolve();
  let writeError: unknown = null;
  if (dataFile !== null) {
    const saved = await readDataFile(dataFile);
    if (saved !== null) {
      try {
        restoreDecisionFile(store, saved);
      } catch (error) {
        if (!(error instanceof DecisionReplayError)) throw error;
        throw new DataFileError(
          `The data file ${dataFile} cannot be replayed: ${error.message} ` +
            'Start with the seed and size it was saved for, move the file, or use another --data-file.',
        );
      }
    }
    // Writes run one after another, each saving the log as it stands then, so the last one wins.
    store.subscribe(() => {
      writes = writes
        .then(() => writeDataFile(dataFile, toDecisionFile(store)))
        .catch((error: unknown) => {
          writeError = error;
          console.error(`Could not save decisions to ${dataFile}:`, error);
        });
    });
  }

  const server = createMockHttpServer(createHandlers(store, { latencyMs: options.latencyMs }));
  const url = await listen(server, options.port, options.host);
  // Build the indexes now rather than on the first requests; requests meanwhile simply wait.
  setImmediate(() => store.warm());
  return {
    url,
    store,
    close: async () => {
      await close(server);
      await writes;
      if (writeError) throw writeError;
    },
  };
}
