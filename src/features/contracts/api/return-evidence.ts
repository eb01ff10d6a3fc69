import { useQuery } from '@tanstack/react-query';
import { evidenceListQueryOptions } from '@/lib/api/evidence';
import { evidenceQuerySchema, verificationStatusSchema, type EvidenceQuery } from '@/lib/contract';

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
export function useReturnEvidence(ref: ReturnRef) {
  return useQuery(evidenceListQueryOptions(returnEvidenceQuery(ref)));
}
