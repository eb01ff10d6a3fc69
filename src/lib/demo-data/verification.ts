import type { Decision, VerificationStatus } from '@/lib/contract';
import { MINUTES_PER_DAY, nextWorkingDay } from './dates';
import { AS_OF_DAY, type Archetype, type Behaviour } from './delivery';
import type { Random } from './random';

export interface TimedDecision {
  decision: Decision;
  minute: number;
}

/** Where a piece of evidence has got to by the as-of date, and the decisions that took it there. */
export interface Verification {
  status: VerificationStatus;
  decisions: TimedDecision[];
}

const TO_STATUS: Record<Decision, VerificationStatus> = { verify: 'verified', reject: 'rejected', query: 'queried' };

export function statusAfter(decision: Decision): VerificationStatus {
  return TO_STATUS[decision];
}

/** Nothing is decided after the data set's as-of date. */
const LAST_MINUTE = AS_OF_DAY * MINUTES_PER_DAY + 18 * 60;

/** A decision some working days after the previous event, in office hours. */
function decisionTime(r: Random, after: number, maxDelayDays: number): number {
  const day = nextWorkingDay(Math.floor(after / MINUTES_PER_DAY) + r.int(1, maxDelayDays));
  const minute = day * MINUTES_PER_DAY + 9 * 60 + 5 * r.int(0, 102);
  return Math.max(minute, after + 30);
}

type StatusMix = readonly (readonly [VerificationStatus, number])[];

/** How much more (or less) than usual of a supplier's evidence is queried or rejected. */
const DOUBT: Record<Archetype, number> = { ahead: 0.5, 'on-track': 0.6, behind: 1.5, 'badly-behind': 3 };

function mixes(pending: number, verified: number, queried: number, rejected: number): Record<Archetype, StatusMix> {
  const mix = (doubt: number): StatusMix => [
    ['pending', pending],
    ['verified', verified],
    ['queried', queried * doubt],
    ['rejected', rejected * doubt],
  ];
  return {
    ahead: mix(DOUBT.ahead),
    'on-track': mix(DOUBT['on-track']),
    behind: mix(DOUBT.behind),
    'badly-behind': mix(DOUBT['badly-behind']),
  };
}

/**
 * By age: the last quarter's evidence is partly still waiting; older evidence has mostly been
 * decided, and none over a year old is still open (a queue topped by items waiting four years
 * would say the authority had stopped checking, not that it was behind).
 */
const STATUS_MIX = {
  fresh: mixes(30, 62, 6, 2),
  recent: mixes(12, 80, 6, 2),
  months: mixes(8, 85, 4, 3),
  older: mixes(1.5, 95, 1, 2.5),
  decided: mixes(0, 97, 0, 3),
};

function finalStatus(r: Random, ageDays: number, behaviour: Behaviour): VerificationStatus {
  if (ageDays < 2) return 'pending';
  const byAge =
    ageDays <= 14
      ? STATUS_MIX.fresh
      : ageDays <= 45
        ? STATUS_MIX.recent
        : ageDays <= 120
          ? STATUS_MIX.months
          : ageDays <= 365
            ? STATUS_MIX.older
            : STATUS_MIX.decided;
  return r.weighted(byAge[behaviour.archetype]);
}

function pathTo(r: Random, status: VerificationStatus): Decision[] {
  switch (status) {
    case 'pending':
      return [];
    case 'queried':
      return ['query'];
    case 'verified':
      return r.chance(0.8) ? ['verify'] : ['query', 'verify'];
    case 'rejected':
      return r.chance(0.7) ? ['reject'] : ['query', 'reject'];
  }
}

/**
 * The decisions on one piece of evidence uploaded at `uploadMinute`, in time order. A decision that
 * would fall after the as-of date is never made, so the evidence stays where the earlier ones left it.
 */
export function verification(r: Random, uploadMinute: number, behaviour: Behaviour): Verification {
  const ageDays = AS_OF_DAY - Math.floor(uploadMinute / MINUTES_PER_DAY);
  const decisions: TimedDecision[] = [];
  let at = uploadMinute;
  for (const decision of pathTo(r, finalStatus(r, ageDays, behaviour))) {
    // A first look within two weeks; a query waits up to a month for the supplier's answer.
    at = decisionTime(r, at, decisions.length === 0 ? 10 : 30);
    if (at > LAST_MINUTE) break;
    decisions.push({ decision, minute: at });
  }
  const last = decisions[decisions.length - 1];
  return { status: last ? statusAfter(last.decision) : 'pending', decisions };
}
