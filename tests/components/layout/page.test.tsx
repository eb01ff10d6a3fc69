import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Page } from '@/components/layout/page';

function renderPage(element: React.ReactNode) {
  const router = createMemoryRouter([{ path: '*', element }]);
  return render(<RouterProvider router={router} />);
}

describe('Page', () => {
  it('sets the document title and shows the title as the h1, focusable for navigation', async () => {
    renderPage(<Page title="Contracts (page 2 of 40)" heading="Contracts" />);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Contracts' });
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(document.title).toBe('Contracts (page 2 of 40) – Social Value Monitor');
  });

  it('renders breadcrumbs as an ordered list of links, the current page last and not a link', async () => {
    renderPage(
      <Page
        title="LCRCA-2024-0137"
        breadcrumbs={[{ label: 'Contracts', href: '/contracts' }, { label: 'LCRCA-2024-0137' }]}
      />,
    );
    const trail = await screen.findByRole('navigation', { name: 'Breadcrumb' });
    const items = within(trail).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(trail).getByRole('link', { name: 'Contracts' })).toHaveAttribute('href', '/contracts');
    expect(within(trail).queryByRole('link', { name: 'LCRCA-2024-0137' })).toBeNull();
    expect(within(trail).getByText('LCRCA-2024-0137')).toHaveAttribute('aria-current', 'page');
  });

  it('shows the description and actions', async () => {
    renderPage(
      <Page
        title="Evidence"
        description="Evidence waiting for a decision"
        actions={<button type="button">Reset</button>}
      >
        <p>Body</p>
      </Page>,
    );
    expect(await screen.findByText('Evidence waiting for a decision')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset' })).toBeInTheDocument();
    expect(screen.getByText('Body')).toBeInTheDocument();
  });
});
