import { contractsQuerySchema, toSearchParams, type DashboardQuery, type Rag } from '@/lib/contract';

/** The register showing the contracts behind a dashboard figure: same filter, same basis, optionally one RAG. */
export function registerHref({ borough, theme, period, status, basis }: DashboardQuery, rag?: Rag): string {
  const params = toSearchParams(contractsQuerySchema, { borough, theme, period, status, basis, rag: rag ? [rag] : [] });
  const search = params.toString();
  return search ? `/contracts?${search}` : '/contracts';
}
