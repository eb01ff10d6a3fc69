import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api/client';
import { apiPaths, evidenceDetailSchema } from '@/lib/contract';

/**
 * One evidence item, read to place it in the drill-down (its commitment and quarter, its file
 * name for the breadcrumbs). The key is the evidence feature's detail key, so the drill-down
 * and the evidence panel share one request and a decision refreshes both.
 */
export function evidenceDetailQueryOptions(evidenceId: string) {
  return queryOptions({
    queryKey: ['evidence', 'detail', evidenceId] as const,
    queryFn: ({ signal }) => apiGet(apiPaths.evidence(evidenceId), evidenceDetailSchema, { signal }),
  });
}

export function useEvidenceDetail(evidenceId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...evidenceDetailQueryOptions(evidenceId), enabled });
}
