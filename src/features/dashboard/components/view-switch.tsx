import { useId } from 'react';
import type { ChartView } from '../dashboard-query';
import { usePendingChoice } from '../use-pending-choice';

interface ViewSwitchProps {
  /** Names the card: 'By theme' gives the legend 'Show by theme as'. */
  subject: string;
  value: ChartView;
  onChange: (view: ChartView) => void;
}

/** "Chart | Table": native radios, so arrow keys and screen readers work without extra code. */
export function ViewSwitch({ subject, value, onChange }: ViewSwitchProps) {
  const name = useId();
  const [shown, show] = usePendingChoice(value);
  return (
    <fieldset className="svm-view-switch">
      <legend className="visually-hidden">Show {subject.toLowerCase()} as</legend>
      {(['chart', 'table'] as const).map((view) => (
        <label key={view} className="svm-view-switch__option">
          <input
            type="radio"
            name={name}
            value={view}
            checked={shown === view}
            onChange={() => {
              show(view);
              onChange(view);
            }}
            className="svm-view-switch__input"
          />
          <span className="svm-view-switch__label">{view === 'chart' ? 'Chart' : 'Table'}</span>
        </label>
      ))}
    </fieldset>
  );
}
