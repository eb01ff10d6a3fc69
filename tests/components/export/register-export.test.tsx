import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockStore } from '@mocks/node';
import { AppProviders } from '@/app/providers';
import { routes } from '@/app/routes';
import { createQueryClient } from '@/lib/api/query-client';
import { contractsQuerySchema } from '@/lib/contract';
import { CSV_METADATA_LINES } from '@/lib/export/csv';
import { ExportContext, type ExportServices } from '@/lib/export/export-context';
import { runExportJob } from '@/lib/export/run-export-job';

/** The real app, with exports run in this thread (jsdom has no Web Workers) and files kept to read. */
function renderApp(path: string) {
  const saved: { file: Blob; fileName: string }[] = [];
  const services: ExportServices = {
    run: (job, { onProgress, signal }) => runExportJob(job, { fetch: (...args) => fetch(...args), onProgress, signal }),
    save: (file, fileName) => saved.push({ file, fileName }),
  };
  render(
    <AppProviders queryClient={createQueryClient({ forTests: true })}>
      <ExportContext.Provider value={services}>
        <RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />
      </ExportContext.Provider>
    </AppProviders>,
  );
  return { saved, user: userEvent.setup() };
}

describe('exporting the register', () => {
  afterEach(() => vi.useRealTimers());

  it('saves every contract the filter matches, in the order and columns on screen', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 10, 25, 10, 30) });
    const query = contractsQuerySchema.parse({ status: ['live'], sort: '-value', pageSize: '10' });
    const expected = mockStore.listContracts({ ...query, page: 1, pageSize: 500 });
    expect(expected.total, 'more than one page on screen').toBeGreaterThan(10);

    const { saved, user } = renderApp('/contracts?status=live&sort=-value&pageSize=10');
    await user.click(await screen.findByRole('button', { name: 'Export CSV of contracts' }));

    expect(
      await screen.findByText(`Downloaded contracts-2026-11-25T1030.csv: ${expected.total} rows.`),
    ).toBeInTheDocument();
    expect(saved.map((s) => s.fileName)).toEqual(['contracts-2026-11-25T1030.csv']);
    const text = await saved[0]?.file.text();
    const lines = Papa.parse<string[]>(text?.replace(/^\uFEFF/, '') ?? '', { newline: '\r\n' }).data;
    expect(lines[1]?.[1]).toBe('Status: Live; RAG and % of expected on verified figures; Sorted by Value, descending');
    expect(lines[CSV_METADATA_LINES]?.slice(0, 3)).toEqual(['Reference', 'Title', 'Supplier']);
    const rows = lines.slice(CSV_METADATA_LINES + 1);
    expect(rows.map((row) => row[0])).toEqual(expected.items.map((c) => c.reference));
  });
});
