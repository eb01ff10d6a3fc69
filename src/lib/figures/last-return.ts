import type { ContractSummary, SupplierReturn } from '@/lib/contract';
import { cachedQuarterSerial } from './periods';

export type LastReturn = ContractSummary['lastReturn'];

/**
 * A contract's last return: the latest quarter whose return was due or has been sent, when it
 * was sent (null if it never was) and whether any part of it came late or is missing. Returns
 * still due are not yet "last". Rows may be single returns or several of one quarter and status
 * already grouped (with the latest `submittedOn`): the answer is the same.
 */
export function lastReturnOf(
  returns: Iterable<Pick<SupplierReturn, 'quarter' | 'status' | 'submittedOn'>>,
): LastReturn {
  let best: { serial: number; quarter: string; submittedOn: string | null; late: boolean } | null = null;
  for (const r of returns) {
    if (r.status === 'due') continue;
    const serial = cachedQuarterSerial(r.quarter);
    if (best === null || serial > best.serial) best = { serial, quarter: r.quarter, submittedOn: null, late: false };
    if (serial < best.serial) continue;
    if (r.submittedOn !== null && (best.submittedOn === null || r.submittedOn > best.submittedOn)) {
      best.submittedOn = r.submittedOn;
    }
    if (r.status === 'late' || r.status === 'missing') best.late = true;
  }
  return best && { quarter: best.quarter, submittedOn: best.submittedOn, late: best.late };
}

/** Orders last returns oldest first; a contract without one sorts first: it is the most overdue. */
export function compareLastReturn(a: LastReturn, b: LastReturn): number {
  if (a === null || b === null) return (a === null ? 0 : 1) - (b === null ? 0 : 1);
  return (
    cachedQuarterSerial(a.quarter) - cachedQuarterSerial(b.quarter) ||
    (a.submittedOn ?? '').localeCompare(b.submittedOn ?? '')
  );
}
