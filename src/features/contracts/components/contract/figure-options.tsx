import { useId } from 'react';
import type { Basis, FinancialYearRef, Period } from '@/lib/contract';
import { periodLabel } from '@/lib/format';

interface Props {
  basis: Basis;
  period: Period;
  financialYears: readonly FinancialYearRef[];
  onChange: (patch: { basis?: Basis; period?: Period }) => void;
}

/** Which period the figures cover and whether % and RAG compare verified or claimed delivery. */
export function FigureOptions({ basis, period, financialYears, onChange }: Props) {
  const periodId = useId();
  return (
    <div className="svm-figure-options">
      <div className="svm-field">
        <label htmlFor={periodId}>Period</label>
        <select id={periodId} value={period} onChange={(event) => onChange({ period: event.target.value })}>
          <option value="all">{periodLabel('all')}</option>
          {financialYears.map((year) => (
            <optgroup key={year.id} label={periodLabel(year.id)}>
              <option value={year.id}>Whole year {periodLabel(year.id)}</option>
              {year.quarters.map((quarter) => (
                <option key={quarter.id} value={quarter.id}>
                  {periodLabel(quarter.id)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <fieldset className="svm-field svm-radios">
        <legend>Compare with expected using</legend>
        {(['verified', 'claimed'] as const).map((value) => (
          <label key={value} className="svm-radios__item">
            <input
              type="radio"
              name={`${periodId}-basis`}
              value={value}
              checked={basis === value}
              onChange={() => onChange({ basis: value })}
            />
            {value === 'verified' ? 'Verified figures' : 'Claimed figures'}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
