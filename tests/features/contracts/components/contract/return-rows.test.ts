import { describe, expect, it } from 'vitest';
import type { SupplierReturn } from '@/lib/contract';
import { isLate, returnRows } from '@/features/contracts/components/contract/return-rows';

function aReturn(overrides: Partial<SupplierReturn>): SupplierReturn {
  return {
    id: 'r',
    contractId: 'c1',
    commitmentId: 'cm1',
    measureCode: 'NT1',
    area: 'E08000012',
    quarter: '2025-26-Q1',
    claimed: 0,
    verified: 0,
    dueOn: '2025-07-31',
    submittedOn: '2025-07-20',
    status: 'submitted',
    evidenceCount: 0,
    ...overrides,
  };
}

describe('isLate', () => {
  it('is late when submitted after the due date', () => {
    expect(isLate(aReturn({ submittedOn: '2025-08-01', status: 'late' }))).toBe(true);
  });

  it('is on time when submitted on the due date', () => {
    expect(isLate(aReturn({ submittedOn: '2025-07-31' }))).toBe(false);
  });

  it('is late when missing past its due date, and not while still due', () => {
    expect(isLate(aReturn({ submittedOn: null, status: 'missing' }))).toBe(true);
    expect(isLate(aReturn({ submittedOn: null, status: 'due' }))).toBe(false);
  });
});

describe('returnRows', () => {
  const commitment = {
    id: 'cm1',
    profile: [
      { quarter: '2025-26-Q1', quantity: 4 },
      { quarter: '2025-26-Q2', quantity: 6 },
    ],
  };

  it("keeps only the commitment's returns, in quarter order, each beside its profiled quantity", () => {
    const rows = returnRows(commitment, [
      aReturn({ id: 'b', quarter: '2025-26-Q2' }),
      aReturn({ id: 'other', commitmentId: 'cm2' }),
      aReturn({ id: 'c', quarter: '2025-26-Q3' }),
      aReturn({ id: 'a', quarter: '2025-26-Q1' }),
    ]);
    expect(rows.map((row) => [row.ret.id, row.profiled])).toEqual([
      ['a', 4],
      ['b', 6],
      ['c', 0],
    ]);
  });

  it('orders quarters across financial years, not as text', () => {
    const rows = returnRows(commitment, [
      aReturn({ id: 'later', quarter: '2026-27-Q1' }),
      aReturn({ id: 'earlier', quarter: '2025-26-Q4' }),
    ]);
    expect(rows.map((row) => row.ret.id)).toEqual(['earlier', 'later']);
  });
});
