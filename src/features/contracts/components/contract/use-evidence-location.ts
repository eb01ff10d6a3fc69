import { useEffect } from 'react';
import { isNotFound } from '@/lib/api/client';
import type { Evidence } from '@/lib/contract';
import type { SetQueryOptions } from '@/lib/url/use-search-query';
import { useEvidenceDetail } from '@/lib/api/evidence';
import type { ContractPageQuery } from './contract-query';

export type EvidenceLocation =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'error'; error: Error; retry: () => void }
  | { status: 'found'; evidence: Evidence };

interface Search {
  query: ContractPageQuery;
  setQuery: (patch: Partial<ContractPageQuery>, options?: SetQueryOptions) => void;
}

/**
 * Places the evidence named in the URL within this contract's drill-down. A link may name only
 * the evidence (the audit log's do), so its commitment and quarter are filled in from the item
 * itself, replacing the history entry so Back still leaves the page. Evidence of another
 * contract is not found here.
 */
export function useEvidenceLocation(contractId: string, { query, setQuery }: Search): EvidenceLocation {
  const evidenceId = query.evidence;
  const result = useEvidenceDetail(evidenceId ?? '', { enabled: evidenceId !== undefined });
  const evidence = result.data?.evidence;
  const misplaced =
    evidence !== undefined &&
    evidence.id === evidenceId &&
    evidence.contractId === contractId &&
    (evidence.commitmentId !== query.commitment || evidence.quarter !== query.quarter);

  useEffect(() => {
    if (misplaced) setQuery({ commitment: evidence.commitmentId, quarter: evidence.quarter }, { replace: true });
  }, [misplaced, evidence, setQuery]);

  if (evidenceId === undefined) return { status: 'none' };
  if (result.isError) {
    if (isNotFound(result.error)) return { status: 'not-found' };
    return { status: 'error', error: result.error, retry: () => void result.refetch() };
  }
  if (result.data === undefined || misplaced) return { status: 'loading' };
  if (result.data.evidence.contractId !== contractId) return { status: 'not-found' };
  return { status: 'found', evidence: result.data.evidence };
}
