import type { ReturnStatus } from '@/lib/contract';
import { quarterSerial } from '@/lib/figures';
import { dayOf, nextWorkingDay, weekday } from './dates';
import { quarterAt } from './quarters';
import type { Random } from './random';
import { AS_OF, REPORTING_QUARTER } from './reference';

/**
 * How a supplier delivers against its profile; every contract gets one, as real portfolios have all
 * four. Most suppliers deliver roughly to profile: with a quarter in four behind, the claimed RAG of
 * live contracts comes out about 55% green, 20% amber and 25% red.
 */
export type Archetype = 'ahead' | 'on-track' | 'behind' | 'badly-behind';

export interface Behaviour {
  archetype: Archetype;
  /** Claimed as a share of the profile, before quarter-to-quarter noise. */
  pace: number;
  /** Chance that a past quarter's return never arrives. */
  missing: number;
  /** Chance that a return arrives after its due date. */
  late: number;
  /** Chance that verified evidence is accepted only in part. */
  partial: number;
}

const ARCHETYPES: readonly (readonly [Archetype, number])[] = [
  ['ahead', 30],
  ['on-track', 45],
  ['behind', 17],
  ['badly-behind', 8],
];

export function behaviour(r: Random): Behaviour {
  const archetype = r.weighted(ARCHETYPES);
  switch (archetype) {
    case 'ahead':
      return { archetype, pace: r.between(1.1, 1.3), missing: 0.01, late: 0.04, partial: 0.03 };
    case 'on-track':
      return { archetype, pace: r.between(0.95, 1.05), missing: 0.02, late: 0.08, partial: 0.04 };
    case 'behind':
      return { archetype, pace: r.between(0.6, 0.85), missing: 0.06, late: 0.2, partial: 0.12 };
    case 'badly-behind':
      return { archetype, pace: r.between(0, 0.5), missing: 0.35, late: 0.3, partial: 0.2 };
  }
}

export const REPORTING_SERIAL = quarterSerial(REPORTING_QUARTER);
export const AS_OF_DAY = dayOf(AS_OF);

/** One quarter's return from a supplier: it covers all the contract's commitments at once. */
export interface Submission {
  status: ReturnStatus;
  submittedDay: number | null;
}

function onTime(r: Random, serial: number): number {
  const { endDay, dueDay } = quarterAt(serial);
  // Most returns arrive within three weeks of the quarter's end, leaving time to check them.
  const day = Math.min(endDay + r.int(3, 21), dueDay, AS_OF_DAY);
  // Suppliers send returns on working days: a weekend date moves back to the Friday.
  const d = weekday(day);
  return d === 6 ? day - 1 : d === 0 ? day - 2 : day;
}

function late(r: Random, serial: number): number {
  const { dueDay } = quarterAt(serial);
  const day = nextWorkingDay(dueDay + r.int(1, 45));
  return Math.min(day, AS_OF_DAY);
}

/**
 * When the supplier sent each quarter's return, from the contract's first quarter up to the
 * reporting quarter. The reporting quarter's return is "due" until it arrives, never "missing".
 */
export function submissions(r: Random, b: Behaviour, firstSerial: number, lastSerial: number): Submission[] {
  const out: Submission[] = [];
  const last = Math.min(lastSerial, REPORTING_SERIAL);
  for (let serial = firstSerial; serial <= last; serial += 1) {
    if (serial === REPORTING_SERIAL) {
      const waiting = b.archetype === 'badly-behind' ? 0.5 : 0.1;
      const status = r.weighted<ReturnStatus>([
        ['due', waiting],
        ['late', 0.05],
        ['submitted', 1 - waiting - 0.05],
      ]);
      out.push({ status, submittedDay: status === 'due' ? null : status === 'late' ? AS_OF_DAY : onTime(r, serial) });
    } else if (r.chance(b.missing)) {
      out.push({ status: 'missing', submittedDay: null });
    } else if (r.chance(b.late)) {
      out.push({ status: 'late', submittedDay: late(r, serial) });
    } else {
      out.push({ status: 'submitted', submittedDay: onTime(r, serial) });
    }
  }
  return out;
}
