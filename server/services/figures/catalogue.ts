/**
 * Everything about contracts and commitments a figures request needs besides sums, read once
 * per data version into arrays indexed by ordinal (the order records were created in, which
 * is the mock's array order): the contracts as the register shows them, what they filter and
 * sort on, and which commitments each holds.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Measure, ReturnStatus } from '@/lib/contract';
import type { ContractRecord } from '@/lib/demo-data/dataset';
import { quarterFromSerial, quarterOfDate } from '@/lib/figures';
import { lastReturnOf, type LastReturn } from '@/lib/figures/last-return';
import { AWAITING_DECISION } from '@/lib/domain/waiting';
import { searchTextOf, THEME_BITS } from '@/lib/register/match';
import { createContractRanks, type ContractRanks } from '@/lib/register/ranks';
import type { Tx } from '../../db/client';
import * as t from '../../db/schema';

export interface Catalogue {
  reportingQuarter: string;
  measures: Measure[];
  contracts: ContractRecord[];
  contractIndex: Map<string, number>;
  searchText: string[];
  contractThemes: Uint8Array;
  lastReturn: LastReturn[];
  evidenceAwaiting: Int32Array;
  ranks: ContractRanks;
  commitmentIds: string[];
  commitmentIndex: Map<string, number>;
  commitmentMeasure: (Measure | undefined)[];
  commitmentArea: string[];
  commitmentsByContract: number[][];
}

function indexOf(map: ReadonlyMap<string, number>, id: string, what: string): number {
  const index = map.get(id);
  if (index === undefined) throw new Error(`The database names an unknown ${what}: ${id}`);
  return index;
}

async function readMeasures(tx: Tx): Promise<Measure[]> {
  const rows = await tx.select().from(t.measures).orderBy(asc(t.measures.ordinal));
  return rows.map((m) => ({
    code: m.code,
    name: m.name,
    theme: m.theme as Measure['theme'],
    unit: m.unit as Measure['unit'],
    headline: m.headline as Measure['headline'],
    proxyValue: m.proxyValue,
  }));
}

async function readContracts(tx: Tx) {
  return tx
    .select({
      id: t.contracts.id,
      reference: t.contracts.reference,
      title: t.contracts.title,
      supplierId: t.suppliers.id,
      supplierName: t.suppliers.name,
      companyNumber: t.suppliers.companyNumber,
      sme: t.suppliers.sme,
      vcse: t.suppliers.vcse,
      category: t.contracts.category,
      value: t.contracts.value,
      startDate: t.contracts.startDate,
      endDate: t.contracts.endDate,
      status: t.contracts.status,
      boroughs: t.contracts.boroughs,
      regionWide: t.contracts.regionWide,
      managerId: t.contracts.managerId,
      managerName: t.users.name,
    })
    .from(t.contracts)
    .innerJoin(t.suppliers, eq(t.suppliers.id, t.contracts.supplierId))
    .innerJoin(t.users, eq(t.users.id, t.contracts.managerId))
    .orderBy(asc(t.contracts.ordinal));
}

/** The contract as the contract's schema lists its fields (responses keep the mock's key order). */
function toRecord(row: Awaited<ReturnType<typeof readContracts>>[number]): ContractRecord {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    supplier: {
      id: row.supplierId,
      name: row.supplierName,
      companyNumber: row.companyNumber,
      sme: row.sme,
      vcse: row.vcse,
    },
    category: row.category as ContractRecord['category'],
    value: row.value,
    startDate: row.startDate,
    endDate: row.endDate,
    status: row.status as ContractRecord['status'],
    boroughs: row.boroughs as ContractRecord['boroughs'],
    regionWide: row.regionWide,
    managerId: row.managerId,
    managerName: row.managerName,
  };
}

/**
 * Returns grouped by contract, quarter and status with the latest submission: enough for the
 * shared `lastReturnOf` to give the same answer as over every return, at a fraction of the rows.
 */
async function readLastReturns(tx: Tx, contractIndex: Map<string, number>): Promise<LastReturn[]> {
  const rows = await tx
    .select({
      contractId: t.supplierReturns.contractId,
      serial: t.supplierReturns.quarterSerial,
      status: t.supplierReturns.status,
      submittedOn: sql<string | null>`max(${t.supplierReturns.submittedOn})::text`,
    })
    .from(t.supplierReturns)
    .groupBy(t.supplierReturns.contractId, t.supplierReturns.quarterSerial, t.supplierReturns.status);
  const byContract: { quarter: string; status: ReturnStatus; submittedOn: string | null }[][] = Array.from(
    { length: contractIndex.size },
    () => [],
  );
  for (const row of rows) {
    byContract[indexOf(contractIndex, row.contractId, 'contract')]?.push({
      quarter: quarterFromSerial(row.serial),
      status: row.status as ReturnStatus,
      submittedOn: row.submittedOn,
    });
  }
  return byContract.map(lastReturnOf);
}

/** Evidence awaiting a decision per contract; after decisions, only the named contracts are counted again. */
export async function readEvidenceAwaiting(
  tx: Tx,
  contractIndex: ReadonlyMap<string, number>,
  since?: { before: Int32Array; contracts: readonly string[] },
): Promise<Int32Array> {
  // Only the statuses the shared rule names are counted: the status index finds them.
  const awaitingStatus = inArray(t.evidence.status, [...AWAITING_DECISION]);
  const rows = await tx
    .select({ contractId: t.evidence.contractId, n: sql<number>`count(*)::int` })
    .from(t.evidence)
    .where(since ? and(awaitingStatus, inArray(t.evidence.contractId, [...since.contracts])) : awaitingStatus)
    .groupBy(t.evidence.contractId);
  const awaiting = since ? since.before.slice() : new Int32Array(contractIndex.size);
  for (const id of since?.contracts ?? []) awaiting[indexOf(contractIndex, id, 'contract')] = 0;
  for (const row of rows) {
    const ci = indexOf(contractIndex, row.contractId, 'contract');
    awaiting[ci] = (awaiting[ci] ?? 0) + row.n;
  }
  return awaiting;
}

/** The themes each contract has a commitment in, as `THEME_BITS`, from the commitments themselves. */
function themesOf(
  contracts: number,
  commitmentsByContract: readonly number[][],
  commitmentMeasure: readonly (Measure | undefined)[],
): Uint8Array {
  const bits = new Uint8Array(contracts);
  commitmentsByContract.forEach((ks, ci) => {
    for (const k of ks) {
      const theme = commitmentMeasure[k]?.theme;
      if (theme) bits[ci] = (bits[ci] ?? 0) | THEME_BITS[theme];
    }
  });
  return bits;
}

export async function readCatalogue(tx: Tx): Promise<Catalogue> {
  const settings = await tx.select({ reportingQuarter: t.settings.reportingQuarter }).from(t.settings).limit(1);
  const measures = await readMeasures(tx);
  const measureByCode = new Map(measures.map((m) => [m.code, m]));

  const contractRows = await readContracts(tx);
  const contracts = contractRows.map(toRecord);
  const contractIndex = new Map(contracts.map((c, ci) => [c.id, ci]));

  const commitmentRows = await tx
    .select({
      id: t.commitments.id,
      contractId: t.commitments.contractId,
      measureCode: t.commitments.measureCode,
      area: t.commitments.area,
    })
    .from(t.commitments)
    .orderBy(asc(t.commitments.ordinal));
  const commitmentMeasure = commitmentRows.map((k) => measureByCode.get(k.measureCode));
  const commitmentsByContract: number[][] = contracts.map(() => []);
  commitmentRows.forEach((k, index) => {
    commitmentsByContract[indexOf(contractIndex, k.contractId, 'contract')]?.push(index);
  });

  const lastReturn = await readLastReturns(tx, contractIndex);
  return {
    // An empty service has no settings yet: its figures are all zero, as of today's quarter.
    reportingQuarter: settings[0]?.reportingQuarter ?? quarterOfDate(new Date().toISOString().slice(0, 10)),
    measures,
    contracts,
    contractIndex,
    searchText: contracts.map(searchTextOf),
    contractThemes: themesOf(contracts.length, commitmentsByContract, commitmentMeasure),
    lastReturn,
    evidenceAwaiting: await readEvidenceAwaiting(tx, contractIndex),
    ranks: createContractRanks(contracts, lastReturn),
    commitmentIds: commitmentRows.map((k) => k.id),
    commitmentIndex: new Map(commitmentRows.map((k, index) => [k.id, index])),
    commitmentMeasure,
    commitmentArea: commitmentRows.map((k) => k.area),
    commitmentsByContract,
  };
}
