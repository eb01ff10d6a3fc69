import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { AppProviders } from '@/app/providers';
import { routes } from '@/app/routes';
import { ProblemError } from '@/lib/api/errors';
import { createQueryClient } from '@/lib/api/query-client';
import { renderRoute } from '../utils/render-route';

/** The app's shell and error boundary around one extra test route. */
function renderWithRoute(route: RouteObject) {
  const [shell] = routes;
  const [boundary] = shell?.children ?? [];
  if (!shell || !boundary) throw new Error('The app routes changed shape');
  const testRoutes: RouteObject[] = [
    { ...shell, children: [{ ...boundary, children: [{ ...route, path: 'test' }] }] },
  ] as RouteObject[];
  const router = createMemoryRouter(testRoutes, { initialEntries: ['/test'] });
  render(
    <AppProviders queryClient={createQueryClient({ forTests: true })}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return userEvent.setup();
}

describe('route errors', () => {
  it('shows a failed API call on a page with a specific message and a Retry that recovers', async () => {
    server.use(
      http.get(
        '*/api/v1/contracts',
        () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Unavailable', status: 503 },
            {
              status: 503,
              headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '5' },
            },
          ),
        { once: true },
      ),
    );
    const view = renderRoute('/contracts');

    const alert = await view.findByRole('alert');
    expect(alert).toHaveTextContent('The service is busy');
    expect(alert).toHaveTextContent('Try again in 5 seconds.');
    expect(view.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();

    await view.user.click(view.getByRole('button', { name: 'Retry' }));

    expect(await view.findByRole('table')).toBeInTheDocument();
    expect(view.queryByRole('alert')).toBeNull();
  });

  it('catches a page that throws inside the shell, and Retry renders it again', async () => {
    // React Router logs what it caught; the test is about what the user sees.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let healed = false;
    function Flaky() {
      if (!healed) throw new Error('Cannot read properties of undefined');
      return <h1>Recovered</h1>;
    }
    const user = renderWithRoute({ Component: Flaky });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sorry, there is a problem' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Cannot read properties');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();

    healed = true;
    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Recovered' })).toBeInTheDocument();
  });

  it('asks for a reload when a page’s code cannot be loaded', async () => {
    renderWithRoute({
      lazy: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/audit-log.js')),
    });

    expect(await screen.findByRole('heading', { name: 'This page could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Reload the page to try again.');
    expect(screen.getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute('href', '/');
  });

  it('shows not found when a page throws a 404 from the API', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const notFound = new ProblemError('/contracts/C-0', { type: 'about:blank', title: 'Not found', status: 404 });
    renderWithRoute({
      Component: () => {
        throw notFound;
      },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
