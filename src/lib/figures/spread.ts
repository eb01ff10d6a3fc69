import type { QuarterAmount } from '@/lib/contract';
import { quarterBounds, quarterFromSerial, quarterOfDate, quarterSerial } from './periods';

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

/**
 * A total spread evenly over the days from `from` to `to` (both included), as a quarterly
 * profile: each quarter gets the share of the total its days in that span are of all the days.
 * The last quarter takes what rounding left, so the profile always sums to the total exactly.
 * `from` after `to` is a caller's error (the importer refuses such a row before it gets here).
 */
export function spreadEvenly(total: number, from: string, to: string): QuarterAmount[] {
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (last < first) throw new RangeError(`spreadEvenly: ${from} is after ${to}`);
  const days = last - first + 1;
  const out: QuarterAmount[] = [];
  let given = 0;
  const lastSerial = quarterSerial(quarterOfDate(to));
  for (let serial = quarterSerial(quarterOfDate(from)); serial <= lastSerial; serial += 1) {
    const quarter = quarterFromSerial(serial);
    if (serial === lastSerial) {
      out.push({ quarter, quantity: Math.max(0, total - given) });
      break;
    }
    const bounds = quarterBounds(quarter);
    const inSpan = Math.min(last, dayNumber(bounds.end)) - Math.max(first, dayNumber(bounds.start)) + 1;
    const quantity = (total * inSpan) / days;
    given += quantity;
    out.push({ quarter, quantity });
  }
  return out;
}
