import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PageSizeSelect, ResultCount, resultCountText } from '@/components/table';

const contracts = { one: 'contract', other: 'contracts' };

describe('ResultCount', () => {
  it('says which rows of how many are shown, in a live region', () => {
    render(<ResultCount page={2} pageSize={25} total={1234} noun={contracts} />);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 26 to 50 of 1,234 contracts');
  });

  it.each([
    [{ page: 50, pageSize: 25, total: 1234 }, 'Showing 1,226 to 1,234 of 1,234 contracts'],
    [{ page: 1, pageSize: 25, total: 7 }, '7 contracts'],
    [{ page: 1, pageSize: 25, total: 1 }, '1 contract'],
    [{ page: 1, pageSize: 25, total: 0 }, 'No contracts'],
    [{ page: 9, pageSize: 25, total: 30 }, 'No contracts on page 9 (30 in all)'],
  ])('%o reads "%s"', (counts, text) => {
    expect(resultCountText({ ...counts, noun: contracts })).toBe(text);
  });
});

describe('PageSizeSelect', () => {
  it('offers 10, 25, 50 and 100 under a label and reports a change', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<PageSizeSelect value={25} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Rows per page' });
    expect(select).toHaveValue('25');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['10', '25', '50', '100']);
    await user.selectOptions(select, '100');
    expect(onChange).toHaveBeenCalledWith(100);
  });

  it('keeps a size from a link that is not on the list', () => {
    render(<PageSizeSelect value={30} onChange={vi.fn()} />);
    expect(screen.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('30');
    expect(screen.getAllByRole('option')).toHaveLength(5);
  });
});
