import type { Unit } from '@/lib/contract';
import { formatQuantity } from '@/lib/format';

/** A quantity with its unit; money is shortened (£1.2m) with the exact figure as its title. */
export function Amount({ value, unit }: { value: number; unit: Unit }) {
  const exact = formatQuantity(value, unit, { exact: true });
  const shown = formatQuantity(value, unit);
  return shown === exact ? <>{shown}</> : <span title={exact}>{shown}</span>;
}
