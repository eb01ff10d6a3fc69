import type { Commitment, SupplierReturn } from '@/lib/contract';
import { quarterSerial } from '@/lib/figures';

export interface ReturnRow {
  ret: SupplierReturn;
  profiled: number;
}

/** A return is late when it came in after its due date, or has not come in and is past due. */
export function isLate(ret: Pick<SupplierReturn, 'status' | 'dueOn' | 'submittedOn'>): boolean {
  if (ret.submittedOn !== null) return ret.submittedOn > ret.dueOn;
  return ret.status === 'missing' || ret.status === 'late';
}

/** The commitment's returns in quarter order, each beside what the profile expected in that quarter. */
export function returnRows(
  commitment: Pick<Commitment, 'id' | 'profile'>,
  returns: readonly SupplierReturn[],
): ReturnRow[] {
  const profiled = new Map(commitment.profile.map((p) => [p.quarter, p.quantity]));
  return returns
    .filter((r) => r.commitmentId === commitment.id)
    .sort((a, b) => quarterSerial(a.quarter) - quarterSerial(b.quarter))
    .map((ret) => ({ ret, profiled: profiled.get(ret.quarter) ?? 0 }));
}
