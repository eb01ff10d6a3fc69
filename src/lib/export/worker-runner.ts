import { ExportFailedError } from './errors';
import type { ExportRunner } from './job';
import type { FromExportWorker, ToExportWorker } from './worker-protocol';

/** How long a cancelled worker may take to stop by itself before it is terminated. */
const CANCEL_GRACE_MS = 1_000;

/**
 * Runs an export in a new module Web Worker and settles with its file. Loaded with `import()`
 * only when someone exports, so neither this nor the writers are in the initial bundle.
 */
export const runInWorker: ExportRunner = (job, { onProgress, signal }) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'export' });
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    const send = (message: ToExportWorker) => worker.postMessage(message);
    const finish = () => {
      clearTimeout(graceTimer);
      signal.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    const onAbort = () => {
      send({ type: 'cancel' });
      // The worker stops between pages; if it is inside one long write, stop it outright.
      graceTimer = setTimeout(() => {
        finish();
        reject(signal.reason);
      }, CANCEL_GRACE_MS);
    };

    worker.addEventListener('message', (event: MessageEvent<FromExportWorker>) => {
      const message = event.data;
      switch (message.type) {
        case 'progress':
          onProgress(message.progress);
          return;
        case 'done':
          finish();
          resolve(message.result);
          return;
        case 'failed':
          finish();
          reject(new ExportFailedError(message.failure.title, message.failure.message));
          return;
        case 'cancelled':
          finish();
          reject(signal.reason);
      }
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(
        new ExportFailedError(
          'The export could not start',
          `${event.message || 'The export worker failed to load.'} Reload the page, then try again.`,
        ),
      );
    });

    if (signal.aborted) {
      finish();
      reject(signal.reason);
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    send({ type: 'start', job });
  });
