import { describe, expect, it } from 'vitest';
import type { SupplierReturn } from '@/lib/contract';
import { returnsFinding } from '@/features/contracts/components/contract/returns-chart';
import type { ReturnRow } from '@/features/contracts/components/contract/return-rows';

function row(
  profiled: number,
  claimed: number,
  verified: number,
  status: SupplierReturn['status'] = 'submitted',
): ReturnRow {
  return {
    profiled,
    ret: {
      id: `${profiled}-${claimed}-${verified}`,
      contractId: 'c1',
      commitmentId: 'cm1',
      measureCode: 'JOBS',
      area: 'region',
      quarter: '2025-26-Q1',
      claimed,
      verified,
      dueOn: '2025-07-31',
      submittedOn: null,
      status,
      evidenceCount: 0,
    },
  };
}

describe('returnsFinding', () => {
  it('says how far verified delivery is behind the profile of the quarters returned', () => {
    expect(returnsFinding([row(50, 60, 40), row(50, 50, 42)], 'verified')).toBe(
      'Verified delivery is 18% behind profile',
    );
  });

  it('uses claimed figures on the claimed basis, and says when delivery is ahead', () => {
    expect(returnsFinding([row(50, 60, 40)], 'claimed')).toBe('Claimed delivery is 20% ahead of profile');
  });

  it('ignores quarters not yet due, and says when nothing was profiled', () => {
    expect(returnsFinding([row(10, 10, 10), row(90, 0, 0, 'due')], 'verified')).toBe('Verified delivery is on profile');
    expect(returnsFinding([row(0, 5, 5)], 'verified')).toBe('Nothing was profiled for the quarters returned so far');
  });
});
