import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiPost } from '@/lib/api/client';
import { apiPaths, evidenceDetailSchema, type DecisionRequest, type EvidenceDetail } from '@/lib/contract';
import { queryKeys } from '@/lib/api/query-keys';

/**
 * Puts a decided item into the cache and marks stale exactly what a decision changes: evidence
 * lists (status), the item's contract (returns' verified figures, RAG), the register
 * (evidence awaiting, RAG), the dashboard (verified totals) and the audit log. Reference data,
 * the signed-in user and other evidence items are untouched. Used after a decision and after
 * someone else's decision is found by a 409.
 */
export function refreshAfterDecision(queryClient: QueryClient, detail: EvidenceDetail): void {
  queryClient.setQueryData(queryKeys.evidence.detail(detail.evidence.id), detail);
  for (const queryKey of [
    queryKeys.evidence.lists(),
    queryKeys.contracts.detailOf(detail.evidence.contractId),
    queryKeys.contracts.lists(),
    queryKeys.dashboard.all(),
    queryKeys.audit.all(),
  ]) {
    // Not awaited: the decision is done; the refetches land while the user moves on.
    void queryClient.invalidateQueries({ queryKey });
  }
}

/** Records a decision on one item, guarded by the version it was read at (409 when stale). */
export function useDecideEvidence(evidenceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: DecisionRequest) =>
      apiPost(apiPaths.evidenceDecisions(evidenceId), request, evidenceDetailSchema),
    onSuccess: (detail) => refreshAfterDecision(queryClient, detail),
  });
}
