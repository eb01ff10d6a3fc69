/**
 * Dates as GOV.UK writes them: '25 November 2026'; times in UK time whatever the device's
 * zone, so that every user and every screenshot sees the same figures.
 */
const TIME_ZONE = 'Europe/London';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const zonedDateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
});
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });

/** An ISO date ('2026-11-25') is a calendar day, not an instant: it is read and shown as UTC so it never shifts. */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return dateFormat.format(new Date(`${value}T00:00:00Z`));
  return zonedDateFormat.format(toDate(value));
}

/** '25 November 2026, 10:30' */
export function formatDateTime(value: string | number | Date): string {
  const date = toDate(value);
  return `${zonedDateFormat.format(date)}, ${timeFormat.format(date)}`;
}

/** '10:30', for "last updated" notes within the day. */
export function formatTime(value: string | number | Date): string {
  return timeFormat.format(toDate(value));
}

function toDate(value: string | number | Date): Date {
  return value instanceof Date ? value : new Date(value);
}
