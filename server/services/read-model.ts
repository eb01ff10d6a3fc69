/**
 * The figures side of the API: the dashboard, the register and one contract, answered from
 * PostgreSQL. Quantities are summed in SQL; every rule applied to those sums (expected to date,
 * % of expected, RAG, contract RAG, social value) comes from `src/lib/figures`, as in the mock.
 */
import type {
  ContractDetail,
  ContractsQuery,
  ContractSummary,
  ContractViewQuery,
  DashboardQuery,
  DashboardSummary,
  Page,
} from '@/lib/contract';
import { ApiProblem } from '@/lib/contract/problems';
import type { Db } from '../db/client';

export interface ReadModel {
  dashboard(query: DashboardQuery): Promise<DashboardSummary>;
  listContracts(query: ContractsQuery): Promise<Page<ContractSummary>>;
  /** 404 `ApiProblem` when there is no such contract. */
  contract(id: string, view: ContractViewQuery): Promise<ContractDetail>;
}

function notYet(): never {
  throw new ApiProblem({ type: 'urn:svm:problem:internal', title: 'Not implemented', status: 501 });
}

export function createReadModel(_db: Db): ReadModel {
  return { dashboard: async () => notYet(), listContracts: async () => notYet(), contract: async () => notYet() };
}
