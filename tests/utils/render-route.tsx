import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/providers';
import { routes } from '@/app/routes';
import { setDemoUserId } from '@/lib/api/demo-user';
import { createQueryClient } from '@/lib/api/query-client';

export interface RenderRouteOptions {
  /** A demo user id ('u-director-1'); leave out for the API's default user. */
  user?: string;
}

/**
 * Renders the real app (its routes, shell and providers) at `path`, in a memory router with a
 * fresh query client that fails at once instead of retrying. Requests go to the msw handlers.
 */
export function renderRoute(path: string, { user }: RenderRouteOptions = {}) {
  if (user !== undefined) setDemoUserId(user);
  const queryClient = createQueryClient({ forTests: true });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, ...screen, user: userEvent.setup(), router, queryClient };
}
