import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExportButtons } from '@/components/export';
import { ProblemError } from '@/lib/api/errors';
import { ExportPageError } from '@/lib/export/errors';
import { ExportContext } from '@/lib/export/export-context';
import type { ExportJob, ExportProgress, ExportResult, ExportRunner } from '@/lib/export/job';

interface Call {
  job: ExportJob;
  signal: AbortSignal;
  progress: (p: ExportProgress) => void;
  resolve: (result: ExportResult) => void;
  reject: (error: unknown) => void;
}

/** A runner the test drives by hand: report progress, finish or fail when the test says. */
function manualRunner() {
  const calls: Call[] = [];
  const run: ExportRunner = (job, { onProgress, signal }) =>
    new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason));
      calls.push({ job, signal, progress: (p) => act(() => onProgress(p)), resolve, reject });
    });
  const last = () => {
    const call = calls.at(-1);
    if (!call) throw new Error('the runner was not called');
    return call;
  };
  return { run, calls, last };
}

function setup() {
  const runner = manualRunner();
  const save = vi.fn();
  const { unmount } = render(
    <ExportContext.Provider value={{ run: runner.run, save }}>
      <ExportButtons
        title="Contracts"
        fileStem="contracts"
        filters={['Borough: Liverpool']}
        source={{ kind: 'rows', columns: [{ id: 'ref', header: 'Reference', type: 'text' }], rows: [{ ref: 'A' }] }}
        columns={['ref']}
      />
    </ExportContext.Provider>,
  );
  return { runner, save, unmount, user: userEvent.setup() };
}

const file = new Blob(['x'], { type: 'text/csv' });
const fetching = (fetched: number): ExportProgress => ({ phase: 'fetching', fetched, total: 20_000, written: fetched });

describe('ExportButtons', () => {
  it('offers CSV and Excel, named for the table', () => {
    setup();
    expect(screen.getByRole('button', { name: 'Export CSV of contracts' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export Excel of contracts' })).toBeInTheDocument();
  });

  it('runs the job with the view, shows progress and downloads the file', async () => {
    const { runner, save, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export Excel of contracts' }));

    expect(runner.last().job).toMatchObject({
      format: 'xlsx',
      title: 'Contracts',
      fileStem: 'contracts',
      filters: ['Borough: Liverpool'],
      columns: ['ref'],
      viewUrl: window.location.href,
      apiBaseUrl: '/api/v1',
    });
    expect(screen.getByRole('status')).toHaveTextContent('Starting the Excel export…');

    runner.last().progress(fetching(1_500));
    expect(screen.getByRole('status')).toHaveTextContent('Fetched 1,500 of 20,000 rows');
    const bar = screen.getByRole('progressbar', { name: 'Fetched 1,500 of 20,000 rows' });
    expect(bar).toHaveAttribute('value', '1500');
    expect(bar).toHaveAttribute('max', '20000');

    await act(async () =>
      runner.last().resolve({ file, fileName: 'contracts-2026-11-25T1030.xlsx', rowCount: 20_000 }),
    );
    expect(save).toHaveBeenCalledWith(file, 'contracts-2026-11-25T1030.xlsx');
    expect(screen.getByRole('status')).toHaveTextContent('Downloaded contracts-2026-11-25T1030.xlsx: 20,000 rows.');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('announces progress politely: each phase, not every page', async () => {
    const { runner, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export CSV of contracts' }));
    runner.last().progress(fetching(500));
    runner.last().progress(fetching(1_000));
    // the visible text follows every page; the live region waits a few seconds
    expect(screen.getByRole('progressbar', { name: 'Fetched 1,000 of 20,000 rows' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Fetched 500 of 20,000 rows');
    runner.last().progress({ phase: 'writing', fetched: 20_000, total: 20_000, written: 20_000 });
    expect(screen.getByRole('status')).toHaveTextContent('Writing 20,000 rows to the file…');
  });

  it('ignores another export while one is running', async () => {
    const { runner, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export CSV of contracts' }));
    const excel = screen.getByRole('button', { name: 'Export Excel of contracts' });
    expect(excel).toHaveAttribute('aria-disabled', 'true');
    await user.click(excel);
    expect(runner.calls).toHaveLength(1);
  });

  it('cancels: no file, a message, and focus back on the export button', async () => {
    const { runner, save, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export CSV of contracts' }));
    runner.last().progress(fetching(500));
    await user.click(screen.getByRole('button', { name: 'Cancel export of contracts' }));

    expect(runner.last().signal.aborted).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent('Export cancelled. No file was made.');
    expect(screen.queryByRole('button', { name: /Cancel/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV of contracts' })).toHaveFocus();
    expect(save).not.toHaveBeenCalled();
  });

  it('explains a failure and retries the same format', async () => {
    const { runner, save, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export CSV of contracts' }));
    const problem = new ProblemError('/contracts', {
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
    });
    await act(async () => runner.last().reject(new ExportPageError('contracts', 2, 40, problem)));

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The export stopped');
    expect(alert).toHaveTextContent(
      'Page 2 of 40 of the contracts could not be fetched: sorry, there is a problem with the service. No file was made.',
    );
    expect(save).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Retry export of contracts as CSV' }));
    expect(runner.calls).toHaveLength(2);
    expect(runner.last().job.format).toBe('csv');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV of contracts' })).toHaveFocus();

    await act(async () => runner.last().resolve({ file, fileName: 'contracts.csv', rowCount: 1 }));
    expect(screen.getByRole('status')).toHaveTextContent('Downloaded contracts.csv: 1 row.');
  });

  it('abandons a running export when the table goes away', async () => {
    const { runner, user, unmount } = setup();
    await user.click(screen.getByRole('button', { name: 'Export CSV of contracts' }));
    unmount();
    expect(runner.last().signal.aborted).toBe(true);
  });
});
