import type { ExportColumn, ExportValue, QuantityValue } from './types';

export function isQuantity(value: ExportValue): value is QuantityValue {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a date or date-time the API sent as text. A bare ISO date is a calendar day, so it
 * becomes midnight UTC: that is the day spreadsheets show, whatever the reader's time zone.
 */
export function parseDate(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const date = ISO_DATE.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `2026-11-25` */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `2026-11-25T10:30:00Z`: to the second, in UTC, as the headers say. */
export function isoDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** The number a cell holds, or null when the value is not a finite number. */
export function numberOf(value: ExportValue): number | null {
  const n = isQuantity(value) ? value.quantity : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

export function isNumericColumn(column: ExportColumn): boolean {
  return column.type !== 'text' && column.type !== 'date' && column.type !== 'datetime';
}
