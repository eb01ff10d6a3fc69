/**
 * The rules of deciding on evidence, written once for the mock API and the server: who may
 * decide, what a decision body must hold, what it does to the evidence, and how refusals read.
 */
export { decisionRefusal, evidenceNotFound, ROLE_NAME, unknownUser } from './access';
export { decisionEvent, decisionOutcome, decisionTime, returnVerified, type DecisionOutcome } from './outcome';
export { bodyNotJson, parseDecisionRequest } from './request';
export { staleDecision } from './stale';
