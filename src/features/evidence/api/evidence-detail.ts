import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api/client';
import { apiPaths, evidenceDetailSchema } from '@/lib/contract';

/** The key every reader of one evidence item shares (the contract drill-down uses it too). */
export function evidenceDetailKey(evidenceId: string) {
  return ['evidence', 'detail', evidenceId] as const;
}

/** One evidence item with its audit history. */
export function evidenceDetailQueryOptions(evidenceId: string) {
  return queryOptions({
    queryKey: evidenceDetailKey(evidenceId),
    queryFn: ({ signal }) => apiGet(apiPaths.evidence(evidenceId), evidenceDetailSchema, { signal }),
  });
}

export function useEvidenceDetail(evidenceId: string) {
  return useQuery(evidenceDetailQueryOptions(evidenceId));
}
