import { useId } from 'react';
import { headlineSchema, type Headline } from '@/lib/contract';
import { HEADLINE_INFO } from '@/lib/domain/headlines';
import { usePendingChoice } from '../use-pending-choice';

/** Which headline outcome the map and the trend show. */
export function HeadlineChoice({ value, onChange }: { value: Headline; onChange: (headline: Headline) => void }) {
  const name = useId();
  const [shown, show] = usePendingChoice(value);
  return (
    <fieldset className="svm-headline-choice">
      <legend className="svm-headline-choice__legend">Outcome shown on the map and the trend</legend>
      <div className="svm-headline-choice__options">
        {headlineSchema.options.map((headline) => (
          <label key={headline} className="svm-headline-choice__option">
            <input
              type="radio"
              name={name}
              value={headline}
              checked={shown === headline}
              onChange={() => {
                show(headline);
                onChange(headline);
              }}
            />
            <span>{HEADLINE_INFO[headline].name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
