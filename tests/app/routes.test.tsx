import { describe, expect, it } from 'vitest';
import { mockDataset } from '@mocks/node';
import { renderRoute } from '../utils/render-route';

const firstContract = mockDataset.contracts[0];

describe('routes', () => {
  it.each([
    ['/', /dashboard|social value/i],
    ['/contracts', /contracts/i],
    ['/evidence', /evidence|verification/i],
    ['/audit', /audit/i],
  ])('%s renders its page inside the app shell', async (path, heading) => {
    const screen = renderRoute(path);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Social Value Monitor');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Demo data');
  });

  it('opens one contract at /contracts/:contractId', async () => {
    if (!firstContract) throw new Error('The mock data set has no contracts');
    const screen = renderRoute(`/contracts/${firstContract.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: firstContract.title })).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown address', async () => {
    const screen = renderRoute('/no-such-page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(document.title).toBe('Page not found – Social Value Monitor');
    expect(screen.getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute('href', '/');
  });

  it('says where the figures come from in the footer', async () => {
    const screen = renderRoute('/no-such-page');
    const footer = screen.getByRole('contentinfo');
    expect(await screen.findByText(/Figures are as of 31 October 2026/)).toBeInTheDocument();
    expect(footer).toHaveTextContent(
      '“GeoJSON and TopoJSON UK Boundary Data” by Martin Chorley, CC BY 4.0. Contains Ordnance Survey data © Crown copyright and database right 2014.',
    );
  });
});
