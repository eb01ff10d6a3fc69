import { describe, expect, it } from 'vitest';
import {
  formatCompactGBP,
  formatFileSize,
  formatGBP,
  formatNumber,
  formatPct,
  formatQuantity,
  unitLabel,
} from '@/lib/format';

describe('formatNumber', () => {
  it('uses thousands separators and rounds to the decimals asked for', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(12.46, 1)).toBe('12.5');
    expect(formatNumber(12, 1)).toBe('12');
    expect(formatNumber(0.4)).toBe('0');
  });
});

describe('formatGBP', () => {
  it('gives exact whole pounds', () => {
    expect(formatGBP(1234567)).toBe('£1,234,567');
    expect(formatGBP(1234567.6)).toBe('£1,234,568');
    expect(formatGBP(-250)).toBe('-£250');
  });
});

describe('formatCompactGBP', () => {
  it.each([
    [1_234_567, '£1.2m'],
    [850_000, '£850k'],
    [12_345, '£12.3k'],
    [17_000_000, '£17m'],
    [125_400_000, '£125m'],
    [3_400_000_000, '£3.4bn'],
    [999_600, '£1m'],
    [999_400, '£999k'],
    [640, '£640'],
    [0, '£0'],
    [-1_500_000, '-£1.5m'],
  ])('%d is %s', (value, text) => {
    expect(formatCompactGBP(value)).toBe(text);
  });
});

describe('formatQuantity', () => {
  it.each([
    [12.5, 'FTE', '12.5 FTE'],
    [340, 'weeks', '340 weeks'],
    [1_234, 'tCO2e', '1,234 tCO2e'],
    [1_234.56, 'tCO2e', '1,234.6 tCO2e'],
    [3, 'people', '3 people'],
    [1, 'people', '1 person'],
    [1, 'weeks', '1 week'],
    [14_000, 'hours', '14,000 hours'],
    [1_200_000, 'GBP', '£1.2m'],
  ] as const)('%d %s is %s', (value, unit, text) => {
    expect(formatQuantity(value, unit)).toBe(text);
  });

  it('gives exact money when asked', () => {
    expect(formatQuantity(1_234_567, 'GBP', { exact: true })).toBe('£1,234,567');
  });

  it('labels units for column headers', () => {
    expect(unitLabel('GBP')).toBe('£');
    expect(unitLabel('people')).toBe('people');
  });
});

describe('formatPct', () => {
  it('shows whole percentages, rounded down so they never cross a RAG threshold', () => {
    expect(formatPct(87.2)).toBe('87%');
    expect(formatPct(94.99)).toBe('94%');
    expect(formatPct(95)).toBe('95%');
    expect(formatPct(1234.5)).toBe('1,234%');
    expect(formatPct(0)).toBe('0%');
    expect(formatPct(0.3)).toBe('Under 1%');
  });

  it('says "Not yet due" when nothing is expected yet', () => {
    expect(formatPct(null)).toBe('Not yet due');
  });
});

describe('formatFileSize', () => {
  it('uses bytes, KB and MB', () => {
    expect(formatFileSize(820)).toBe('820 bytes');
    expect(formatFileSize(14_336)).toBe('14 KB');
    expect(formatFileSize(2_400_000)).toBe('2.3 MB');
  });
});
