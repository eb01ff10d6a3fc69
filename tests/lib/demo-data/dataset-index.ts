import type { AuditEvent, Commitment, Evidence, SupplierReturn } from '@/lib/contract';
import type { ContractRecord, Dataset } from '@/lib/demo-data/dataset';

/** Lookups over a generated data set, for tests that follow its references. */
export interface DatasetIndex {
  contracts: Map<string, ContractRecord>;
  commitments: Map<string, Commitment>;
  returns: Map<string, SupplierReturn>;
  commitmentsByContract: Map<string, Commitment[]>;
  returnsByCommitment: Map<string, SupplierReturn[]>;
  evidenceByReturn: Map<string, Evidence[]>;
  auditByEvidence: Map<string, AuditEvent[]>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function indexDataset(data: Dataset): DatasetIndex {
  return {
    contracts: new Map(data.contracts.map((c) => [c.id, c])),
    commitments: new Map(data.commitments.map((c) => [c.id, c])),
    returns: new Map(data.returns.map((r) => [r.id, r])),
    commitmentsByContract: groupBy(data.commitments, (c) => c.contractId),
    returnsByCommitment: groupBy(data.returns, (r) => r.commitmentId),
    evidenceByReturn: groupBy(data.evidence, (e) => e.returnId),
    auditByEvidence: groupBy(data.audit, (a) => a.evidenceId),
  };
}

/** Looks a record up, failing the test with a clear message when it is not there. */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Missing ${what}`);
  return value;
}
