import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DataTable, type DataTableColumn } from '@/components/table';

interface Row {
  id: string;
  reference: string;
  title: string;
  value: number;
}

const rows: Row[] = [
  { id: 'c1', reference: 'LCR-001', title: 'Highways <b>resurfacing</b>', value: 1_200_000 },
  { id: 'c2', reference: 'LCR-002', title: 'ICT support', value: 450_000 },
];

const columns: DataTableColumn<Row>[] = [
  { id: 'reference', header: 'Reference', cell: (r) => r.reference, meta: { sortKey: 'reference' } },
  { id: 'title', header: 'Title', cell: (r) => r.title },
  {
    id: 'value',
    header: 'Value',
    cell: (r) => String(r.value),
    meta: { numeric: true, sortKey: 'value', sortDescFirst: true, hideable: true },
  },
];

const getRowId = (row: Row) => row.id;

function SortableTable({ initialSort = 'reference', onSort }: { initialSort?: string; onSort?: (s: string) => void }) {
  const [sort, setSort] = useState(initialSort);
  return (
    <DataTable
      caption="Contracts"
      columns={columns}
      data={rows}
      getRowId={getRowId}
      rowHeader="reference"
      sort={sort}
      onSortChange={(next) => {
        onSort?.(next);
        setSort(next);
      }}
    />
  );
}

describe('DataTable', () => {
  it('renders a captioned table in a named, focusable scroll region', () => {
    render(<SortableTable />);
    const table = screen.getByRole('table', { name: /Contracts/ });
    expect(within(table).getByText('Contracts').closest('caption')).not.toBeNull();
    expect(table).toHaveTextContent(/column headers with buttons are sortable/);
    const region = screen.getByRole('region', { name: 'Contracts' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toContainElement(table);
  });

  it('renders column headers with scope and the row header column as row headers', () => {
    render(<SortableTable />);
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Reference', 'Title', 'Value']);
    for (const header of headers) expect(header).toHaveAttribute('scope', 'col');
    const rowHeader = screen.getByRole('rowheader', { name: 'LCR-001' });
    expect(rowHeader).toHaveAttribute('scope', 'row');
    expect(screen.getAllByRole('rowheader')).toHaveLength(2);
  });

  it('shows API text as text, never as markup', () => {
    render(<SortableTable />);
    expect(screen.getByRole('cell', { name: 'Highways <b>resurfacing</b>' })).toBeInTheDocument();
  });

  it('right-aligns numeric columns', () => {
    render(<SortableTable />);
    expect(screen.getByRole('cell', { name: '1200000' })).toHaveClass('svm-table__cell--numeric');
    expect(screen.getByRole('columnheader', { name: /Value/ })).toHaveClass('svm-table__cell--numeric');
  });

  it('marks the sorted column with aria-sort and only sortable columns get it', () => {
    render(<SortableTable initialSort="-value" />);
    expect(screen.getByRole('columnheader', { name: /Value/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Reference/ })).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: 'Title' })).not.toHaveAttribute('aria-sort');
    expect(screen.queryByRole('button', { name: 'Title' })).not.toBeInTheDocument();
  });

  it('toggles the order from a header button, reports it in URL form and announces it', async () => {
    const user = userEvent.setup();
    const onSort = vi.fn();
    render(<SortableTable initialSort="value" onSort={onSort} />);

    await user.click(screen.getByRole('button', { name: 'Value' }));
    expect(onSort).toHaveBeenLastCalledWith('-value');
    expect(screen.getByRole('columnheader', { name: /Value/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByText('Sorted by Value, descending')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Value' }));
    expect(onSort).toHaveBeenLastCalledWith('value');
    expect(screen.getByRole('columnheader', { name: /Value/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByText('Sorted by Value, ascending')).toBeInTheDocument();
  });

  it('starts a new column in its first direction: ascending by default, descending when asked', async () => {
    const user = userEvent.setup();
    const onSort = vi.fn();
    render(<SortableTable initialSort="-value" onSort={onSort} />);
    await user.click(screen.getByRole('button', { name: 'Reference' }));
    expect(onSort).toHaveBeenLastCalledWith('reference');
    await user.click(screen.getByRole('button', { name: 'Value' }));
    expect(onSort).toHaveBeenLastCalledWith('-value');
  });

  it('sorts by keyboard', async () => {
    const user = userEvent.setup();
    const onSort = vi.fn();
    render(<SortableTable onSort={onSort} />);
    await user.tab(); // the scroll region
    await user.tab();
    expect(screen.getByRole('button', { name: 'Reference' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSort).toHaveBeenLastCalledWith('-reference');
  });

  it('has no sort buttons or sortable note without onSortChange', () => {
    render(<DataTable caption="Returns" columns={columns} data={rows} getRowId={getRowId} sort="value" />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('table')).not.toHaveTextContent(/sortable/);
    expect(screen.getByRole('columnheader', { name: 'Value' })).not.toHaveAttribute('aria-sort');
  });

  it('hides columns switched off in columnVisibility', () => {
    render(
      <DataTable
        caption="Contracts"
        columns={columns}
        data={rows}
        getRowId={getRowId}
        columnVisibility={{ value: false }}
      />,
    );
    expect(screen.queryByRole('columnheader', { name: 'Value' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('row')[1]?.children).toHaveLength(2);
  });

  it('keeps the previous rows while busy and marks the region busy', () => {
    render(<DataTable caption="Contracts" columns={columns} data={rows} getRowId={getRowId} busy />);
    expect(screen.getByRole('region', { name: 'Contracts' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });

  it('says so when there are no rows', () => {
    render(
      <DataTable
        caption="Contracts"
        columns={columns}
        data={[]}
        getRowId={getRowId}
        emptyMessage="No contracts match these filters."
      />,
    );
    const cell = screen.getByRole('cell', { name: 'No contracts match these filters.' });
    expect(cell).toHaveAttribute('colspan', '3');
  });
});
