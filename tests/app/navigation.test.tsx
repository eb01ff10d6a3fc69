import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../utils/render-route';

describe('navigation', () => {
  it('moves between sections with the main navigation, marking the current one', async () => {
    const screen = renderRoute('/no-such-page');
    const nav = screen.getByRole('navigation', { name: 'Main' });

    await screen.user.click(within(nav).getByRole('link', { name: 'Contracts' }));
    expect(await screen.findByRole('heading', { level: 1, name: /contracts/i })).toBeVisible();
    expect(screen.router.state.location.pathname).toBe('/contracts');
    expect(within(nav).getByRole('link', { name: 'Contracts' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).not.toHaveAttribute('aria-current');

    await screen.user.click(within(nav).getByRole('link', { name: 'Audit' }));
    expect(await screen.findByRole('heading', { level: 1, name: /audit/i })).toBeVisible();
    expect(within(nav).getByRole('link', { name: 'Audit' })).toHaveAttribute('aria-current', 'page');
  });

  it('marks the section of a page inside it', async () => {
    const screen = renderRoute('/contracts/no-such-contract');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Contracts' })).toHaveAttribute('aria-current', 'true');
  });

  it('leaves focus alone on first load, then moves it to the new page’s heading and announces the page', async () => {
    const screen = renderRoute('/no-such-page');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    expect(document.body).toHaveFocus();

    await screen.user.click(screen.getByRole('link', { name: 'Go to the dashboard' }));

    const heading = await screen.findByRole('heading', { level: 1, name: /dashboard|social value/i });
    expect(heading).toHaveFocus();
    // The announcer is the live region outside the page content.
    const main = screen.getByRole('main');
    const [announcer] = screen.getAllByRole('status').filter((region) => !main.contains(region));
    await waitFor(() => expect(announcer).toHaveTextContent(document.title));
    expect(document.title).toMatch(/– Social Value Monitor$/);
  });

  it('keeps focus where it is when only the query string changes', async () => {
    const screen = renderRoute('/no-such-page');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    const link = screen.getByRole('link', { name: 'Go to the dashboard' });
    link.focus();

    await screen.router.navigate('/no-such-page?page=2');

    expect(link).toHaveFocus();
  });

  it('offers a skip link first, which moves focus to the main content', async () => {
    const screen = renderRoute('/no-such-page');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });

    await screen.user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute('href', '#main');

    await screen.user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });
});
