import type { ContractStatus } from '@/lib/contract';

const DAY_MS = 86_400_000;
/** Contracts started within the last quarter are still mobilising. */
export const MOBILISING_DAYS = 92;

function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

/** A contract's status on a date: mobilising in its first quarter, closed after its end, else live. */
export function contractStatusOn(startDate: string, endDate: string, asOf: string): ContractStatus {
  const today = dayNumber(asOf);
  if (dayNumber(startDate) > today - MOBILISING_DAYS) return 'mobilising';
  if (dayNumber(endDate) < today) return 'closed';
  return 'live';
}
