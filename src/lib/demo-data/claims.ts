import type { QuarterAmount, Unit } from '@/lib/contract';
import type { Behaviour, Submission } from './delivery';
import { toSteps } from './quantities';
import type { Random } from './random';

/**
 * What the supplier claimed each quarter, in steps. Claims track the running total of the
 * profile at the supplier's pace, with some noise; a quarter whose return is missing claims
 * nothing, and the next return catches up, as real cumulative returns do.
 */
export function claimedSteps(
  r: Random,
  profile: readonly QuarterAmount[],
  unit: Unit,
  behaviour: Behaviour,
  submissions: readonly Submission[],
): number[] {
  const pace = behaviour.pace * r.between(0.95, 1.05);
  let profiled = 0;
  let claimed = 0;
  return submissions.map((submission, i) => {
    profiled += toSteps(profile[i]?.quantity ?? 0, unit);
    if (submission.submittedDay === null) return 0;
    const noise = Math.min(1.2, Math.max(0.8, r.normal(1, 0.05)));
    const now = Math.max(0, Math.round(profiled * pace * noise) - claimed);
    claimed += now;
    return now;
  });
}
