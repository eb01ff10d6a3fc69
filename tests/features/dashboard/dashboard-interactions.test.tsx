// @vitest-environment jsdom
import { act, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { mockDataset, server } from '@mocks/node';
import type { DashboardSummary } from '@/lib/contract';
import { renderRoute } from '../../utils/render-route';

/** Every selection on the dashboard is in the URL, reachable by keyboard, and survives failures. */

type View = ReturnType<typeof renderRoute>;

async function openDashboard(path = '/'): Promise<View> {
  const view = renderRoute(path);
  await view.findByRole('heading', { level: 2, name: 'Headline outcomes' }, { timeout: 10_000 });
  return view;
}

function search(view: View): URLSearchParams {
  return new URLSearchParams(view.router.state.location.search);
}

function scopeLine(view: View): string {
  return view.getByText(/contracts?: .*Percentages and RAG use/).textContent ?? '';
}

const EMPTY_SUMMARY: DashboardSummary = {
  contractCount: 0,
  headlines: [],
  byMeasure: [],
  byArea: [],
  byQuarter: [],
  ragCounts: { red: 0, amber: 0, green: 0, 'not-due': 0 },
  socialValue: { verified: 0, claimed: 0 },
  furthestBehind: [],
};

// The route is loaded lazily; load it once up front so the first test does not pay for it
// within its own time limit. The limit itself allows for a full page of tables on a busy machine.
beforeAll(async () => {
  await import('@/features/dashboard/routes/dashboard');
}, 60_000);

describe('the dashboard', { timeout: 30_000 }, () => {
  it('has a keyboard map: arrows move between boroughs, Enter adds one to the filter and takes it out', async () => {
    const view = await openDashboard();
    const map = view.getByRole('listbox', { name: 'Map of delivery by borough' });
    expect(map).toHaveAttribute('tabindex', '0');
    expect(within(map).getAllByRole('option')).toHaveLength(6);

    act(() => map.focus());
    await view.user.keyboard('{ArrowRight}{ArrowRight}');
    const knowsley = within(map).getByRole('option', { name: /^Knowsley: / });
    expect(map).toHaveAttribute('aria-activedescendant', knowsley.id);
    expect(knowsley).toHaveAttribute('aria-selected', 'false');
    expect(view.getByText(/^Knowsley: .*Enter adds it to the filter\.$/)).toBeInTheDocument();

    await view.user.keyboard('{Enter}');
    expect(search(view).getAll('borough')).toEqual(['E08000011']);
    await view.findByText(/: Knowsley, All time\. Percentages/);
    expect(within(map).getByRole('option', { name: /^Knowsley: / })).toHaveAttribute('aria-selected', 'true');
    expect(within(map).getByRole('option', { name: /^Wirral: / })).toHaveAccessibleName(
      'Wirral: not in the borough filter',
    );

    await view.user.keyboard('{End}{Enter}');
    expect(search(view).getAll('borough')).toEqual(['E08000011', 'E08000015']);
    await view.findByText(/: Knowsley and Wirral, All time\./);

    await view.user.keyboard('{Home}{ArrowRight}{Enter}');
    expect(search(view).getAll('borough')).toEqual(['E08000015']);
  });

  it('lets the borough table filter by borough with toggle buttons, and keeps the filter in its register links', async () => {
    const view = await openDashboard();
    const wirral = view.getByRole('button', { name: 'Filter by Wirral' });
    expect(wirral).toHaveAttribute('aria-pressed', 'false');

    await view.user.click(wirral);
    expect(search(view).getAll('borough')).toEqual(['E08000015']);
    await view.findByText(/: Wirral, All time\./);
    expect(view.getByRole('button', { name: 'Filter by Wirral' })).toHaveAttribute('aria-pressed', 'true');
    expect(view.getByRole('button', { name: 'Remove filter: Wirral' })).toBeInTheDocument();

    const red = view.getByRole('link', { name: /^Red: \d+ contracts?$/ });
    expect(red).toHaveAttribute('href', '/contracts?borough=E08000015&rag=red');
    await view.user.click(red);
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/contracts'));
    expect(search(view).toString()).toBe('borough=E08000015&rag=red');
  });

  it('switches between verified and claimed delivery, in the URL', async () => {
    const view = await openDashboard();
    const verifiedLine = scopeLine(view);
    const jobs = () => view.getByRole('heading', { level: 3, name: 'Jobs' }).closest('li');
    const verifiedTile = jobs()?.textContent;
    expect(view.getByRole('radio', { name: /verified/i })).toBeChecked();

    await view.user.click(view.getByRole('radio', { name: /claimed/i }));
    expect(search(view).get('basis')).toBe('claimed');
    await view.findByText(/Percentages and RAG use claimed delivery/);
    expect(scopeLine(view)).not.toBe(verifiedLine);
    expect(jobs()).toHaveTextContent(/of expected delivered \(claimed\)/);
    expect(jobs()?.textContent).not.toBe(verifiedTile);
    expect(view.getByRole('link', { name: /^Red: / }).getAttribute('href')).toContain('basis=claimed');
  });

  it('shows the chosen headline outcome on the map and the trend, in the URL', async () => {
    const view = await openDashboard();
    expect(view.getByRole('table', { name: /^Jobs by borough/ })).toBeInTheDocument();

    await view.user.click(view.getByRole('radio', { name: 'Carbon saved' }));
    expect(search(view).get('headline')).toBe('carbon');
    expect(await view.findByRole('table', { name: /^Carbon saved by borough/ })).toBeInTheDocument();
    expect(view.getByRole('table', { name: /^Carbon saved by quarter/ })).toBeInTheDocument();
    expect(view.getByRole('listbox', { name: 'Map of delivery by borough' })).toHaveTextContent(/tCO2e pledged/);
  });

  it('opens a shared link as it was: filters, basis, outcome and table views', async () => {
    const view = await openDashboard(
      '/?borough=E08000012&theme=jobs&period=2025-26&basis=claimed&headline=apprenticeships&themeView=table&trendView=table',
    );
    expect(scopeLine(view)).toMatch(
      /: Liverpool, Good jobs and skills, 2025\/26\. Percentages and RAG use claimed delivery/,
    );
    expect(view.getByRole('radio', { name: /claimed/i })).toBeChecked();
    expect(view.getByRole('radio', { name: 'Apprenticeships' })).toBeChecked();
    expect(view.getByRole('group', { name: 'Show by theme as' })).toBeInTheDocument();
    expect(
      within(view.getByRole('group', { name: 'Show by theme as' })).getByRole('radio', { name: 'Table' }),
    ).toBeChecked();
    expect(
      within(view.getByRole('group', { name: 'Show trend as' })).getByRole('radio', { name: 'Table' }),
    ).toBeChecked();
    expect(
      view.getByRole('table', { name: /^Apprenticeships by quarter: .*Liverpool, 2025\/26$/ }),
    ).toBeInTheDocument();
    expect(view.getByRole('button', { name: 'Filter by Liverpool' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('keeps each card’s chart or table choice in the URL', async () => {
    const view = await openDashboard();
    const themeCard = view.getByRole('group', { name: 'Show by theme as' });
    // jsdom cannot draw charts, so the chart view shows its table; the colour key belongs to the chart.
    expect(view.getByRole('list', { name: 'Bar colours' })).toBeInTheDocument();

    await view.user.click(within(themeCard).getByRole('radio', { name: 'Table' }));
    expect(search(view).get('themeView')).toBe('table');
    expect(view.queryByRole('list', { name: 'Bar colours' })).not.toBeInTheDocument();
    expect(view.getByRole('table', { name: /by theme and measure/ })).toBeInTheDocument();

    await view.user.click(
      within(view.getByRole('group', { name: 'Show trend as' })).getByRole('radio', { name: 'Table' }),
    );
    expect(search(view).get('trendView')).toBe('table');
    expect(view.queryByRole('list', { name: 'Lines' })).not.toBeInTheDocument();
  });

  it('filters by contract status from the filter bar, with a removable tag', async () => {
    const view = await openDashboard();
    const all = scopeLine(view);
    await view.user.click(view.getByText('Contract status', { selector: 'summary' }));
    await view.user.click(view.getByRole('checkbox', { name: 'Live' }));
    expect(search(view).getAll('status')).toEqual(['live']);
    await view.findByText(/, live contracts, All time\./);
    expect(scopeLine(view)).not.toBe(all);

    await view.user.click(view.getByRole('button', { name: 'Remove filter: Status: Live' }));
    expect(search(view).getAll('status')).toEqual([]);
  });

  it('keeps the figures on screen, saying "Updating…", while a new filter loads', async () => {
    const view = await openDashboard();
    const before = scopeLine(view);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Holds the next answer back, then lets the mock API give it.
    server.use(
      http.get(
        '*/api/v1/dashboard',
        async () => {
          await gate;
        },
        { once: true },
      ),
    );

    await view.user.click(view.getByRole('button', { name: 'Filter by Sefton' }));
    expect(await view.findByText('Updating…')).toBeInTheDocument();
    expect(scopeLine(view)).toBe(before);
    expect(view.getByRole('heading', { level: 3, name: 'Jobs' })).toBeInTheDocument();

    act(() => release());
    await view.findByText(/: Sefton, All time\./);
    expect(view.queryByText('Updating…')).not.toBeInTheDocument();
  });

  it('says what went wrong when the figures cannot be loaded, keeps the controls working, and retries', async () => {
    server.use(
      http.get(
        '*/api/v1/dashboard',
        () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Internal Server Error', status: 500 },
            { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    const view = renderRoute('/');
    const alert = await view.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('We could not load the dashboard figures.');
    expect(view.getByRole('radio', { name: /claimed/i })).toBeEnabled();

    await view.user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await view.findByRole('heading', { level: 2, name: 'Headline outcomes' })).toBeInTheDocument();
    expect(view.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('treats an answer in the wrong shape as an error the user can read, not a crash', async () => {
    server.use(http.get('*/api/v1/dashboard', () => HttpResponse.json({ ...EMPTY_SUMMARY, contractCount: 'many' })));
    const view = renderRoute('/');
    const alert = await view.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent(/shape this app does not understand/);
    expect(view.getByRole('heading', { level: 1, name: 'Social value dashboard' })).toBeInTheDocument();
  });

  it('says when no contract matches the filters, and offers to clear them', async () => {
    server.use(http.get('*/api/v1/dashboard', () => HttpResponse.json(EMPTY_SUMMARY), { once: true }));
    const view = renderRoute('/?theme=communities&period=2022-23-Q1&basis=claimed');
    expect(
      await view.findByRole('heading', { name: 'No contracts match these filters' }, { timeout: 10_000 }),
    ).toBeVisible();

    await view.user.click(view.getByRole('link', { name: 'Clear the filters' }));
    expect(search(view).toString()).toBe('basis=claimed');
    expect(await view.findByRole('heading', { level: 2, name: 'Headline outcomes' })).toBeInTheDocument();
  });

  it('reports values in a link it does not recognise, and ignores only those', async () => {
    const view = await openDashboard('/?borough=E0000000X&borough=E08000013&headline=nope');
    const notice = view.getByText(/The link had values this page does not recognise/).parentElement;
    expect(notice).toHaveTextContent('borough=E0000000X');
    expect(notice).toHaveTextContent('headline=nope');
    expect(scopeLine(view)).toMatch(/: St Helens, All time\./);
    expect(view.getByRole('radio', { name: 'Jobs' })).toBeChecked();
  });

  it('explains how the figures are worked out, and what "pledged" means for the period chosen', async () => {
    const view = await openDashboard('/?period=2025-26');
    expect(view.getByText(/Pledged is the part of each pledge profiled to fall in 2025\/26\./)).toBeInTheDocument();
    await view.user.click(view.getByText('How these figures are worked out'));
    const rules = view.getByText('% of expected and RAG', { selector: 'dt' }).nextElementSibling;
    expect(rules).toHaveTextContent('green at 95% or more, amber from 75% up to 95%, red under 75%');
    expect(view.getByText('Social value (£)', { selector: 'dt' }).nextElementSibling).toHaveTextContent(/illustrative/);
  });

  it('puts the map’s attribution beside it and keeps region-wide pledges apart', async () => {
    const view = await openDashboard();
    expect(
      view.getByText(
        /"GeoJSON and TopoJSON UK Boundary Data" by Martin Chorley, CC BY 4\.0\. Contains Ordnance Survey data © Crown copyright and database right 2014\./,
      ),
    ).toBeInTheDocument();
    expect(
      view.getByText(/^Region-wide: .*Pledged for the whole city region, so not shown on the map\.$/),
    ).toBeInTheDocument();
    expect(mockDataset.commitments.some((c) => c.area === 'region')).toBe(true);
  });
});
