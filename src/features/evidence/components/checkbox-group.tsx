import { useId } from 'react';

export interface CheckboxOption<V extends string> {
  value: V;
  label: string;
}

interface Props<V extends string> {
  legend: string;
  hint?: string;
  options: readonly CheckboxOption<V>[];
  checked: readonly V[];
  /** The ticked values, in the options' order (so one selection has one URL). */
  onChange: (checked: V[]) => void;
}

/** A GOV.UK checkbox group: a fieldset whose legend names the filter. */
export function CheckboxGroup<V extends string>({ legend, hint, options, checked, onChange }: Props<V>) {
  const id = useId();
  function toggle(value: V, on: boolean) {
    onChange(options.map((o) => o.value).filter((v) => (v === value ? on : checked.includes(v))));
  }
  return (
    <fieldset className="svm-filter-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="svm-hint">
          {hint}
        </p>
      )}
      {options.map((option) => (
        <div className="svm-checkbox" key={option.value}>
          <input
            type="checkbox"
            id={`${id}-${option.value}`}
            checked={checked.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
