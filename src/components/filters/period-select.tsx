import { useId } from 'react';
import type { Period } from '@/lib/contract';
import { periodLabel } from '@/lib/format';
import type { FilterReference } from './area-filters';
import './filters.css';

export interface PeriodSelectProps {
  financialYears: FilterReference['financialYears'];
  value: Period;
  onChange: (period: Period) => void;
}

/** 'All time', each financial year and its quarters (grouped by year, newest first), in a native select. */
export function PeriodSelect({ financialYears, value, onChange }: PeriodSelectProps) {
  const id = useId();
  const newestFirst = [...financialYears].reverse();
  // A period from a link that the data does not cover still shows as chosen rather than as 'All time'.
  const known =
    value === 'all' || financialYears.some((year) => year.id === value || year.quarters.some((q) => q.id === value));
  return (
    <div className="svm-filter svm-filter--select">
      <label htmlFor={id} className="svm-filter__label">
        Period
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="all">All time</option>
        {!known && <option value={value}>{periodLabel(value)}</option>}
        {newestFirst.map((year) => (
          <optgroup key={year.id} label={year.label}>
            <option value={year.id}>{year.label}</option>
            {year.quarters.map((quarter) => (
              <option key={quarter.id} value={quarter.id}>
                {quarter.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
