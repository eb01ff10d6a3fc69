import { useId, type ReactNode } from 'react';
import { usePendingChoice } from './use-pending-choice';
import './choice-group.css';

export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
  /** A few words after the label, in brackets, part of the radio's name. */
  hint?: string;
}

export interface ChoiceGroupProps<T extends string> {
  legend: ReactNode;
  /** Hide the legend where the choices sit under a heading that says it (screen readers still read it). */
  legendHidden?: boolean;
  options: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  /** `compact`: small buttons without the radio dots, for a switch beside a card's title. */
  size?: 'normal' | 'compact';
  /** Where the group sits on its page (margins), from the page's own stylesheet. */
  className?: string;
}

/**
 * One choice of a few, as a row of buttons that are native radios underneath (arrow keys and
 * screen readers work without extra code). The value usually lives in the URL, which the router
 * changes in a transition: the pick shows at once rather than snapping back until it lands.
 */
export function ChoiceGroup<T extends string>({
  legend,
  legendHidden = false,
  options,
  value,
  onChange,
  size = 'normal',
  className,
}: ChoiceGroupProps<T>) {
  const name = useId();
  const [shown, show] = usePendingChoice(value);
  return (
    <fieldset
      className={['svm-choices', size === 'compact' && 'svm-choices--compact', className].filter(Boolean).join(' ')}
    >
      <legend className={legendHidden ? 'visually-hidden' : 'svm-choices__legend'}>{legend}</legend>
      <div className="svm-choices__options">
        {options.map((option) => (
          <label key={option.value} className="svm-choices__option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={shown === option.value}
              onChange={() => {
                show(option.value);
                onChange(option.value);
              }}
              className="svm-choices__input"
            />
            <span>
              {option.label}
              {option.hint === undefined ? null : (
                <>
                  {' '}
                  <span className="svm-choices__hint">({option.hint})</span>
                </>
              )}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
