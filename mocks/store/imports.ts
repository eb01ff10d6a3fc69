import type { Commitment } from '@/lib/contract';
import { contractStatusOn } from '@/lib/figures';
import type { ContractRecord, Dataset } from '@/lib/demo-data/dataset';
import { commitmentKey, type ImportPlan, type RegisterSnapshot } from '@/lib/import';

/** The register as the importer's plan addresses it, from the mock's data set. */
export function snapshotOfDataset(dataset: Dataset): RegisterSnapshot {
  const byId = new Map(dataset.contracts.map((c) => [c.id, c.reference]));
  return {
    suppliers: new Map(
      dataset.contracts.map((c) => [c.supplier.companyNumber, { id: c.supplier.id, name: c.supplier.name }]),
    ),
    contracts: new Map(
      dataset.contracts.map((c) => [
        c.reference,
        {
          id: c.id,
          reference: c.reference,
          title: c.title,
          companyNumber: c.supplier.companyNumber,
          value: c.value,
          startDate: c.startDate,
          endDate: c.endDate,
          boroughs: c.boroughs,
          regionWide: c.regionWide,
          category: c.category,
          managerId: c.managerId,
        },
      ]),
    ),
    commitments: new Map(
      dataset.commitments.map((k) => [
        commitmentKey(byId.get(k.contractId) ?? '', k.measureCode, k.area),
        { id: k.id, total: k.total, profile: k.profile },
      ]),
    ),
  };
}

/**
 * A new data set with the plan applied, as the server's transaction applies it: suppliers by
 * company number, contracts by reference, commitments by contract, measure and area; the ids
 * it makes follow the server's pattern. The data set given is not changed.
 */
export function applyPlanToDataset(dataset: Dataset, plan: ImportPlan, managerName: (id: string) => string): Dataset {
  const suppliers = new Map(dataset.contracts.map((c) => [c.supplier.companyNumber, c.supplier]));
  for (const s of plan.suppliers.create) {
    suppliers.set(s.companyNumber, {
      id: `s-${s.companyNumber}`,
      name: s.name,
      companyNumber: s.companyNumber,
      sme: false,
      vcse: false,
    });
  }
  for (const s of plan.suppliers.rename) {
    const old = suppliers.get(s.companyNumber);
    if (old) suppliers.set(s.companyNumber, { ...old, name: s.name });
  }
  const asOf = dataset.reference.asOf;
  const record = (c: ImportPlan['contracts']['create'][number], id: string): ContractRecord => {
    const supplier = suppliers.get(c.companyNumber);
    if (!supplier) throw new Error(`No supplier ${c.companyNumber}`);
    return {
      id,
      reference: c.reference,
      title: c.title,
      supplier,
      category: c.category,
      value: c.value,
      startDate: c.startDate,
      endDate: c.endDate,
      status: contractStatusOn(c.startDate, c.endDate, asOf),
      boroughs: c.boroughs,
      regionWide: c.regionWide,
      managerId: c.managerId,
      managerName: managerName(c.managerId),
    };
  };
  const updates = new Map(plan.contracts.update.map((c) => [c.id, c]));
  const contracts = dataset.contracts.map((c) => {
    const update = updates.get(c.id);
    if (update) return record(update, c.id);
    const supplier = suppliers.get(c.supplier.companyNumber);
    return supplier && supplier !== c.supplier ? { ...c, supplier } : c;
  });
  let ordinal = dataset.contracts.length - 1;
  const ids = new Map(contracts.map((c) => [c.reference, c.id]));
  for (const c of plan.contracts.create) {
    ordinal += 1;
    const id = `c-i${ordinal}`;
    ids.set(c.reference, id);
    contracts.push(record(c, id));
  }
  const commitmentUpdates = new Map(plan.commitments.update.map((k) => [k.id, k]));
  const commitments: Commitment[] = dataset.commitments.map((k) => {
    const update = commitmentUpdates.get(k.id);
    return update ? { ...k, total: update.total, profile: update.profile } : k;
  });
  let commitmentOrdinal = dataset.commitments.length - 1;
  for (const k of plan.commitments.create) {
    commitmentOrdinal += 1;
    const contractId = ids.get(k.contractReference) ?? '';
    commitments.push({
      id: `${contractId}-i${commitmentOrdinal}`,
      contractId,
      measureCode: k.measureCode,
      area: k.area,
      total: k.total,
      profile: k.profile,
    });
  }
  return { ...dataset, contracts, commitments };
}
