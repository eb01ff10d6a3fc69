import { z } from 'zod';
import { decisionRequestSchema, isoDateTimeSchema, type DecisionRequest } from '@/lib/contract';
import { ApiProblem } from '@/lib/contract/problems';

/**
 * What persists of the demo: the decisions users made, in order. The data itself is regenerated
 * from its seed and size, then the decisions are replayed onto it, so a saved session is small
 * and replays to exactly the same state.
 */
export const decisionLogEntrySchema = z.object({
  evidenceId: z.string(),
  userId: z.string(),
  at: isoDateTimeSchema,
  request: decisionRequestSchema,
});
export type DecisionLogEntry = z.infer<typeof decisionLogEntrySchema>;

/** The saved form (a file for the HTTP server, a localStorage value in the browser). */
export const decisionFileSchema = z.object({
  format: z.literal('svm-decisions'),
  version: z.literal(1),
  seed: z.number().int(),
  contracts: z.number().int().min(0),
  decisions: z.array(decisionLogEntrySchema),
});
export type DecisionFile = z.infer<typeof decisionFileSchema>;

/**
 * The part of the mock store a decision log is read from and replayed onto. The store satisfies
 * it; naming only these methods keeps this module below the store rather than beside it.
 */
export interface DecisionLogStore {
  decide(id: string, request: DecisionRequest, userId: string, options?: { at?: string }): unknown;
  decisionLog(): DecisionLogEntry[];
  datasetKey(): { seed: number; contracts: number };
}

export class DecisionReplayError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecisionReplayError';
  }
}

export function toDecisionFile(store: DecisionLogStore): DecisionFile {
  return { format: 'svm-decisions', version: 1, ...store.datasetKey(), decisions: store.decisionLog() };
}

/**
 * Reads a saved decision file and replays it onto a freshly created store. Throws
 * `DecisionReplayError` when the content is not a decision file, was saved for another data set
 * (seed or size), or a decision no longer applies: the caller decides whether to start clean.
 */
export function restoreDecisionFile(store: DecisionLogStore, content: unknown): void {
  const parsed = decisionFileSchema.safeParse(content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new DecisionReplayError(`It is not a decision log${where}: ${issue?.message ?? 'unreadable'}.`);
  }
  const { seed, contracts } = store.datasetKey();
  if (parsed.data.seed !== seed || parsed.data.contracts !== contracts) {
    throw new DecisionReplayError(
      `It was saved for the data set with seed ${parsed.data.seed} and ${parsed.data.contracts} contracts, ` +
        `not seed ${seed} and ${contracts} contracts.`,
    );
  }
  applyDecisionLog(store, parsed.data.decisions);
}

/** Replays decisions in order. Stops at the first that no longer applies, naming it. */
export function applyDecisionLog(store: DecisionLogStore, log: readonly DecisionLogEntry[]): void {
  log.forEach((entry, i) => {
    try {
      store.decide(entry.evidenceId, entry.request, entry.userId, { at: entry.at });
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      throw new DecisionReplayError(
        `Decision ${i + 1} (${entry.request.decision} evidence ${entry.evidenceId}) no longer applies: ${error.message}`,
      );
    }
  });
}
