import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BasisChoice, ChoiceGroup } from '@/components/choice-group';
import type { Basis } from '@/lib/contract';

const VIEWS = [
  { value: 'chart', label: 'Chart' },
  { value: 'table', label: 'Table' },
] as const;

describe('ChoiceGroup', () => {
  it('is a named group of native radios, the value checked, and the legend can be for screen readers only', () => {
    render(<ChoiceGroup legend="Show trend as" legendHidden options={VIEWS} value="table" onChange={vi.fn()} />);
    const group = screen.getByRole('group', { name: 'Show trend as' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Table' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Chart' })).not.toBeChecked();
  });

  it('shows a pick at once, before the value it was given changes, then follows that value', async () => {
    const onChange = vi.fn();
    // The URL lags behind the click (the router applies it in a transition): the value stays put at first.
    const { rerender } = render(<ChoiceGroup legend="Show as" options={VIEWS} value="chart" onChange={onChange} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Table' }));
    expect(onChange).toHaveBeenCalledWith('table');
    expect(screen.getByRole('radio', { name: 'Table' })).toBeChecked();

    // Back in the browser: the value moves on its own, and wins.
    rerender(<ChoiceGroup legend="Show as" options={VIEWS} value="table" onChange={onChange} />);
    rerender(<ChoiceGroup legend="Show as" options={VIEWS} value="chart" onChange={onChange} />);
    expect(screen.getByRole('radio', { name: 'Chart' })).toBeChecked();
  });

  it('moves between choices with the arrow keys, as radios do', async () => {
    function Controlled() {
      const [basis, setBasis] = useState<Basis>('verified');
      return <BasisChoice value={basis} onChange={setBasis} />;
    }
    render(<Controlled />);
    expect(screen.getByRole('group', { name: 'Measure delivery by' })).toBeInTheDocument();
    await userEvent.tab();
    expect(screen.getByRole('radio', { name: 'Verified (checked against evidence)' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Claimed (as suppliers reported)' })).toBeChecked();
  });
});
