import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { apiPaths, contractDetailSchema, type Basis, type Period } from '@/lib/contract';

export interface ContractFiguresOptions {
  basis: Basis;
  period: Period;
}

/** One contract with its commitments (figures for the period, RAG on the basis) and every quarterly return. */
export function contractDetailQueryOptions(contractId: string, { basis, period }: ContractFiguresOptions) {
  return queryOptions({
    queryKey: queryKeys.contracts.detail(contractId, { basis, period }),
    queryFn: ({ signal }) =>
      apiGet(apiPaths.contract(contractId), contractDetailSchema, {
        params: new URLSearchParams({ basis, period }),
        signal,
      }),
    // Switching basis or period redraws figures in place rather than blanking the page.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === contractId ? keepPreviousData(previous) : undefined,
  });
}

export function useContractDetail(contractId: string, options: ContractFiguresOptions) {
  return useQuery(contractDetailQueryOptions(contractId, options));
}
