// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportFileName } from '@/lib/export/file-name';

describe('exportFileName', () => {
  it('says what and when, in local time', () => {
    expect(exportFileName('contracts', new Date(2026, 10, 25, 10, 30, 59), 'xlsx')).toBe(
      'contracts-2026-11-25T1030.xlsx',
    );
  });

  it('pads single digits', () => {
    expect(exportFileName('audit', new Date(2026, 0, 5, 7, 4), 'csv')).toBe('audit-2026-01-05T0704.csv');
  });

  it('makes any stem safe for a file system', () => {
    expect(exportFileName('Returns: LCRCA/2024 "Q3"', new Date(2026, 0, 5, 7, 4), 'csv')).toBe(
      'returns-lcrca-2024-q3-2026-01-05T0704.csv',
    );
    expect(exportFileName('***', new Date(2026, 0, 5, 7, 4), 'csv')).toBe('export-2026-01-05T0704.csv');
  });
});
