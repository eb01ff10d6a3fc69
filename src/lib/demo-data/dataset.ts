import type { AuditEvent, Commitment, ContractSummary, Evidence, ReferenceData, SupplierReturn } from '@/lib/contract';

/** A contract as stored: the summary's own facts, without the figures derived from its returns. */
export type ContractRecord = Omit<ContractSummary, 'rag' | 'headlinePct' | 'lastReturn' | 'evidenceAwaiting'>;

/** Everything the mock API serves. Generated from a seed; decisions change evidence, returns and audit. */
export interface Dataset {
  seed: number;
  reference: ReferenceData;
  contracts: ContractRecord[];
  commitments: Commitment[];
  returns: SupplierReturn[];
  evidence: Evidence[];
  audit: AuditEvent[];
}
