import { useId } from 'react';
import './paging.css';

export const PAGE_SIZES = [10, 25, 50, 100] as const;

export interface PageSizeSelectProps {
  value: number;
  onChange: (pageSize: number) => void;
  label?: string;
  options?: readonly number[];
}

/** How many rows a page shows. A size from a link that is not on the list is shown as well, not lost. */
export function PageSizeSelect({
  value,
  onChange,
  label = 'Rows per page',
  options = PAGE_SIZES,
}: PageSizeSelectProps) {
  const id = useId();
  const sizes = options.includes(value) ? options : [...options, value].sort((a, b) => a - b);
  return (
    <div className="svm-page-size">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {sizes.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </select>
    </div>
  );
}
