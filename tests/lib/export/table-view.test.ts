// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeSort, visibleColumnIds } from '@/lib/export/table-view';

const columns = [
  { id: 'reference', header: 'Reference', meta: { sortKey: 'reference' } },
  { id: 'value', header: 'Value', meta: { sortKey: 'value' } },
  { id: 'uploaded', header: 'Uploaded', meta: { sortKey: 'uploadedAt' } },
  { id: 'status', header: 'Status' },
];

describe('visibleColumnIds', () => {
  it('keeps the table order and leaves out hidden columns', () => {
    expect(visibleColumnIds(columns, { value: false, status: true })).toEqual(['reference', 'uploaded', 'status']);
    expect(visibleColumnIds(columns)).toEqual(['reference', 'value', 'uploaded', 'status']);
  });
});

describe('describeSort', () => {
  it('names the column the list is sorted by, and the direction', () => {
    expect(describeSort('-value', columns)).toBe('Sorted by Value, descending');
    expect(describeSort('uploadedAt', columns)).toBe('Sorted by Uploaded, ascending');
    expect(describeSort('status', columns)).toBe('Sorted by Status, ascending');
    expect(describeSort('-unknown', columns)).toBe('Sorted by unknown, descending');
  });
});
