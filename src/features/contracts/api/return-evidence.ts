import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api/client';
import {
  apiPaths,
  evidenceQuerySchema,
  evidenceSchema,
  pageSchema,
  toSearchParams,
  verificationStatusSchema,
  type EvidenceQuery,
} from '@/lib/contract';

const evidencePageSchema = pageSchema(evidenceSchema);

export interface ReturnRef {
  contractId: string;
  measureCode: string;
  quarter: string;
}

/** The largest page the API serves: one return never carries anywhere near this much evidence. */
const RETURN_EVIDENCE_PAGE_SIZE = 500;

export function returnEvidenceQuery({ contractId, measureCode, quarter }: ReturnRef): EvidenceQuery {
  return evidenceQuerySchema.parse({
    contractId,
    measure: measureCode,
    quarter,
    // Without a status the API answers with the verification queue (pending and queried only).
    status: verificationStatusSchema.options,
    sort: 'uploadedAt',
    pageSize: RETURN_EVIDENCE_PAGE_SIZE,
  });
}

/**
 * The evidence behind one return. The API narrows by contract, measure and quarter; a
 * region-wide commitment has no borough to narrow by, so callers pick the return's own items
 * out by commitment id. Keys start with 'evidence' so a decision elsewhere refreshes this list.
 */
export function returnEvidenceQueryOptions(ref: ReturnRef) {
  const query = returnEvidenceQuery(ref);
  return queryOptions({
    queryKey: ['evidence', 'list', query] as const,
    queryFn: ({ signal }) =>
      apiGet(apiPaths.evidenceList, evidencePageSchema, { params: toSearchParams(evidenceQuerySchema, query), signal }),
  });
}

export function useReturnEvidence(ref: ReturnRef) {
  return useQuery(returnEvidenceQueryOptions(ref));
}
