import { useId } from 'react';
import './filters.css';

export interface CheckboxFilterOption {
  value: string;
  label: string;
}

export interface CheckboxFilterProps {
  /** The filter's name: the disclosure's label and the checkbox group's legend ("Borough"). */
  legend: string;
  options: readonly CheckboxFilterOption[];
  selected: readonly string[];
  /** Called with the new selection, in the options' order. */
  onChange: (selected: string[]) => void;
}

/**
 * A multi-select filter: a disclosure (native `<details>`, so it works by keyboard with no
 * script) holding a `<fieldset>` of checkboxes. The summary says how many are selected.
 * Use it for page-specific filters too (status, RAG), inside `FilterBar`'s `extra`.
 */
export function CheckboxFilter({ legend, options, selected, onChange }: CheckboxFilterProps) {
  const id = useId();
  const count = options.filter((option) => selected.includes(option.value)).length;

  function toggle(value: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(options.map((option) => option.value).filter((v) => next.has(v)));
  }

  return (
    <details className="svm-filter">
      <summary className="svm-filter__summary">
        {legend}
        {count > 0 && <span className="svm-filter__count">{` (${count} selected)`}</span>}
      </summary>
      <fieldset className="svm-filter__panel">
        <legend className="svm-visually-hidden">{legend}</legend>
        {options.map((option) => (
          <div key={option.value} className="svm-filter__option">
            <input
              id={`${id}-${option.value}`}
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
    </details>
  );
}
