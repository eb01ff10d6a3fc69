import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { describeExportFailure } from './errors';
import { ExportContext } from './export-context';
import type { ExportJob, ExportProgress } from './job';
import type { ExportFormat } from './types';

/** A screen reader would queue every page's progress; announce at most this often. */
export const ANNOUNCE_EVERY_MS = 3_000;

export type ExportState =
  | { status: 'idle' }
  | {
      status: 'running';
      format: ExportFormat;
      progress: ExportProgress | null;
      /** The progress last worth announcing: each phase, then at most every few seconds. */
      announced: ExportProgress | null;
    }
  | { status: 'done'; format: ExportFormat; fileName: string; rowCount: number }
  | { status: 'failed'; format: ExportFormat; title: string; message: string }
  | { status: 'cancelled'; format: ExportFormat };

export interface UseExport {
  state: ExportState;
  /** Starts an export (cancelling one still running) and downloads its file when done. */
  start: (job: ExportJob) => void;
  cancel: () => void;
}

/** One table's export: runs the job off the main thread, tracks progress, saves the file. */
export function useExport(): UseExport {
  const { run, save } = useContext(ExportContext);
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);

  const cancel = useCallback(() => running.current?.abort(), []);

  const start = useCallback(
    (job: ExportJob) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const { format } = job;
      const isCurrent = () => running.current === controller;
      let announced: ExportProgress | null = null;
      let announcedAt = 0;
      setState({ status: 'running', format, progress: null, announced });
      // A cancelled job is reported at once: the worker may take a moment to notice.
      controller.signal.addEventListener('abort', () => {
        if (isCurrent()) setState({ status: 'cancelled', format });
      });
      run(job, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (!isCurrent() || controller.signal.aborted) return;
          const now = Date.now();
          if (announced?.phase !== progress.phase || now - announcedAt >= ANNOUNCE_EVERY_MS) {
            announced = progress;
            announcedAt = now;
          }
          setState({ status: 'running', format, progress, announced });
        },
      }).then(
        (result) => {
          if (!isCurrent() || controller.signal.aborted) return;
          running.current = null;
          save(result.file, result.fileName);
          setState({ status: 'done', format, fileName: result.fileName, rowCount: result.rowCount });
        },
        (error: unknown) => {
          if (!isCurrent() || controller.signal.aborted) return;
          running.current = null;
          setState({ status: 'failed', format, ...describeExportFailure(error) });
        },
      );
    },
    [run, save],
  );

  // Leaving the page abandons the export rather than downloading a file nobody waits for.
  useEffect(() => () => running.current?.abort(), []);

  return { state, start, cancel };
}
