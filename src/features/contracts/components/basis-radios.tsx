import { useId } from 'react';
import { basisSchema, type Basis } from '@/lib/contract';

const LABELS: Record<Basis, string> = { verified: 'Verified figures', claimed: 'Claimed figures' };

/** Whether % of expected and RAG compare verified (the default) or claimed delivery. */
export function BasisRadios({ value, onChange }: { value: Basis; onChange: (basis: Basis) => void }) {
  const id = useId();
  return (
    <fieldset className="svm-radios">
      <legend>Compare with expected using</legend>
      {basisSchema.options.map((basis) => (
        <div key={basis} className="svm-radios__item">
          <input
            id={`${id}-${basis}`}
            type="radio"
            name={id}
            checked={value === basis}
            onChange={() => onChange(basis)}
          />
          <label htmlFor={`${id}-${basis}`}>{LABELS[basis]}</label>
        </div>
      ))}
    </fieldset>
  );
}
