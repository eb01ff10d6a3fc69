import { useRef } from 'react';
import { API_BASE_URL } from '@/lib/api/client';
import { getDemoUserId } from '@/lib/api/demo-user';
import { formatNumber } from '@/lib/format';
import type { ExportProgress, ExportSource } from '@/lib/export/job';
import type { ExportFormat } from '@/lib/export/types';
import { useExport, type ExportState } from '@/lib/export/use-export';
import './export-buttons.css';

export interface ExportButtonsProps {
  /** What the table holds, as its caption names it: 'Contracts'. Titles the file and names the buttons. */
  title: string;
  /** The start of the file name: 'contracts' gives contracts-2026-11-25T1030.csv. */
  fileStem: string;
  /** The view's filters and sort, in words, for the file's description of itself. */
  filters: readonly string[];
  source: ExportSource;
  /** The ids of the table's visible columns, in the order shown. Without it, every column. */
  columns?: readonly string[];
}

const FORMAT_NAMES: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel' };

/**
 * Export CSV and Export Excel for one table: the whole filtered, sorted set (every page, from
 * the API) built in a Web Worker, with progress, cancel and a clear failure with Retry.
 */
export function ExportButtons({ title, fileStem, filters, source, columns }: ExportButtonsProps) {
  const { state, start, cancel } = useExport();
  const buttons = useRef<Record<ExportFormat, HTMLButtonElement | null>>({ csv: null, xlsx: null });
  const running = state.status === 'running';
  const tableName = lowerFirst(title);

  // Cancel and Retry disappear once used, so focus moves first to the button that started the export.
  const focusButton = (format: ExportFormat) => buttons.current[format]?.focus();

  const exportAs = (format: ExportFormat) =>
    start({
      format,
      source,
      columns,
      title,
      fileStem,
      filters,
      viewUrl: window.location.href,
      apiBaseUrl: API_BASE_URL,
      demoUserId: getDemoUserId(),
    });

  return (
    <div className="svm-export">
      <div className="svm-export__controls">
        {(['csv', 'xlsx'] as const).map((format) => (
          <button
            key={format}
            ref={(node) => {
              buttons.current[format] = node;
            }}
            type="button"
            className="svm-button svm-button--secondary svm-export__button"
            aria-label={`Export ${FORMAT_NAMES[format]} of ${tableName}`}
            aria-disabled={running || undefined}
            onClick={() => {
              if (!running) exportAs(format);
            }}
          >
            Export {FORMAT_NAMES[format]}
          </button>
        ))}
        {state.status === 'running' ? (
          <>
            <label className="svm-export__progress-text">
              {progressText(state.format, state.progress)}
              <progress
                className="svm-export__bar"
                max={state.progress?.total || undefined}
                value={state.progress?.total ? state.progress.fetched : undefined}
              />
            </label>
            <button
              type="button"
              className="svm-button svm-button--secondary svm-export__button"
              aria-label={`Cancel export of ${tableName}`}
              onClick={() => {
                focusButton(state.format);
                cancel();
              }}
            >
              Cancel
            </button>
          </>
        ) : null}
      </div>
      {state.status === 'failed' ? (
        <div role="alert" className="svm-export__failure">
          <p className="svm-export__failure-title">{state.title}</p>
          <p>{state.message}</p>
          <button
            type="button"
            className="svm-button svm-button--secondary svm-export__button"
            aria-label={`Retry export of ${tableName} as ${FORMAT_NAMES[state.format]}`}
            onClick={() => {
              focusButton(state.format);
              exportAs(state.format);
            }}
          >
            Retry
          </button>
        </div>
      ) : null}
      <p role="status" className="svm-export__status">
        {state.status === 'running' ? (
          <span className="svm-visually-hidden">{progressText(state.format, state.announced)}</span>
        ) : (
          statusText(state)
        )}
      </p>
    </div>
  );
}

function progressText(format: ExportFormat, progress: ExportProgress | null): string {
  if (!progress) return `Starting the ${FORMAT_NAMES[format]} export…`;
  if (progress.phase === 'writing') return `Writing ${formatNumber(progress.written)} rows to the file…`;
  if (progress.total === null) return `Fetched ${formatNumber(progress.fetched)} rows…`;
  return `Fetched ${formatNumber(progress.fetched)} of ${formatNumber(progress.total)} rows`;
}

function statusText(state: ExportState): string {
  switch (state.status) {
    case 'idle':
    case 'running':
    case 'failed':
      return '';
    case 'done':
      return `Downloaded ${state.fileName}: ${formatNumber(state.rowCount)} ${state.rowCount === 1 ? 'row' : 'rows'}.`;
    case 'cancelled':
      return 'Export cancelled. No file was made.';
  }
}

/** 'Contracts' -> 'contracts', but 'RAG counts' stays as it is. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
