import { useId } from 'react';
import type { Basis } from '@/lib/contract';
import { usePendingChoice } from '../use-pending-choice';

const OPTIONS: { value: Basis; label: string; hint: string }[] = [
  { value: 'verified', label: 'Verified', hint: 'checked against evidence' },
  { value: 'claimed', label: 'Claimed', hint: 'as suppliers reported' },
];

/** Whether percentages and RAG compare verified or claimed delivery with what was expected. */
export function BasisSwitch({ value, onChange }: { value: Basis; onChange: (basis: Basis) => void }) {
  const name = useId();
  const [shown, show] = usePendingChoice(value);
  return (
    <fieldset className="svm-basis-switch">
      <legend className="svm-basis-switch__legend">Measure delivery by</legend>
      <div className="svm-basis-switch__options">
        {OPTIONS.map((option) => (
          <label key={option.value} className="svm-basis-switch__option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={shown === option.value}
              onChange={() => {
                show(option.value);
                onChange(option.value);
              }}
            />
            <span>
              {option.label} <span className="svm-basis-switch__hint">({option.hint})</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
