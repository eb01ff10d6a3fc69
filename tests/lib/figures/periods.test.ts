// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  cachedQuarterSerial,
  financialYearId,
  financialYearLabel,
  parseFinancialYear,
  parseQuarter,
  periodContains,
  periodLabel,
  periodQuarters,
  quarterBounds,
  quarterFromSerial,
  quarterId,
  quarterLabel,
  quarterOfDate,
  quarterRange,
  quarterSerial,
} from '@/lib/figures';

function dayAfter(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function daysIn(bounds: { start: string; end: string }): number {
  return (Date.parse(bounds.end) - Date.parse(bounds.start)) / 86_400_000 + 1;
}

describe('quarter and year ids', () => {
  it('parse financial quarters and years, April to March', () => {
    expect(parseQuarter('2025-26-Q2')).toStrictEqual({ startYear: 2025, q: 2 });
    expect(parseQuarter('1999-00-Q4')).toStrictEqual({ startYear: 1999, q: 4 });
    expect(parseFinancialYear('2025-26')).toBe(2025);
  });

  it('reject ids whose years do not follow on, or that are not quarters', () => {
    for (const id of ['2025-27-Q1', '2025-26-Q5', '2025-26-Q0', '2025-26', '2025/26-Q1', ' 2025-26-Q1', '']) {
      expect(parseQuarter(id), id).toBeNull();
    }
    for (const id of ['2025-27', '2025-26-Q1', '25-26', '2025/26']) expect(parseFinancialYear(id), id).toBeNull();
  });

  it('build ids, wrapping the second year at the century', () => {
    expect(quarterId(2025, 3)).toBe('2025-26-Q3');
    expect(financialYearId(2099)).toBe('2099-00');
  });

  it('number quarters so that consecutive quarters differ by one, across year ends', () => {
    expect(quarterSerial('2026-27-Q1') - quarterSerial('2025-26-Q4')).toBe(1);
    expect(quarterSerial('2025-26-Q4') - quarterSerial('2025-26-Q1')).toBe(3);
    for (const id of ['2022-23-Q1', '2025-26-Q4', '2031-32-Q2']) expect(quarterFromSerial(quarterSerial(id))).toBe(id);
    expect(() => quarterSerial('2025-26')).toThrow(/Not a quarter id/);
  });

  it('remember serials without changing them, and never remember a malformed id', () => {
    for (const id of ['2022-23-Q1', '2025-26-Q4', '2025-26-Q4', '2031-32-Q2']) {
      expect(cachedQuarterSerial(id)).toBe(quarterSerial(id));
    }
    expect(() => cachedQuarterSerial('2025-26')).toThrow(/Not a quarter id/);
    expect(() => cachedQuarterSerial('2025-26')).toThrow(/Not a quarter id/);
  });
});

describe('quarterOfDate', () => {
  it('puts 31 March in Q4 of the year before and 1 April in Q1', () => {
    expect(quarterOfDate('2026-03-31')).toBe('2025-26-Q4');
    expect(quarterOfDate('2026-04-01')).toBe('2026-27-Q1');
  });

  it('puts January to March in Q4 of the financial year that began the calendar year before', () => {
    expect(quarterOfDate('2026-01-01')).toBe('2025-26-Q4');
    expect(quarterOfDate('2024-02-29')).toBe('2023-24-Q4');
    expect(quarterOfDate('2025-12-31')).toBe('2025-26-Q3');
  });

  it('changes quarter at the start of July and October', () => {
    expect(quarterOfDate('2025-06-30')).toBe('2025-26-Q1');
    expect(quarterOfDate('2025-07-01')).toBe('2025-26-Q2');
    expect(quarterOfDate('2025-09-30')).toBe('2025-26-Q2');
    expect(quarterOfDate('2025-10-01')).toBe('2025-26-Q3');
  });
});

describe('quarterBounds', () => {
  it('gives the first and last calendar day of each quarter', () => {
    expect(quarterBounds('2025-26-Q1')).toStrictEqual({ start: '2025-04-01', end: '2025-06-30' });
    expect(quarterBounds('2025-26-Q2')).toStrictEqual({ start: '2025-07-01', end: '2025-09-30' });
    expect(quarterBounds('2025-26-Q3')).toStrictEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(quarterBounds('2025-26-Q4')).toStrictEqual({ start: '2026-01-01', end: '2026-03-31' });
  });

  it('counts 29 February into Q4 of a leap year', () => {
    expect(daysIn(quarterBounds('2023-24-Q4'))).toBe(91);
    expect(daysIn(quarterBounds('2024-25-Q4'))).toBe(90);
    expect(quarterOfDate(quarterBounds('2023-24-Q4').end)).toBe('2023-24-Q4');
  });

  it('tiles the calendar: each quarter starts the day after the last one ends', () => {
    const quarters = quarterRange('2020-21-Q1', '2032-33-Q4');
    quarters.slice(1).forEach((id, i) => {
      expect(quarterBounds(id).start).toBe(dayAfter(quarterBounds(quarters[i] ?? '').end));
    });
    for (const id of quarters) expect(quarterOfDate(quarterBounds(id).start)).toBe(id);
  });

  it('refuses an id that is not a quarter', () => {
    expect(() => quarterBounds('2025-26')).toThrow(/Not a quarter id/);
  });
});

describe('quarterRange', () => {
  it('lists every quarter in between, both ends included, across year ends', () => {
    expect(quarterRange('2025-26-Q3', '2026-27-Q2')).toStrictEqual([
      '2025-26-Q3',
      '2025-26-Q4',
      '2026-27-Q1',
      '2026-27-Q2',
    ]);
    expect(quarterRange('2025-26-Q3', '2025-26-Q3')).toStrictEqual(['2025-26-Q3']);
    expect(quarterRange('2026-27-Q1', '2025-26-Q4')).toStrictEqual([]);
  });
});

describe('labels', () => {
  it('write quarters and years as people read them', () => {
    expect(quarterLabel('2025-26-Q2')).toBe('Q2 2025/26');
    expect(financialYearLabel('2025-26')).toBe('2025/26');
    expect(periodLabel('all')).toBe('All time');
    expect(periodLabel('2025-26')).toBe('2025/26');
    expect(periodLabel('2025-26-Q4')).toBe('Q4 2025/26');
  });

  it('leave an id they cannot read as it is', () => {
    expect(quarterLabel('next year')).toBe('next year');
  });
});

describe('periods', () => {
  it('contain quarters: all of them, those of a financial year, or just the one', () => {
    expect(periodContains('all', '2022-23-Q1')).toBe(true);
    expect(periodContains('2025-26', '2025-26-Q1')).toBe(true);
    expect(periodContains('2025-26', '2025-26-Q4')).toBe(true);
    expect(periodContains('2025-26', '2026-27-Q1')).toBe(false);
    expect(periodContains('2025-26', '2024-25-Q4')).toBe(false);
    expect(periodContains('2025-26-Q2', '2025-26-Q2')).toBe(true);
    expect(periodContains('2025-26-Q2', '2025-26-Q3')).toBe(false);
    expect(periodContains('2025-26', 'not a quarter')).toBe(false);
  });

  it('list their quarters, clipping "all" to the span of the data', () => {
    expect(periodQuarters('all', '2025-26-Q4', '2026-27-Q1')).toStrictEqual(['2025-26-Q4', '2026-27-Q1']);
    expect(periodQuarters('2024-25', '2022-23-Q1', '2030-31-Q4')).toStrictEqual([
      '2024-25-Q1',
      '2024-25-Q2',
      '2024-25-Q3',
      '2024-25-Q4',
    ]);
    expect(periodQuarters('2024-25-Q3', '2022-23-Q1', '2030-31-Q4')).toStrictEqual(['2024-25-Q3']);
    expect(periodQuarters('someday', '2022-23-Q1', '2030-31-Q4')).toStrictEqual([]);
  });
});
