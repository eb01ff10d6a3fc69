import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import {
  apiPaths,
  auditEventSchema,
  auditQuerySchema,
  pageSchema,
  toSearchParams,
  type AuditQuery,
} from '@/lib/contract';

const auditPageSchema = pageSchema(auditEventSchema);

/**
 * One page of the audit log. Keyed under 'audit' so that a decision anywhere refreshes it;
 * the previous page stays on screen while the next one loads.
 */
export function auditListQueryOptions(query: AuditQuery) {
  return queryOptions({
    queryKey: queryKeys.audit.list(query),
    queryFn: ({ signal }) =>
      apiGet(apiPaths.audit, auditPageSchema, { params: toSearchParams(auditQuerySchema, query), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAuditList(query: AuditQuery) {
  return useQuery(auditListQueryOptions(query));
}
