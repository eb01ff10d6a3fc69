import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { Pagination, pageItems } from '@/components/table';
import { contractsQuerySchema } from '@/lib/contract';
import { useSearchQuery } from '@/lib/url/use-search-query';

describe('pageItems', () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, 'ellipsis', 10]],
    [5, 40, [1, 'ellipsis', 4, 5, 6, 'ellipsis', 40]],
    [3, 10, [1, 2, 3, 4, 'ellipsis', 10]],
    [4, 10, [1, 2, 3, 4, 5, 'ellipsis', 10]],
    [10, 10, [1, 'ellipsis', 9, 10]],
  ])('page %i of %i', (page, count, expected) => {
    expect(pageItems(page, count)).toEqual(expected);
  });
});

function UrlPagination({ pageCount }: { pageCount: number }) {
  const { query, hrefFor } = useSearchQuery(contractsQuerySchema);
  return (
    <>
      <p>On page {query.page}</p>
      <Pagination
        page={query.page}
        pageCount={pageCount}
        label="Contract pages"
        hrefForPage={(page) => hrefFor({ page })}
      />
    </>
  );
}

function renderAt(url: string, pageCount: number) {
  const router = createMemoryRouter([{ path: '/contracts', element: <UrlPagination pageCount={pageCount} /> }], {
    initialEntries: [url],
  });
  render(<RouterProvider router={router} />);
  return { router, user: userEvent.setup() };
}

describe('Pagination', () => {
  it('is a named navigation of real links with ellipses and the current page marked', () => {
    renderAt('/contracts?status=live&page=5', 40);
    const nav = screen.getByRole('navigation', { name: 'Contract pages' });
    const current = within(nav).getByRole('link', { name: 'Page 5' });
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Page 4' })).not.toHaveAttribute('aria-current');
    expect(within(nav).getByRole('link', { name: 'Page 40' })).toHaveAttribute(
      'href',
      '/contracts?status=live&page=40',
    );
    expect(within(nav).getAllByText('⋯')).toHaveLength(2);
    expect(within(nav).queryByRole('link', { name: 'Page 2' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Previous page' })).toHaveAttribute(
      'href',
      '/contracts?status=live&page=4',
    );
  });

  it('leaves page out of the link to page 1 and has no Previous on the first page', () => {
    renderAt('/contracts?page=2', 3);
    expect(screen.getByRole('link', { name: 'Page 1' })).toHaveAttribute('href', '/contracts');
    expect(screen.getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/contracts');
  });

  it('moves between pages through the URL', async () => {
    const { router, user } = renderAt('/contracts', 3);
    expect(screen.queryByRole('link', { name: 'Previous page' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Next page' }));
    expect(router.state.location.search).toBe('?page=2');
    expect(screen.getByText('On page 2')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Page 3' }));
    expect(screen.queryByRole('link', { name: 'Next page' })).not.toBeInTheDocument();
  });

  it('tells the page of intent (pointer or focus) and takes over plain clicks, leaving modified clicks to the link', async () => {
    const user = userEvent.setup();
    const onPageIntent = vi.fn();
    const onPageSelect = vi.fn();
    const router = createMemoryRouter(
      [
        {
          path: '/contracts',
          element: (
            <Pagination
              page={1}
              pageCount={3}
              hrefForPage={(page) => `/contracts?page=${page}`}
              onPageIntent={onPageIntent}
              onPageSelect={onPageSelect}
            />
          ),
        },
      ],
      { initialEntries: ['/contracts'] },
    );
    render(<RouterProvider router={router} />);

    await user.hover(screen.getByRole('link', { name: 'Page 3' }));
    expect(onPageIntent).toHaveBeenLastCalledWith(3);
    await user.click(screen.getByRole('link', { name: 'Next page' }));
    expect(onPageIntent).toHaveBeenLastCalledWith(2);
    expect(onPageSelect).toHaveBeenCalledWith(2);
    expect(router.state.location.search).toBe('');

    // The current page is no target: no intent and no take-over.
    onPageIntent.mockClear();
    await user.click(screen.getByRole('link', { name: 'Page 1' }));
    expect(onPageIntent).not.toHaveBeenCalled();

    onPageSelect.mockClear();
    await user.keyboard('{Control>}');
    await user.click(screen.getByRole('link', { name: 'Page 3' }));
    await user.keyboard('{/Control}');
    expect(onPageSelect).not.toHaveBeenCalled();
  });

  it('is hidden when there is one page or none', () => {
    const { unmount } = render(<Pagination page={1} pageCount={1} onPageChange={vi.fn()} />);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    unmount();
    render(<Pagination page={1} pageCount={0} onPageChange={vi.fn()} />);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('uses buttons when paging state is not in the URL', async () => {
    const user = userEvent.setup();
    const onPageChange = vi.fn();
    render(<Pagination page={2} pageCount={3} onPageChange={onPageChange} />);
    expect(screen.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onPageChange).toHaveBeenCalledWith(3);
    await user.click(screen.getByRole('button', { name: 'Page 1' }));
    expect(onPageChange).toHaveBeenLastCalledWith(1);
  });
});
