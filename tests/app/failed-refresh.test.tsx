import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { PROBLEM_CONTENT_TYPE } from '@/lib/contract';
import { mockDataset } from '../features/contracts/figures-from-data';
import { renderRoute } from '../utils/render-route';

const WAIT = { timeout: 15_000 };
const NOTE =
  /^Could not refresh: sorry, there is a problem with the service\. Showing figures last updated at \d\d:\d\d\.$/;

function failing(path: string) {
  return http.get(path, () =>
    HttpResponse.json(
      { type: 'about:blank', title: 'Internal Server Error', status: 500 },
      { status: 500, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } },
    ),
  );
}

/**
 * A refresh (after a decision elsewhere, or Retry) that fails must not take away the figures
 * already on screen: they stay, with when they were fetched, and Retry brings new ones.
 */
describe('a failed refresh keeps the last good data, saying how old it is', { timeout: 60_000 }, () => {
  const cases = [
    {
      page: 'the dashboard',
      path: '/',
      api: '*/api/v1/dashboard',
      shown: () => screen.findByRole('heading', { level: 2, name: 'Headline outcomes' }, WAIT),
    },
    {
      page: 'the register',
      path: '/contracts',
      api: '*/api/v1/contracts',
      shown: () => screen.findByRole('table', { name: /^Contracts, All time/ }, WAIT),
    },
    {
      page: 'a contract',
      path: `/contracts/${mockDataset.contracts[0]?.id ?? ''}`,
      api: '*/api/v1/contracts/:id',
      shown: () => screen.findByRole('table', { name: /^Commitments by theme/ }, WAIT),
    },
  ];

  it.each(cases)('$page', async ({ path, api, shown }) => {
    const { user, queryClient } = renderRoute(path);
    const content = await shown();

    server.use(failing(api));
    await queryClient.refetchQueries({ type: 'active' });

    const note = await screen.findByText(NOTE, {}, WAIT);
    expect(note).toHaveAttribute('role', 'status');
    expect(content).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /problem with the service/i })).not.toBeInTheDocument();

    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByText(NOTE)).not.toBeInTheDocument(), WAIT);
    expect(content).toBeInTheDocument();
  });
});
