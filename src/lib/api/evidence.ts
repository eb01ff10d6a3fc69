import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  apiPaths,
  evidenceDetailSchema,
  evidenceQuerySchema,
  evidenceSchema,
  pageSchema,
  toSearchParams,
  type EvidenceQuery,
} from '@/lib/contract';
import { apiGet } from './client';
import { queryKeys } from './query-keys';

const evidencePageSchema = pageSchema(evidenceSchema);

/** One page of evidence (the queue, or one return's items): keyed as an evidence list, so a decision refreshes it. */
export function evidenceListQueryOptions(query: EvidenceQuery) {
  return queryOptions({
    queryKey: queryKeys.evidence.list(query),
    queryFn: ({ signal }) =>
      apiGet(apiPaths.evidenceList, evidencePageSchema, { params: toSearchParams(evidenceQuerySchema, query), signal }),
  });
}

/**
 * One evidence item with its audit history. The queue's panel and the contract drill-down (which
 * reads it to place the item: its commitment, quarter and file name) share this query, so they
 * share one request and a decision refreshes both.
 */
export function evidenceDetailQueryOptions(evidenceId: string) {
  return queryOptions({
    queryKey: queryKeys.evidence.detail(evidenceId),
    queryFn: ({ signal }) => apiGet(apiPaths.evidence(evidenceId), evidenceDetailSchema, { signal }),
  });
}

export function useEvidenceDetail(evidenceId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...evidenceDetailQueryOptions(evidenceId), enabled });
}
