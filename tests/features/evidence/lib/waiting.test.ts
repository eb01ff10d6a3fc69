import { describe, expect, test } from 'vitest';
import { daysWaiting, isOverdue } from '@/lib/domain/waiting';

describe('waiting time', () => {
  test('counts whole calendar days to the data’s as-of date, whatever the time of upload', () => {
    expect(daysWaiting('2026-10-01T23:59:00Z', '2026-10-31')).toBe(30);
    expect(daysWaiting('2026-10-31T08:00:00Z', '2026-10-31')).toBe(0);
  });

  test('overdue means awaiting a decision for more than 30 days', () => {
    expect(isOverdue({ uploadedAt: '2026-10-01T09:00:00Z', status: 'pending' }, '2026-10-31')).toBe(false);
    expect(isOverdue({ uploadedAt: '2026-09-30T09:00:00Z', status: 'pending' }, '2026-10-31')).toBe(true);
    expect(isOverdue({ uploadedAt: '2026-09-30T09:00:00Z', status: 'queried' }, '2026-10-31')).toBe(true);
    expect(isOverdue({ uploadedAt: '2020-01-01T09:00:00Z', status: 'verified' }, '2026-10-31')).toBe(false);
  });
});
