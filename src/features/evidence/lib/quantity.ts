import type { Unit } from '@/lib/contract';
import { formatNumber, formatQuantity } from '@/lib/format';

/** A quantity with its unit when the measure is known, exact for money (evidence is checked to the pound). */
export function quantityText(value: number, unit: Unit | undefined): string {
  return unit === undefined ? formatNumber(value, 2) : formatQuantity(value, unit, { exact: true });
}
