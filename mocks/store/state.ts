import type { AuditEvent, Commitment, ContractSummary, Evidence, Measure, SupplierReturn, User } from '@/lib/contract';
import { themeIdSchema, verificationStatusSchema, type ThemeId, type VerificationStatus } from '@/lib/contract';
import { cachedQuarterSerial } from '@/lib/figures';
import { isAwaitingDecision as isAwaitingStatus } from '@/lib/domain/waiting';
import type { ContractRecord, Dataset } from '@/lib/demo-data/dataset';
import { lazy } from './lazy';

export type LastReturn = ContractSummary['lastReturn'];

/** Row indexes grouped by a key index, in compressed form: group g is `order[start[g]..start[g+1])`. */
export interface Groups {
  start: Int32Array;
  order: Int32Array;
}

/**
 * The store's working copy of a data set, with the indexes the endpoints need. Records are never
 * mutated: a decision replaces the evidence and return it changes, so the generated data set stays
 * pristine and `reset()` is a rebuild from it. Indexes only some requests need are built on first
 * use, and in flat typed arrays, so that 20,000 contracts (a million audit events) start quickly
 * and stay within a few hundred MB.
 */
export interface StoreState {
  dataset: Dataset;
  users: Map<string, User>;
  measures: Map<string, Measure>;
  contracts: readonly ContractRecord[];
  contractIndex: Map<string, number>;
  /** Lower-case text the register's free-text search looks in, per contract. */
  searchText: string[];
  /** Bit per theme the contract has a commitment in (bit = position in the theme enum). */
  contractThemes: Uint8Array;
  lastReturn: LastReturn[];
  /** Pending or queried evidence per contract; kept up to date by decisions. */
  evidenceAwaiting: Int32Array;
  commitments: readonly Commitment[];
  commitmentIndex: Map<string, number>;
  commitmentMeasure: readonly (Measure | undefined)[];
  commitmentsByContract: number[][];
  /** Returns per commitment; an entry is replaced when a decision changes its verified figure. */
  returnsByCommitment: SupplierReturn[][];
  evidence: Evidence[];
  /** Bit per evidence status (see `STATUS_BITS`), so the queue filters without reading records. */
  evidenceStatus: Uint8Array;
  evidenceIndex: () => Map<string, number>;
  evidenceByCommitment: () => Groups;
  audit: AuditEvent[];
  /** The generated audit trail grouped by evidence index; decisions' events are in `auditAdded`. */
  auditByEvidence: () => Groups;
  auditAdded: Map<string, AuditEvent[]>;
}

export const THEME_BITS: Readonly<Record<ThemeId, number>> = Object.fromEntries(
  themeIdSchema.options.map((theme, i) => [theme, 1 << i]),
) as Record<ThemeId, number>;

export const STATUS_BITS: Readonly<Record<VerificationStatus, number>> = Object.fromEntries(
  verificationStatusSchema.options.map((status, i) => [status, 1 << i]),
) as Record<VerificationStatus, number>;

export function isAwaitingDecision(evidence: Pick<Evidence, 'status'>): boolean {
  return isAwaitingStatus(evidence.status);
}

/** Groups rows by a key index with a counting sort, keeping each group's rows in data set order. */
export function groupRows(groups: number, rows: number, keyOf: (row: number) => number): Groups {
  const keys = new Int32Array(rows);
  const start = new Int32Array(groups + 1);
  for (let row = 0; row < rows; row += 1) {
    const key = keyOf(row);
    keys[row] = key;
    if (key >= 0) start[key + 1] = (start[key + 1] ?? 0) + 1;
  }
  for (let g = 0; g < groups; g += 1) start[g + 1] = (start[g + 1] ?? 0) + (start[g] ?? 0);
  const next = start.slice(0, groups);
  const order = new Int32Array(start[groups] ?? 0);
  for (let row = 0; row < rows; row += 1) {
    const key = keys[row] ?? -1;
    if (key < 0) continue;
    const position = next[key] ?? 0;
    order[position] = row;
    next[key] = position + 1;
  }
  return { start, order };
}

export function groupOf(groups: Groups, key: number): Int32Array {
  return groups.order.subarray(groups.start[key] ?? 0, groups.start[key + 1] ?? 0);
}

/**
 * The latest quarter whose return was due or has been sent: when it was sent (null if it never
 * was) and whether any part of it came late or is missing. Returns still due are not yet "last".
 */
function lastReturnOf(returnLists: readonly (readonly SupplierReturn[])[]): LastReturn {
  let best: { serial: number; quarter: string; submittedOn: string | null; late: boolean } | null = null;
  for (const list of returnLists) {
    for (const r of list) {
      if (r.status === 'due') continue;
      const serial = cachedQuarterSerial(r.quarter);
      if (best === null || serial > best.serial) best = { serial, quarter: r.quarter, submittedOn: null, late: false };
      if (serial < best.serial) continue;
      if (r.submittedOn !== null && (best.submittedOn === null || r.submittedOn > best.submittedOn)) {
        best.submittedOn = r.submittedOn;
      }
      if (r.status === 'late' || r.status === 'missing') best.late = true;
    }
  }
  return best && { quarter: best.quarter, submittedOn: best.submittedOn, late: best.late };
}

function indexOf(map: Map<string, number>, id: string, what: string): number {
  const index = map.get(id);
  if (index === undefined) throw new Error(`The data set names an unknown ${what}: ${id}`);
  return index;
}

export function createState(dataset: Dataset): StoreState {
  const { reference } = dataset;
  const measures = new Map(reference.measures.map((m) => [m.code, m]));
  const contracts = dataset.contracts;
  const contractIndex = new Map(contracts.map((c, i) => [c.id, i]));

  const commitments = dataset.commitments;
  const commitmentIndex = new Map(commitments.map((c, k) => [c.id, k]));
  const commitmentMeasure = commitments.map((c) => measures.get(c.measureCode));
  const commitmentsByContract: number[][] = contracts.map(() => []);
  const contractThemes = new Uint8Array(contracts.length);
  commitments.forEach((commitment, k) => {
    const ci = indexOf(contractIndex, commitment.contractId, 'contract');
    commitmentsByContract[ci]?.push(k);
    const theme = commitmentMeasure[k]?.theme;
    if (theme) contractThemes[ci] = (contractThemes[ci] ?? 0) | THEME_BITS[theme];
  });

  const returnsByCommitment: SupplierReturn[][] = commitments.map(() => []);
  for (const r of dataset.returns) returnsByCommitment[indexOf(commitmentIndex, r.commitmentId, 'commitment')]?.push(r);

  const evidence = dataset.evidence.slice();
  const evidenceAwaiting = new Int32Array(contracts.length);
  for (const e of evidence) {
    if (!isAwaitingDecision(e)) continue;
    const ci = indexOf(contractIndex, e.contractId, 'contract');
    evidenceAwaiting[ci] = (evidenceAwaiting[ci] ?? 0) + 1;
  }
  const evidenceIndex = lazy(() => new Map(evidence.map((e, i) => [e.id, i])));
  const audit = dataset.audit.slice();

  return {
    dataset,
    users: new Map(reference.users.map((u) => [u.id, u])),
    measures,
    contracts,
    contractIndex,
    searchText: contracts.map((c) =>
      [c.reference, c.title, c.supplier.name, c.supplier.companyNumber, c.managerName].join('\n').toLowerCase(),
    ),
    contractThemes,
    lastReturn: commitmentsByContract.map((ks) => lastReturnOf(ks.map((k) => returnsByCommitment[k] ?? []))),
    evidenceAwaiting,
    commitments,
    commitmentIndex,
    commitmentMeasure,
    commitmentsByContract,
    returnsByCommitment,
    evidence,
    evidenceStatus: Uint8Array.from(evidence, (e) => STATUS_BITS[e.status]),
    evidenceIndex,
    evidenceByCommitment: lazy(() =>
      groupRows(commitments.length, evidence.length, (i) => commitmentIndex.get(evidence[i]?.commitmentId ?? '') ?? -1),
    ),
    audit,
    auditByEvidence: lazy(() => {
      const index = evidenceIndex();
      const generated = dataset.audit;
      return groupRows(evidence.length, generated.length, (i) => index.get(generated[i]?.evidenceId ?? '') ?? -1);
    }),
    auditAdded: new Map(),
  };
}
