import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CheckboxFilter, FilterBar } from '@/components/filters';
import { filterReference } from './reference-fixture';
import { renderWithUrl } from './render-with-url';

const LIVERPOOL = 'E08000012';
const SEFTON = 'E08000014';

describe('FilterBar', () => {
  it('groups the shared filters under a name, each with a visible label', () => {
    renderWithUrl(<FilterBar reference={filterReference} />);
    const bar = screen.getByRole('group', { name: 'Filters' });
    expect(within(bar).getByText('Borough', { selector: 'summary' })).toBeInTheDocument();
    expect(within(bar).getByText('Theme', { selector: 'summary' })).toBeInTheDocument();
    expect(within(bar).getByRole('combobox', { name: 'Period' })).toHaveValue('all');
  });

  it('writes boroughs to the URL as a repeatable parameter, applied on change, back to page 1', async () => {
    const { user, params } = renderWithUrl(<FilterBar reference={filterReference} />, '/contracts?page=3&sort=-value');
    await user.click(screen.getByText('Borough', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: 'Sefton' }));
    await user.click(screen.getByRole('checkbox', { name: 'Liverpool' }));
    expect(params().getAll('borough')).toEqual([LIVERPOOL, SEFTON]);
    expect(params().get('page')).toBeNull();
    expect(params().get('sort')).toBe('-value');
    expect(screen.getByText('Borough', { selector: 'summary' })).toHaveTextContent('Borough (2 selected)');

    await user.click(screen.getByRole('checkbox', { name: 'Sefton' }));
    expect(params().getAll('borough')).toEqual([LIVERPOOL]);
  });

  it('reads its state from the URL, ignoring values it does not recognise', async () => {
    const { user } = renderWithUrl(
      <FilterBar reference={filterReference} />,
      `/contracts?borough=${SEFTON}&borough=XYZ&theme=jobs&period=2026-27-Q2`,
    );
    await user.click(screen.getByText('Borough', { selector: 'summary' }));
    expect(screen.getByRole('checkbox', { name: 'Sefton' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Liverpool' })).not.toBeChecked();
    await user.click(screen.getByText('Theme', { selector: 'summary' }));
    expect(screen.getByRole('checkbox', { name: 'Good jobs and skills' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveValue('2026-27-Q2');
  });

  it('offers all time, each year and its quarters grouped by year, newest first', async () => {
    const { user, params } = renderWithUrl(<FilterBar reference={filterReference} />);
    const period = screen.getByRole('combobox', { name: 'Period' });
    const groups = within(period).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('label'))).toEqual(['2026/27', '2025/26']);
    expect(
      within(groups[1] as HTMLElement)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['2025/26', 'Q1 2025/26', 'Q2 2025/26', 'Q3 2025/26', 'Q4 2025/26']);
    await user.selectOptions(period, 'Q2 2025/26');
    expect(params().get('period')).toBe('2025-26-Q2');
    await user.selectOptions(period, 'All time');
    expect(params().has('period')).toBe(false);
  });

  it('keeps a period from a link that the data does not cover', () => {
    renderWithUrl(<FilterBar reference={filterReference} />, '/contracts?period=2019-20');
    const period = screen.getByRole('combobox', { name: 'Period' });
    expect(period).toHaveValue('2019-20');
    expect(within(period).getByRole('option', { name: '2019/20' })).toBeInTheDocument();
  });

  it('shows only the filters a view has, and its own extra filters', () => {
    renderWithUrl(
      <FilterBar
        reference={filterReference}
        filters={['borough']}
        extra={
          <CheckboxFilter
            legend="Status"
            options={[{ value: 'live', label: 'Live' }]}
            selected={[]}
            onChange={() => undefined}
          />
        }
      />,
    );
    expect(screen.queryByRole('combobox', { name: 'Period' })).not.toBeInTheDocument();
    expect(screen.queryByText('Theme', { selector: 'summary' })).not.toBeInTheDocument();
    expect(screen.getByText('Status', { selector: 'summary' })).toBeInTheDocument();
  });

  it('opens and works by keyboard', async () => {
    const { user, params } = renderWithUrl(<FilterBar reference={filterReference} />);
    await user.tab();
    expect(screen.getByText('Borough', { selector: 'summary' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Halton' })).toHaveFocus();
    await user.keyboard(' ');
    expect(params().getAll('borough')).toEqual(['E06000006']);
  });
});
