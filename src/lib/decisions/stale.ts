import type { AuditEvent, EvidenceDetail } from '@/lib/contract';
import { staleVersion, type ApiProblem } from '@/lib/contract/problems';
import { ROLE_NAME } from './access';

const PAST_TENSE: Record<AuditEvent['action'], string> = {
  uploaded: 'uploaded',
  verify: 'verified',
  reject: 'rejected',
  query: 'queried',
};

function describeEvent(event: AuditEvent): string {
  const when = `${event.at.slice(0, 10)} at ${event.at.slice(11, 16)}`;
  const quantity = event.action === 'verify' && event.verifiedQuantity !== null ? ` (${event.verifiedQuantity})` : '';
  const comment = event.comment ? ` with the comment "${event.comment}"` : '';
  return `${event.userName} (${ROLE_NAME[event.role]}) ${PAST_TENSE[event.action]} it${quantity} on ${when}${comment}`;
}

/** 409: the decision was made on an older version; carries the evidence as it stands now. */
export function staleDecision(current: EvidenceDetail, version: number): ApiProblem {
  const last = current.audit.at(-1);
  const since = last ? ` Since then, ${describeEvent(last)}.` : '';
  return staleVersion(
    `This evidence changed after you opened it: you decided on version ${version}, it is now at version ` +
      `${current.evidence.version}.${since} Check the current state and decide again if you still need to.`,
    current,
  );
}
