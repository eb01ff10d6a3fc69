import type { ReactNode } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';

/** Renders `ui` on a real (memory) router at `url`, and reads the URL's parameters back. */
export function renderWithUrl(ui: ReactNode, url = '/contracts') {
  const router = createMemoryRouter([{ path: '/contracts', element: ui }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  const params = () => new URLSearchParams(router.state.location.search);
  return { router, params, user: userEvent.setup(), screen };
}
