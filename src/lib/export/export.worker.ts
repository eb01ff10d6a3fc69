/**
 * The export Web Worker: a thin message adapter over `runExportJob`, so fetching every page
 * and writing a 20,000-row file never blocks the page. One worker per export.
 */
import { describeExportFailure } from './errors';
import { runExportJob } from './run-export-job';
import type { FromExportWorker, ToExportWorker } from './worker-protocol';

const controller = new AbortController();

function post(message: FromExportWorker): void {
  self.postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<ToExportWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    controller.abort();
    return;
  }
  runExportJob(message.job, {
    fetch: (input, init) => fetch(input, init),
    signal: controller.signal,
    onProgress: (progress) => post({ type: 'progress', progress }),
  }).then(
    // A Blob is posted by reference, not copied, so even a large file costs nothing to hand back.
    (result) => post({ type: 'done', result }),
    (error: unknown) =>
      post(
        controller.signal.aborted ? { type: 'cancelled' } : { type: 'failed', failure: describeExportFailure(error) },
      ),
  );
});
