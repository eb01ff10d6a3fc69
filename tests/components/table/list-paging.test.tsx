import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ListPaging } from '@/components/table';

function renderPaging() {
  const search = {
    hrefFor: ({ page }: { page: number }) => `/audit?page=${page}`,
    prefetch: vi.fn(),
    setQueryWhenReady: vi.fn(),
    setQuery: vi.fn(),
  };
  const element = <ListPaging page={2} pageCount={5} pageSize={25} label="Audit log pages" search={search} />;
  const router = createMemoryRouter([{ path: '/audit', element }], { initialEntries: ['/audit?page=2'] });
  render(<RouterProvider router={router} />);
  return { search, user: userEvent.setup() };
}

describe('ListPaging', () => {
  it('links each page to its URL and fetches a page when the pointer is over its link', async () => {
    const { search, user } = renderPaging();
    const nav = screen.getByRole('navigation', { name: 'Audit log pages' });
    const page3 = within(nav).getByRole('link', { name: 'Page 3' });
    expect(page3).toHaveAttribute('href', '/audit?page=3');
    await user.hover(page3);
    expect(search.prefetch).toHaveBeenCalledWith({ page: 3 });
  });

  it('changes the page when its rows are ready, opening it at the top like the link would', async () => {
    const { search, user } = renderPaging();
    await user.click(screen.getByRole('link', { name: 'Next page' }));
    expect(search.setQueryWhenReady).toHaveBeenCalledWith({ page: 3 }, { preventScrollReset: false });
  });

  it('sets the page size in the URL', async () => {
    const { search, user } = renderPaging();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '50');
    expect(search.setQuery).toHaveBeenCalledWith({ pageSize: 50 });
  });
});
