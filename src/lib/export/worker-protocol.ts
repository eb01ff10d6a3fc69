import type { ExportFailure } from './errors';
import type { ExportJob, ExportProgress, ExportResult } from './job';

export type ToExportWorker = { type: 'start'; job: ExportJob } | { type: 'cancel' };

export type FromExportWorker =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; result: ExportResult }
  | { type: 'failed'; failure: ExportFailure }
  | { type: 'cancelled' };
