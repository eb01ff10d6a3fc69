/**
 * The one place that says who may do what. Today: only contract managers decide on evidence
 * (the rule and its wording are shared with the mock API). Later: only the contract's own manager.
 */
import type { User } from '@/lib/contract';
import { decisionRefusal } from '@/lib/decisions';

/** Throws the 403 problem when the user may not decide on evidence. */
export function assertMayDecide(user: User): void {
  const refusal = decisionRefusal(user);
  if (refusal) throw refusal;
}
