import type { QueryKey } from '@tanstack/react-query';
import type { AuditQuery, Basis, ContractsQuery, DashboardQuery, EvidenceQuery, Period } from '@/lib/contract';

/**
 * Every query key the app uses, built here only. Keys nest, so a prefix names a family:
 * invalidating `queryKeys.evidence.lists()` refreshes every evidence list (the queue and each
 * return's evidence), whatever its filter.
 */
export const queryKeys = {
  reference: () => ['reference'] as const,
  me: (demoUserId: string | undefined) => ['me', demoUserId ?? null] as const,
  dashboard: {
    all: () => ['dashboard'] as const,
    summary: (query: DashboardQuery) => ['dashboard', 'summary', query] as const,
  },
  contracts: {
    lists: () => ['contracts', 'list'] as const,
    list: (query: ContractsQuery) => ['contracts', 'list', query] as const,
    /** Every figure view (basis, period) of one contract. */
    detailOf: (contractId: string) => ['contracts', 'detail', contractId] as const,
    detail: (contractId: string, figures: { basis: Basis; period: Period }) =>
      ['contracts', 'detail', contractId, figures] as const,
  },
  evidence: {
    lists: () => ['evidence', 'list'] as const,
    list: (query: EvidenceQuery) => ['evidence', 'list', query] as const,
    detail: (evidenceId: string) => ['evidence', 'detail', evidenceId] as const,
    file: (evidenceId: string, as: string) => ['evidence', 'file', evidenceId, as] as const,
  },
  audit: {
    all: () => ['audit'] as const,
    list: (query: AuditQuery) => ['audit', 'list', query] as const,
  },
};

const SAME_FOR_EVERY_USER: readonly unknown[] = [queryKeys.reference()[0], queryKeys.me(undefined)[0]];

/**
 * Whether a query's answer may change with who asks. Reference data is the same for everyone,
 * and `me` is keyed by the user id already, so a switch of user starts a new query of its own.
 */
export function dependsOnUser(queryKey: QueryKey): boolean {
  return !SAME_FOR_EVERY_USER.includes(queryKey[0]);
}
