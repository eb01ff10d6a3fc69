import { quarterBounds, quarterFromSerial, quarterOfDate, quarterSerial } from '@/lib/figures';
import { dayOf, isoDate } from './dates';

/** What the generator needs to know about a quarter, worked out once and shared by every record in it. */
export interface QuarterInfo {
  serial: number;
  id: string;
  startDay: number;
  endDay: number;
  dueDay: number;
  dueOn: string;
}

/** Returns are due 30 days after the quarter ends. */
const DAYS_TO_RETURN = 30;

const cache = new Map<number, QuarterInfo>();

export function quarterAt(serial: number): QuarterInfo {
  let info = cache.get(serial);
  if (info === undefined) {
    const id = quarterFromSerial(serial);
    const bounds = quarterBounds(id);
    const endDay = dayOf(bounds.end);
    info = {
      serial,
      id,
      startDay: dayOf(bounds.start),
      endDay,
      dueDay: endDay + DAYS_TO_RETURN,
      dueOn: isoDate(endDay + DAYS_TO_RETURN),
    };
    cache.set(serial, info);
  }
  return info;
}

export function serialOfDate(isoDate: string): number {
  return quarterSerial(quarterOfDate(isoDate));
}
