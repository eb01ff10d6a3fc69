import { decisionRequestSchema, type DecisionRequest } from '@/lib/contract';
import { invalid } from '@/lib/contract/problems';

/** The decision body, checked strictly: a field the contract does not name is refused, not ignored. */
const strictDecisionRequestSchema = decisionRequestSchema.strict();

/** 400 when a body is not JSON at all. */
export function bodyNotJson() {
  return invalid('The request body is not JSON.', [{ name: 'body', reason: 'Must be a JSON object' }]);
}

/** Reads a parsed JSON body as a decision, or refuses it with a 400 naming each bad field. */
export function parseDecisionRequest(body: unknown): DecisionRequest {
  const parsed = strictDecisionRequestSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw invalid(
    'Check the decision.',
    parsed.error.issues.flatMap((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      if (keys.length > 0) return keys.map((name) => ({ name, reason: 'Is not a field of a decision' }));
      return [{ name: issue.path.join('.') || 'body', reason: issue.message }];
    }),
  );
}
