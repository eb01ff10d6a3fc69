import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ColumnChooser, DataTable, usePersistentColumnVisibility, type DataTableColumn } from '@/components/table';

interface Row {
  id: string;
  title: string;
  manager: string;
  value: number;
}

const KEY = 'svm.columns.test';
const DEFAULTS = { manager: false };
const columns: DataTableColumn<Row>[] = [
  { id: 'title', header: 'Title', cell: (r) => r.title },
  { id: 'manager', header: 'Contract manager', cell: (r) => r.manager, meta: { hideable: true } },
  { id: 'value', header: 'Value', cell: (r) => String(r.value), meta: { numeric: true, hideable: true } },
];
const rows: Row[] = [{ id: 'r1', title: 'Roads', manager: 'Ada Lovelace', value: 10 }];
const getRowId = (row: Row) => row.id;

function Table() {
  const [visibility, setVisibility] = usePersistentColumnVisibility(KEY, DEFAULTS);
  return (
    <>
      <ColumnChooser columns={columns} visibility={visibility} onChange={setVisibility} />
      <DataTable caption="Contracts" columns={columns} data={rows} getRowId={getRowId} columnVisibility={visibility} />
    </>
  );
}

const headerNames = () => screen.getAllByRole('columnheader').map((h) => h.textContent);

describe('ColumnChooser', () => {
  it('is a disclosure listing only the optional columns, with the defaults applied', async () => {
    const user = userEvent.setup();
    render(<Table />);
    const toggle = screen.getByRole('button', { name: 'Choose columns' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: 'Columns to show' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Contract manager' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Value' })).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: 'Title' })).not.toBeInTheDocument();
    expect(headerNames()).toEqual(['Title', 'Value']);
  });

  it('shows and hides columns and remembers the choice across remounts', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Table />);
    await user.click(screen.getByRole('button', { name: 'Choose columns' }));
    await user.click(screen.getByRole('checkbox', { name: 'Contract manager' }));
    await user.click(screen.getByRole('checkbox', { name: 'Value' }));
    expect(headerNames()).toEqual(['Title', 'Contract manager']);
    unmount();

    render(<Table />);
    expect(headerNames()).toEqual(['Title', 'Contract manager']);
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}')).toEqual({ manager: true, value: false });
  });

  it('falls back to the defaults when storage holds something else', () => {
    localStorage.setItem(KEY, '{"manager": "yes"');
    render(<Table />);
    expect(headerNames()).toEqual(['Title', 'Value']);
  });

  it('closes on Escape and returns focus to its button', async () => {
    const user = userEvent.setup();
    render(<Table />);
    const toggle = screen.getByRole('button', { name: 'Choose columns' });
    await user.click(toggle);
    await user.click(screen.getByRole('checkbox', { name: 'Value' }));
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('renders nothing when no column is optional', () => {
    render(<ColumnChooser columns={[columns[0] as DataTableColumn<Row>]} visibility={{}} onChange={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Choose columns' })).not.toBeInTheDocument();
  });
});
