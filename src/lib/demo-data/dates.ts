/**
 * Dates as whole numbers (days, or minutes, since 1970-01-01 UTC) so that the generator does
 * integer arithmetic. ISO dates come from a cache: every record on a day shares one string.
 */
const MS_PER_DAY = 86_400_000;
export const MINUTES_PER_DAY = 1440;

export function dayOf(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
}

const isoDates = new Map<number, string>();

export function isoDate(day: number): string {
  let iso = isoDates.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoDates.set(day, iso);
  }
  return iso;
}

const clockTimes: string[] = [];
for (let minute = 0; minute < MINUTES_PER_DAY; minute += 1) {
  clockTimes.push(`${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`);
}

/** `2025-11-03T10:35:00Z` for a minute since the epoch. */
export function isoDateTime(minute: number): string {
  const day = Math.floor(minute / MINUTES_PER_DAY);
  return `${isoDate(day)}T${clockTimes[minute - day * MINUTES_PER_DAY] ?? '00:00'}:00Z`;
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The same day, or the Monday after it when it falls at a weekend. */
export function nextWorkingDay(day: number): number {
  const d = weekday(day);
  return d === 6 ? day + 2 : d === 0 ? day + 1 : day;
}

/** The same day of the month, `months` later (a day past the month's end rolls over, as `Date` does). */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * MS_PER_DAY);
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()) / MS_PER_DAY);
}

/** The day number of a calendar date; `month` counts from 0 and may overflow into later years. */
export function utcDay(year: number, month: number, date: number): number {
  return Math.floor(Date.UTC(year, month, date) / MS_PER_DAY);
}
