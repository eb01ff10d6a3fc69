import { createContext } from 'react';
import { saveFile } from './download';
import type { ExportRunner } from './job';

export interface ExportServices {
  run: ExportRunner;
  save: (file: Blob, fileName: string) => void;
}

/** The Web Worker runner, fetched with the export code only when someone first exports. */
const runInWorker: ExportRunner = async (job, options) => {
  const { runInWorker: run } = await import('./worker-runner');
  return run(job, options);
};

/**
 * Where exports run and how files are saved. The app uses the defaults; tests provide a
 * runner that works without Web Workers and a `save` that keeps the file to inspect.
 */
export const ExportContext = createContext<ExportServices>({ run: runInWorker, save: saveFile });
