import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { evidenceListQueryOptions } from '@/lib/api/evidence';
import type { EvidenceQuery } from '@/lib/contract';

/**
 * One page of the verification queue: an evidence list, so a decision anywhere refreshes it;
 * the previous page stays visible while the next loads.
 */
export function evidenceQueueQueryOptions(query: EvidenceQuery) {
  return queryOptions({ ...evidenceListQueryOptions(query), placeholderData: keepPreviousData });
}

export function useEvidenceQueue(query: EvidenceQuery) {
  return useQuery(evidenceQueueQueryOptions(query));
}
