import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api/client';
import {
  apiPaths,
  evidenceQuerySchema,
  evidenceSchema,
  pageSchema,
  toSearchParams,
  type EvidenceQuery,
} from '@/lib/contract';

const evidencePageSchema = pageSchema(evidenceSchema);

/**
 * One page of the verification queue. Keyed `['evidence', 'list', query]` like every evidence
 * list, so a decision anywhere refreshes it; the previous page stays visible while the next loads.
 */
export function evidenceQueueQueryOptions(query: EvidenceQuery) {
  return queryOptions({
    queryKey: ['evidence', 'list', query] as const,
    queryFn: ({ signal }) =>
      apiGet(apiPaths.evidenceList, evidencePageSchema, { params: toSearchParams(evidenceQuerySchema, query), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useEvidenceQueue(query: EvidenceQuery) {
  return useQuery(evidenceQueueQueryOptions(query));
}
