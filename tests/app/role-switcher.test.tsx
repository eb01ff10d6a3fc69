// @vitest-environment jsdom
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { DEMO_USER_HEADER } from '@/lib/contract';
import { renderRoute } from '../utils/render-route';

/** Who each API request said it was acting as, in order. */
function recordDemoUsers(): (string | null)[] {
  const seen: (string | null)[] = [];
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === '/api/v1/me') seen.push(request.headers.get(DEMO_USER_HEADER));
  });
  return seen;
}

describe('the "Acting as" switcher', () => {
  it('shows the API’s default user until another is chosen', async () => {
    const screen = renderRoute('/no-such-page');
    const select = await screen.findByRole('combobox', { name: 'Acting as' });
    expect(await screen.findByRole('option', { name: 'Priya Sharma (Contract manager)', selected: true })).toBe(
      select.querySelector('option:checked'),
    );
  });

  it('acts as the chosen user: the API hears the new id and the header shows the new role', async () => {
    const seen = recordDemoUsers();
    const screen = renderRoute('/no-such-page');
    const select = await screen.findByRole('combobox', { name: 'Acting as' });
    await screen.findByRole('option', { name: 'Priya Sharma (Contract manager)', selected: true });

    await screen.user.selectOptions(select, 'David Lloyd (Auditor)');

    expect(await screen.findByRole('option', { name: 'David Lloyd (Auditor)', selected: true })).toBeInTheDocument();
    await waitFor(() => expect(seen).toEqual([null, 'u-auditor-1']));
    expect(localStorage.getItem('svm.demoUser')).toBe('u-auditor-1');
    server.events.removeAllListeners();
  });

  it('starts as the remembered user', async () => {
    const screen = renderRoute('/no-such-page', { user: 'u-director-1' });
    expect(
      await screen.findByRole('option', { name: 'Helen Whitfield (Director)', selected: true }),
    ).toBeInTheDocument();
  });
});
