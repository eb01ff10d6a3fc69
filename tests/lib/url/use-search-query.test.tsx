import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contractsQuerySchema } from '@/lib/contract';
import { readSearchQuery, writeSearchQuery } from '@/lib/url/search-query';
import { useSearchQuery } from '@/lib/url/use-search-query';

const LIVERPOOL = 'E08000012';
const SEFTON = 'E08000014';

function Probe() {
  const { query, setQuery, hrefFor, issues } = useSearchQuery(contractsQuerySchema);
  return (
    <>
      <output aria-label="query">{JSON.stringify(query)}</output>
      <ul aria-label="issues">
        {issues.map((issue) => (
          <li key={`${issue.name}=${issue.value}`}>{`${issue.name}=${issue.value}`}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setQuery({ borough: [LIVERPOOL, SEFTON] })}>
        Two boroughs
      </button>
      <button type="button" onClick={() => setQuery({ page: 3 })}>
        Page 3
      </button>
      <button type="button" onClick={() => setQuery({ sort: '-value' }, { replace: true })}>
        Sort by value
      </button>
      <button type="button" onClick={() => setQuery({ q: undefined })}>
        Clear search
      </button>
      <a href={hrefFor({ page: 2 })}>Next page</a>
    </>
  );
}

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '/contracts', element: <Probe /> }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  const query = () => JSON.parse(screen.getByRole('status', { name: 'query' }).textContent ?? '{}') as unknown;
  return { router, query, user: userEvent.setup() };
}

describe('useSearchQuery', () => {
  it('reads defaults when the URL is silent', () => {
    const { query } = renderAt('/contracts');
    expect(query()).toEqual(contractsQuerySchema.parse({}));
  });

  it('reads repeatable and single parameters', () => {
    const { query } = renderAt(`/contracts?borough=${LIVERPOOL}&borough=${SEFTON}&q=roads&page=2&sort=-value`);
    expect(query()).toMatchObject({ borough: [LIVERPOOL, SEFTON], q: 'roads', page: 2, sort: '-value' });
  });

  it('drops an invalid value, keeps the valid ones and reports it', () => {
    const { query } = renderAt(`/contracts?borough=XYZ&borough=${LIVERPOOL}&theme=jobs&page=nope`);
    expect(query()).toMatchObject({ borough: [LIVERPOOL], theme: ['jobs'], page: 1 });
    const issues = screen.getByRole('list', { name: 'issues' });
    expect(issues).toHaveTextContent('borough=XYZ');
    expect(issues).toHaveTextContent('page=nope');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('writes a change to the URL and reads it back (round trip), with a history entry', async () => {
    const { router, query, user } = renderAt('/contracts?q=roads');
    await user.click(screen.getByRole('button', { name: 'Two boroughs' }));
    expect(router.state.location.search).toBe(`?borough=${LIVERPOOL}&borough=${SEFTON}&q=roads`);
    expect(query()).toMatchObject({ borough: [LIVERPOOL, SEFTON], q: 'roads' });
    await act(() => router.navigate(-1));
    expect(query()).toMatchObject({ borough: [] });
  });

  it('resets page to 1 on any change but page', async () => {
    const { router, user } = renderAt('/contracts?page=4');
    await user.click(screen.getByRole('button', { name: 'Page 3' }));
    expect(router.state.location.search).toBe('?page=3');
    await user.click(screen.getByRole('button', { name: 'Sort by value' }));
    expect(router.state.location.search).toBe('?sort=-value');
  });

  it('replaces the history entry when asked', async () => {
    const { router, user } = renderAt('/contracts');
    await user.click(screen.getByRole('button', { name: 'Sort by value' }));
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('resets a field to its default with undefined, leaving no parameter behind', async () => {
    const { router, user } = renderAt('/contracts?q=roads&status=live');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(router.state.location.search).toBe('?status=live');
  });

  it('keeps parameters the schema does not name', async () => {
    const { router, user } = renderAt('/contracts?selected=c42&q=roads');
    await user.click(screen.getByRole('button', { name: 'Two boroughs' }));
    expect(new URLSearchParams(router.state.location.search).get('selected')).toBe('c42');
  });

  it('builds real links for a patch', () => {
    renderAt(`/contracts?borough=${LIVERPOOL}`);
    expect(screen.getByRole('link', { name: 'Next page' })).toHaveAttribute(
      'href',
      `/contracts?borough=${LIVERPOOL}&page=2`,
    );
  });
});

describe('writeSearchQuery', () => {
  const schema = z.object({
    borough: contractsQuerySchema.shape.borough,
    tab: z.enum(['chart', 'table']).default('chart'),
  });

  it('drops page owned by another schema when a filter changes', () => {
    const next = writeSearchQuery(schema, new URLSearchParams('page=5&sort=-value'), { borough: [LIVERPOOL] });
    expect(next.toString()).toBe(`borough=${LIVERPOOL}&sort=-value`);
  });

  it('keeps page when told the change does not affect the list', () => {
    const next = writeSearchQuery(schema, new URLSearchParams('page=5'), { tab: 'table' }, { resetPage: false });
    expect(next.toString()).toBe('tab=table&page=5');
  });

  it('keeps page when nothing actually changed', () => {
    const next = writeSearchQuery(schema, new URLSearchParams('page=5&tab=table'), { tab: 'table' });
    expect(next.toString()).toBe('tab=table&page=5');
  });

  it('cleans invalid values out of the URL it writes', () => {
    const next = writeSearchQuery(schema, new URLSearchParams('borough=XYZ&tab=map'), { borough: [SEFTON] });
    expect(next.toString()).toBe(`borough=${SEFTON}`);
  });
});

describe('readSearchQuery', () => {
  it('ignores empty values without reporting them', () => {
    const { query, issues } = readSearchQuery(contractsQuerySchema, new URLSearchParams('q=&borough='));
    expect(issues).toEqual([]);
    expect(query.q).toBeUndefined();
  });

  it('reports a cross-field failure and falls back to defaults', () => {
    const schema = z
      .object({ from: z.string().optional(), to: z.string().optional() })
      .refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'from after to', path: ['from'] });
    const { query, issues } = readSearchQuery(schema, new URLSearchParams('from=2026-02-01&to=2026-01-01'));
    expect(query).toEqual({});
    expect(issues).toEqual([{ name: 'from', value: '2026-02-01', reason: 'from after to' }]);
  });
});
