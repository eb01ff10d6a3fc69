import type { Unit } from '@/lib/contract';

/**
 * The smallest amount of each unit pledged or claimed: whole people (half an FTE for part-time
 * roles), whole weeks, hours, miles and pounds, half-tonnes of carbon. Every step is a power of
 * two, so sums of quantities are exact in floating point and profiles add up to their totals.
 */
export const STEP: Record<Unit, number> = { people: 1, FTE: 0.5, weeks: 1, GBP: 1, tCO2e: 0.5, hours: 1, miles: 1 };

export function toSteps(quantity: number, unit: Unit): number {
  return Math.round(quantity / STEP[unit]);
}

export function fromSteps(steps: number, unit: Unit): number {
  return steps * STEP[unit];
}

/**
 * Splits whole steps across slots in proportion to their weights by rounding the running total,
 * so the parts sum exactly to `steps` and a small total lands spread out (2 over 12 quarters
 * falls in the 3rd and 9th), not bunched at one end.
 */
export function apportion(steps: number, weights: readonly number[]): number[] {
  let total = 0;
  for (const w of weights) total += w;
  const parts: number[] = [];
  let running = 0;
  let allocated = 0;
  for (const w of weights) {
    running += w;
    const upTo = total > 0 ? Math.round((steps * running) / total) : 0;
    parts.push(upTo - allocated);
    allocated = upTo;
  }
  const last = parts.length - 1;
  // The final running total equals `total`, so this adds nothing unless every weight was zero.
  if (last >= 0) parts[last] = (parts[last] ?? 0) + steps - allocated;
  return parts;
}
