import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime } from '@/lib/format';

describe('dates', () => {
  it('writes ISO dates as GOV.UK does, without shifting the day', () => {
    expect(formatDate('2026-11-25')).toBe('25 November 2026');
    expect(formatDate('2027-01-01')).toBe('1 January 2027');
  });

  it('writes date-times in UK time, summer and winter', () => {
    expect(formatDateTime('2026-11-25T10:30:00Z')).toBe('25 November 2026, 10:30');
    expect(formatDateTime('2026-07-01T09:05:00Z')).toBe('1 July 2026, 10:05');
    // 23:30 UTC on 31 March is already 1 April in London (BST).
    expect(formatDateTime('2026-03-31T23:30:00Z')).toBe('1 April 2026, 00:30');
  });

  it('gives the time of day for "last updated" notes', () => {
    expect(formatTime(Date.UTC(2026, 10, 25, 10, 32))).toBe('10:32');
  });
});
