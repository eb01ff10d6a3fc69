import type { AuditQuery, ContractsQuery, EvidenceQuery } from '@/lib/contract';
import type { ExportColumn, ExportFormat, ExportRecord } from './types';

/** A filtered, sorted list the API pages through; the export fetches every page of it. */
export type ApiExportSource =
  | { kind: 'api'; resource: 'contracts'; query: ContractsQuery }
  | { kind: 'api'; resource: 'evidence'; query: EvidenceQuery }
  | { kind: 'api'; resource: 'audit'; query: AuditQuery };

/** A table already whole in memory (dashboard breakdowns, a contract's commitments and returns). */
export interface RowsExportSource {
  kind: 'rows';
  columns: readonly ExportColumn[];
  rows: readonly ExportRecord[];
}

export type ExportSource = ApiExportSource | RowsExportSource;

/** Everything a worker needs to build one file; plain data, so it can be posted to a worker. */
export interface ExportJob {
  format: ExportFormat;
  source: ExportSource;
  /** The ids of the table's visible columns, in the order shown. Without it, every column. */
  columns?: readonly string[];
  title: string;
  fileStem: string;
  filters: readonly string[];
  viewUrl: string;
  /** The API base URL; a relative one is resolved against the worker's own location. */
  apiBaseUrl: string;
  /** The demo user the app acts as (workers cannot read the app's localStorage). */
  demoUserId?: string;
}

export interface ExportProgress {
  phase: 'fetching' | 'writing';
  fetched: number;
  /** Known after the first page. */
  total: number | null;
  /** Rows turned into cells so far. */
  written: number;
}

export interface ExportResult {
  file: Blob;
  fileName: string;
  rowCount: number;
}

/** Runs a job somewhere (a Web Worker in the app; directly in tests). */
export type ExportRunner = (
  job: ExportJob,
  options: { onProgress: (progress: ExportProgress) => void; signal: AbortSignal },
) => Promise<ExportResult>;
