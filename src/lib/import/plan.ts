import {
  BOROUGHS,
  COMMITMENT_COLUMNS,
  CONTRACT_COLUMNS,
  REGION_WIDE,
  REGION_WIDE_LABEL,
  type Area,
  IMPORT_CHANGES_SHOWN,
  type ImportChange,
  type ImportResult,
  type QuarterAmount,
} from '@/lib/contract';
import { formatProfile } from './fields';
import type { CommitmentInput, ContractInput, ValidRegister } from './validate';

export type SnapshotContract = Omit<ContractInput, 'row' | 'supplierName'> & { id: string };

/** The register as it stands, keyed as a file addresses it. */
export interface RegisterSnapshot {
  suppliers: ReadonlyMap<string, { id: string; name: string }>;
  contracts: ReadonlyMap<string, SnapshotContract>;
  /** Keyed by `commitmentKey`. */
  commitments: ReadonlyMap<string, { id: string; total: number; profile: readonly QuarterAmount[] }>;
}

export function commitmentKey(contractReference: string, measureCode: string, area: string): string {
  return `${contractReference}\n${measureCode}\n${area}`;
}

export interface ImportPlan {
  suppliers: {
    create: { companyNumber: string; name: string }[];
    rename: { id: string; companyNumber: string; name: string }[];
    unchanged: number;
  };
  contracts: { create: ContractInput[]; update: (ContractInput & { id: string })[]; unchanged: number };
  commitments: { create: CommitmentInput[]; update: (CommitmentInput & { id: string })[]; unchanged: number };
  /** Every field that differs from the register, in file order; one `record` entry per new record. */
  changes: ImportChange[];
}

const boroughName = new Map<string, string>(BOROUGHS.map((b) => [b.code, b.name]));
const areaText = (area: Area) => (area === REGION_WIDE ? REGION_WIDE_LABEL : (boroughName.get(area) ?? area));
const boroughsText = (c: { boroughs: readonly string[]; regionWide: boolean }) =>
  c.regionWide ? REGION_WIDE_LABEL : c.boroughs.map((b) => boroughName.get(b) ?? b).join('; ');

function sameProfile(a: readonly QuarterAmount[], b: readonly QuarterAmount[]): boolean {
  return a.length === b.length && a.every((p, i) => p.quarter === b[i]?.quarter && p.quantity === b[i]?.quantity);
}

/**
 * What importing a valid register would do to the register as it stands: suppliers by company
 * number, contracts by reference, commitments by contract, measure and area. Records the file
 * leaves out are left as they are. A pure function, so the server and the mock plan alike.
 */
export function planImport(
  file: ValidRegister,
  now: RegisterSnapshot,
  managerName: (id: string) => string,
): ImportPlan {
  const plan: ImportPlan = {
    suppliers: { create: [], rename: [], unchanged: 0 },
    contracts: { create: [], update: [], unchanged: 0 },
    commitments: { create: [], update: [], unchanged: 0 },
    changes: [],
  };
  const seenSuppliers = new Set<string>();
  for (const c of file.contracts) {
    if (seenSuppliers.has(c.companyNumber)) continue;
    seenSuppliers.add(c.companyNumber);
    const supplier = now.suppliers.get(c.companyNumber);
    if (!supplier) {
      plan.suppliers.create.push({ companyNumber: c.companyNumber, name: c.supplierName });
      plan.changes.push({ subject: 'supplier', key: c.companyNumber, field: 'record', from: null, to: c.supplierName });
    } else if (supplier.name !== c.supplierName) {
      plan.suppliers.rename.push({ id: supplier.id, companyNumber: c.companyNumber, name: c.supplierName });
      plan.changes.push({
        subject: 'supplier',
        key: c.companyNumber,
        field: CONTRACT_COLUMNS.supplierName,
        from: supplier.name,
        to: c.supplierName,
      });
    } else {
      plan.suppliers.unchanged += 1;
    }
  }

  for (const c of file.contracts) {
    const old = now.contracts.get(c.reference);
    if (!old) {
      plan.contracts.create.push(c);
      plan.changes.push({ subject: 'contract', key: c.reference, field: 'record', from: null, to: c.title });
      continue;
    }
    const fields: [string, string, string][] = [
      [CONTRACT_COLUMNS.title, old.title, c.title],
      [CONTRACT_COLUMNS.companyNumber, old.companyNumber, c.companyNumber],
      [CONTRACT_COLUMNS.value, String(old.value), String(c.value)],
      [CONTRACT_COLUMNS.startDate, old.startDate, c.startDate],
      [CONTRACT_COLUMNS.endDate, old.endDate, c.endDate],
      [CONTRACT_COLUMNS.boroughs, boroughsText(old), boroughsText(c)],
      [CONTRACT_COLUMNS.category, old.category, c.category],
      [CONTRACT_COLUMNS.manager, managerName(old.managerId), managerName(c.managerId)],
    ];
    const changed = fields.filter(([, from, to]) => from !== to);
    if (changed.length === 0) {
      plan.contracts.unchanged += 1;
      continue;
    }
    plan.contracts.update.push({ ...c, id: old.id });
    for (const [field, from, to] of changed)
      plan.changes.push({ subject: 'contract', key: c.reference, field, from, to });
  }

  for (const k of file.commitments) {
    const key = commitmentKey(k.contractReference, k.measureCode, k.area);
    const label = `${k.contractReference} / ${k.measureCode} / ${areaText(k.area)}`;
    const old = now.commitments.get(key);
    if (!old) {
      plan.commitments.create.push(k);
      plan.changes.push({ subject: 'commitment', key: label, field: 'record', from: null, to: String(k.total) });
      continue;
    }
    const totalChanged = old.total !== k.total;
    const profileChanged = !sameProfile(old.profile, k.profile);
    if (!totalChanged && !profileChanged) {
      plan.commitments.unchanged += 1;
      continue;
    }
    plan.commitments.update.push({ ...k, id: old.id });
    if (totalChanged) {
      plan.changes.push({
        subject: 'commitment',
        key: label,
        field: COMMITMENT_COLUMNS.total,
        from: String(old.total),
        to: String(k.total),
      });
    }
    if (profileChanged) {
      plan.changes.push({
        subject: 'commitment',
        key: label,
        field: COMMITMENT_COLUMNS.profile,
        from: formatProfile(old.profile),
        to: formatProfile(k.profile),
      });
    }
  }
  return plan;
}

export function planIsEmpty(plan: ImportPlan): boolean {
  return plan.changes.length === 0;
}

/** What a plan does, as the import's answer counts and lists it. */
export function planSummary(
  plan: ImportPlan,
): Pick<ImportResult, 'contracts' | 'commitments' | 'suppliers' | 'changes' | 'changeCount'> {
  const counts = (part: { create: unknown[]; update: unknown[]; unchanged: number }) => ({
    created: part.create.length,
    updated: part.update.length,
    unchanged: part.unchanged,
  });
  return {
    contracts: counts(plan.contracts),
    commitments: counts(plan.commitments),
    suppliers: {
      created: plan.suppliers.create.length,
      updated: plan.suppliers.rename.length,
      unchanged: plan.suppliers.unchanged,
    },
    changes: plan.changes.slice(0, IMPORT_CHANGES_SHOWN),
    changeCount: plan.changes.length,
  };
}
