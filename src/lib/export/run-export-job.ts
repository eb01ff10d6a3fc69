import { referenceDataSchema, toSearchParams, type Page } from '@/lib/contract';
import type { z } from 'zod';
import { toCsv } from './csv';
import { ExportDataChangedError, ExportPageError } from './errors';
import { fetchJson, type FetchContext } from './fetch-json';
import { exportFileName } from './file-name';
import type { ApiExportSource, ExportJob, ExportProgress, ExportResult, RowsExportSource } from './job';
import { pageStream } from './page-stream';
import { exportResources } from './resources';
import {
  describeColumn,
  labelContext,
  selectColumns,
  type LabelContext,
  type ResourceColumn,
} from './resources/resource-column';
import type { ExportColumn, ExportFormat, ExportTable, ExportValue } from './types';
import { toXlsx } from './xlsx';

/** The API's largest page: fewest round trips for a whole list. */
export const EXPORT_PAGE_SIZE = 500;
/** Requests kept in flight: the API works on the next pages while this one is read. */
const PAGES_IN_FLIGHT = 3;

export interface ExportJobDeps {
  fetch: typeof fetch;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  now?: () => Date;
  pageSize?: number;
}

interface Collected {
  columns: ExportColumn[];
  rows: ExportValue[][];
}

interface PagedResource<T> {
  noun: string;
  path: string;
  pageSchema: z.ZodType<Page<T>>;
  querySchema: z.ZodObject;
  columns: readonly ResourceColumn<T>[];
}

/**
 * Builds one export file: fetches every page of the filtered, sorted list (or takes rows
 * already in memory), turns items into typed cells in the visible column order, and writes
 * CSV or Excel. Any failed page, a list that changes mid-way, or cancelling ends it with an
 * error and no file: a partial export must never look like a whole one.
 */
export async function runExportJob(job: ExportJob, deps: ExportJobDeps): Promise<ExportResult> {
  const table = await buildExportTable(job, deps);
  const file = await writeExportFile(table, job.format);
  deps.signal?.throwIfAborted();
  return {
    file,
    fileName: exportFileName(job.fileStem, table.meta.generatedAt, job.format),
    rowCount: table.rows.length,
  };
}

/** The table to write, with its description: every row of the job's source, as typed cells. */
export async function buildExportTable(job: ExportJob, deps: ExportJobDeps): Promise<ExportTable> {
  const signal = deps.signal ?? new AbortController().signal;
  const report = deps.onProgress ?? (() => undefined);
  const ctx: FetchContext = { fetch: deps.fetch, apiBaseUrl: job.apiBaseUrl, demoUserId: job.demoUserId, signal };

  const reference = await fetchJson(ctx, '/reference', referenceDataSchema);
  const collected =
    job.source.kind === 'api'
      ? await collectApi(job.source, job.columns, ctx, labelContext(reference), report, deps.pageSize)
      : collectRows(job.source, job.columns, report);
  signal.throwIfAborted();
  const generatedAt = (deps.now ?? (() => new Date()))();
  return {
    ...collected,
    meta: { title: job.title, filters: job.filters, asOf: reference.asOf, generatedAt, viewUrl: job.viewUrl },
  };
}

export async function writeExportFile(table: ExportTable, format: ExportFormat): Promise<Blob> {
  return format === 'csv' ? new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }) : toXlsx(table);
}

function collectApi(
  source: ApiExportSource,
  visible: readonly string[] | undefined,
  ctx: FetchContext,
  labels: LabelContext,
  report: (progress: ExportProgress) => void,
  pageSize = EXPORT_PAGE_SIZE,
): Promise<Collected> {
  const args = [visible, ctx, labels, report, pageSize] as const;
  switch (source.resource) {
    case 'contracts':
      return collectPages(exportResources.contracts, source.query, ...args);
    case 'evidence':
      return collectPages(exportResources.evidence, source.query, ...args);
    case 'audit':
      return collectPages(exportResources.audit, source.query, ...args);
  }
}

async function collectPages<T>(
  resource: PagedResource<T>,
  query: object,
  visible: readonly string[] | undefined,
  ctx: FetchContext,
  labels: LabelContext,
  report: (progress: ExportProgress) => void,
  pageSize: number,
): Promise<Collected> {
  const columns = selectColumns(resource.columns, visible);
  const rows: ExportValue[][] = [];
  let total: number | null = null;
  let pageCount: number | null = null;
  const fetchPage = async (page: number, signal: AbortSignal): Promise<Page<T>> => {
    const params = toSearchParams(resource.querySchema, { ...query, page, pageSize });
    try {
      return await fetchJson({ ...ctx, signal }, resource.path, resource.pageSchema, params);
    } catch (error) {
      if (signal.aborted) throw error;
      throw new ExportPageError(resource.noun, page, pageCount, error);
    }
  };
  for await (const result of pageStream(fetchPage, ctx.signal, PAGES_IN_FLIGHT)) {
    ctx.signal.throwIfAborted();
    if (total !== null && result.total !== total) throw new ExportDataChangedError(resource.noun, total, result.total);
    total = result.total;
    pageCount = result.pageCount;
    for (const item of result.items) rows.push(columns.map((column) => column.value(item, labels)));
    report({ phase: 'fetching', fetched: rows.length, total, written: rows.length });
  }
  if (total !== null && rows.length !== total) throw new ExportDataChangedError(resource.noun, total, rows.length);
  report({ phase: 'writing', fetched: rows.length, total: rows.length, written: rows.length });
  return { columns: columns.map(describeColumn), rows };
}

function collectRows(
  source: RowsExportSource,
  visible: readonly string[] | undefined,
  report: (progress: ExportProgress) => void,
): Collected {
  const columns = visible
    ? visible.flatMap((id) => source.columns.filter((column) => column.id === id))
    : [...source.columns];
  const rows = source.rows.map((record) => columns.map((column) => record[column.id] ?? null));
  report({ phase: 'writing', fetched: rows.length, total: rows.length, written: rows.length });
  return { columns, rows };
}
