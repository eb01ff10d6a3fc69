import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FilterTags } from '@/components/filters';
import { contractsQuerySchema } from '@/lib/contract';
import { useSearchQuery } from '@/lib/url/use-search-query';
import { filterReference } from './reference-fixture';
import { renderWithUrl } from './render-with-url';

const LIVERPOOL = 'E08000012';
const SEFTON = 'E08000014';
const url = `/contracts?borough=${LIVERPOOL}&borough=${SEFTON}&theme=jobs&period=2025-26&status=live&sort=-value&page=4`;
const statusSchema = z.object({ status: contractsQuerySchema.shape.status });

/** A page's own filter (status) shown as tags beside the shared ones, as the register does. */
function TagsWithStatus() {
  const { query } = useSearchQuery(statusSchema);
  const extraTags = query.status.map((status) => ({
    param: 'status',
    value: status,
    label: status === 'live' ? 'Live' : status,
  }));
  return <FilterTags reference={filterReference} extraTags={extraTags} />;
}

describe('FilterTags', () => {
  it('lists each selected filter as a removable tag', () => {
    renderWithUrl(<TagsWithStatus />, url);
    const list = screen.getByRole('list', { name: 'Selected filters' });
    expect(list.querySelectorAll('li')).toHaveLength(5);
    for (const name of ['Liverpool', 'Sefton', 'Good jobs and skills', '2025/26', 'Live']) {
      expect(screen.getByRole('button', { name: `Remove filter: ${name}` })).toBeInTheDocument();
    }
  });

  it('removes one filter, keeps the rest, returns to page 1 and keeps focus in the tags', async () => {
    const { user, params } = renderWithUrl(<TagsWithStatus />, url);
    await user.click(screen.getByRole('button', { name: 'Remove filter: Liverpool' }));
    expect(params().getAll('borough')).toEqual([SEFTON]);
    expect(params().get('theme')).toBe('jobs');
    expect(params().get('page')).toBeNull();
    expect(params().get('sort')).toBe('-value');
    expect(screen.queryByRole('button', { name: 'Remove filter: Liverpool' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter: Sefton' })).toHaveFocus();
  });

  it('removes a page-specific filter', async () => {
    const { user, params } = renderWithUrl(<TagsWithStatus />, url);
    await user.click(screen.getByRole('button', { name: 'Remove filter: Live' }));
    expect(params().has('status')).toBe(false);
  });

  it('clears all filters but keeps the sort, then says none are selected', async () => {
    const { user, params } = renderWithUrl(<TagsWithStatus />, url);
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(params().toString()).toBe('sort=-value');
    expect(screen.queryByRole('list', { name: 'Selected filters' })).not.toBeInTheDocument();
    expect(screen.getByText('No filters selected')).toHaveFocus();
  });

  it('shows nothing to remove when no filter is selected', () => {
    renderWithUrl(<FilterTags reference={filterReference} />, '/contracts?sort=-value');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
