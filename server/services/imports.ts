/**
 * Import of the contract register. The file is read and every row checked before anything is
 * written (any issue refuses the whole file); then one transaction applies the plan from
 * `@/lib/import` (the same one the mock follows), records the run and every field it changed,
 * and bumps `settings.data_version`. A file that changes nothing writes only the run's record.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type ImportResult, type QuarterAmount, type User } from '@/lib/contract';
import { ApiProblem, importRefused } from '@/lib/contract/problems';
import { buildReference } from '@/lib/demo-data/reference';
import { contractStatusOn, parseFinancialYear, quarterOfDate, quarterSerial } from '@/lib/figures';
import {
  commitmentKey,
  planImport,
  planSummary,
  readRegisterFiles,
  validateRegister,
  type ImportPlan,
  type RegisterSnapshot,
  type SnapshotContract,
  type UploadedFile,
} from '@/lib/import';
import type { Db, Tx } from '../db/client';
import * as t from '../db/schema';
import { insertAll } from '../db/seed';

export interface ImportService {
  /** Checks the files and, unless `dryRun`, imports them. 400 `importRefused` naming every issue. */
  run(files: UploadedFile[], user: User, options: { dryRun: boolean; now?: Date }): Promise<ImportResult>;
}

const CATEGORIES = buildReference(2022).categories;

function noDataSet(): ApiProblem {
  return new ApiProblem({
    type: 'urn:svm:problem:no-data-set',
    title: 'No data set',
    status: 409,
    detail: 'The service has no reference data yet (as-of date, measures, users) to import against.',
  });
}

async function snapshotOf(tx: Tx, references: string[], companyNumbers: string[]): Promise<RegisterSnapshot> {
  const suppliers = await tx
    .select({ id: t.suppliers.id, name: t.suppliers.name, companyNumber: t.suppliers.companyNumber })
    .from(t.suppliers)
    .where(inArray(t.suppliers.companyNumber, companyNumbers));
  const contracts = await tx
    .select({
      id: t.contracts.id,
      reference: t.contracts.reference,
      title: t.contracts.title,
      companyNumber: t.suppliers.companyNumber,
      value: t.contracts.value,
      startDate: t.contracts.startDate,
      endDate: t.contracts.endDate,
      boroughs: t.contracts.boroughs,
      regionWide: t.contracts.regionWide,
      category: t.contracts.category,
      managerId: t.contracts.managerId,
    })
    .from(t.contracts)
    .innerJoin(t.suppliers, eq(t.suppliers.id, t.contracts.supplierId))
    .where(inArray(t.contracts.reference, references));
  const byId = new Map(contracts.map((c) => [c.id, c.reference]));
  const commitments =
    contracts.length === 0
      ? []
      : await tx
          .select({
            id: t.commitments.id,
            contractId: t.commitments.contractId,
            measureCode: t.commitments.measureCode,
            area: t.commitments.area,
            total: t.commitments.total,
            profile: sql<
              [string, number][] | null
            >`json_agg(json_build_array(${t.commitmentProfile.quarter}, ${t.commitmentProfile.quantity}) order by ${t.commitmentProfile.position}) filter (where ${t.commitmentProfile.commitmentId} is not null)`,
          })
          .from(t.commitments)
          .leftJoin(t.commitmentProfile, eq(t.commitmentProfile.commitmentId, t.commitments.id))
          .where(inArray(t.commitments.contractId, [...byId.keys()]))
          .groupBy(t.commitments.id);
  return {
    suppliers: new Map(suppliers.map((s) => [s.companyNumber, { id: s.id, name: s.name }])),
    contracts: new Map(contracts.map((c) => [c.reference, c as SnapshotContract])),
    commitments: new Map(
      commitments.map((k) => [
        commitmentKey(byId.get(k.contractId) ?? '', k.measureCode, k.area),
        {
          id: k.id,
          total: k.total,
          profile: (k.profile ?? []).map(([quarter, quantity]): QuarterAmount => ({ quarter, quantity })),
        },
      ]),
    ),
  };
}

const profileRows = (commitmentId: string, profile: readonly QuarterAmount[]) =>
  profile.map((p, position) => ({
    commitmentId,
    position,
    quarter: p.quarter,
    quarterSerial: quarterSerial(p.quarter),
    quantity: p.quantity,
  }));

/** Writes the plan. Every id it needs that the register did not have is made here. */
async function apply(tx: Tx, plan: ImportPlan, asOf: string, users: ReadonlyMap<string, string>): Promise<void> {
  const supplierIds = new Map<string, { id: string; name: string }>();
  await insertAll(
    tx,
    t.suppliers,
    plan.suppliers.create.map((s) => {
      const id = `s-${s.companyNumber}`;
      supplierIds.set(s.companyNumber, { id, name: s.name });
      return { id, name: s.name, companyNumber: s.companyNumber, sme: false, vcse: false };
    }),
  );
  for (const s of plan.suppliers.rename) {
    await tx.update(t.suppliers).set({ name: s.name }).where(eq(t.suppliers.id, s.id));
    supplierIds.set(s.companyNumber, { id: s.id, name: s.name });
  }
  const numbers = [...new Set([...plan.contracts.create, ...plan.contracts.update].map((c) => c.companyNumber))].filter(
    (n) => !supplierIds.has(n),
  );
  if (numbers.length > 0) {
    const rows = await tx
      .select({ id: t.suppliers.id, name: t.suppliers.name, companyNumber: t.suppliers.companyNumber })
      .from(t.suppliers)
      .where(inArray(t.suppliers.companyNumber, numbers));
    for (const r of rows) supplierIds.set(r.companyNumber, { id: r.id, name: r.name });
  }
  const supplierOf = (companyNumber: string) => {
    const s = supplierIds.get(companyNumber);
    if (!s) throw new Error(`No supplier ${companyNumber} after the import created them`);
    return s;
  };

  const [max] = await tx
    .select({
      contract: sql<number>`coalesce((select max(ordinal) from ${t.contracts}), -1)::int`,
      commitment: sql<number>`coalesce((select max(ordinal) from ${t.commitments}), -1)::int`,
    })
    .from(t.settings);
  let contractOrdinal = max?.contract ?? -1;
  let commitmentOrdinal = max?.commitment ?? -1;

  const record = (c: ImportPlan['contracts']['create'][number]) => {
    const supplier = supplierOf(c.companyNumber);
    return {
      reference: c.reference,
      title: c.title,
      supplierId: supplier.id,
      category: c.category,
      value: c.value,
      startDate: c.startDate,
      endDate: c.endDate,
      status: contractStatusOn(c.startDate, c.endDate, asOf),
      boroughs: c.boroughs,
      regionWide: c.regionWide,
      managerId: c.managerId,
      searchText: [c.reference, c.title, supplier.name, c.companyNumber, users.get(c.managerId) ?? '']
        .join('\n')
        .toLowerCase(),
    };
  };
  const contractIds = new Map<string, string>();
  await insertAll(
    tx,
    t.contracts,
    plan.contracts.create.map((c) => {
      contractOrdinal += 1;
      const id = `c-i${contractOrdinal}`;
      contractIds.set(c.reference, id);
      return { ...record(c), id, ordinal: contractOrdinal, themes: [] };
    }),
  );
  if (plan.contracts.update.length > 0) {
    const rows = plan.contracts.update.map((c) => ({ id: c.id, ...record(c) }));
    await tx.execute(sql`
      update ${t.contracts} c set
        title = n.title, supplier_id = n.supplier_id, category = n.category, value = n.value,
        start_date = n.start_date, end_date = n.end_date, status = n.status, boroughs = n.boroughs,
        region_wide = n.region_wide, manager_id = n.manager_id, search_text = n.search_text
      from json_populate_recordset(null::${t.contracts}, ${JSON.stringify(
        rows.map((r) => ({
          id: r.id,
          title: r.title,
          supplier_id: r.supplierId,
          category: r.category,
          value: r.value,
          start_date: r.startDate,
          end_date: r.endDate,
          status: r.status,
          boroughs: r.boroughs,
          region_wide: r.regionWide,
          manager_id: r.managerId,
          search_text: r.searchText,
        })),
      )}::json) n
      where c.id = n.id`);
  }
  // A renamed supplier's name is in the search text of all its contracts, in the file or not.
  for (const s of plan.suppliers.rename) {
    const theirs = await tx
      .select({
        id: t.contracts.id,
        reference: t.contracts.reference,
        title: t.contracts.title,
        managerId: t.contracts.managerId,
      })
      .from(t.contracts)
      .where(eq(t.contracts.supplierId, s.id));
    for (const c of theirs) {
      const searchText = [c.reference, c.title, s.name, s.companyNumber, users.get(c.managerId) ?? '']
        .join('\n')
        .toLowerCase();
      await tx.update(t.contracts).set({ searchText }).where(eq(t.contracts.id, c.id));
    }
  }

  const missingIds = [...new Set(plan.commitments.create.map((k) => k.contractReference))].filter(
    (r) => !contractIds.has(r),
  );
  if (missingIds.length > 0) {
    const rows = await tx
      .select({ id: t.contracts.id, reference: t.contracts.reference })
      .from(t.contracts)
      .where(inArray(t.contracts.reference, missingIds));
    for (const r of rows) contractIds.set(r.reference, r.id);
  }
  const newCommitments = plan.commitments.create.map((k) => {
    commitmentOrdinal += 1;
    const contractId = contractIds.get(k.contractReference) ?? '';
    return { id: `${contractId}-i${commitmentOrdinal}`, ordinal: commitmentOrdinal, contractId, k };
  });
  await insertAll(
    tx,
    t.commitments,
    newCommitments.map(({ id, ordinal, contractId, k }) => ({
      id,
      ordinal,
      contractId,
      measureCode: k.measureCode,
      area: k.area,
      total: k.total,
    })),
  );
  const updated = plan.commitments.update;
  if (updated.length > 0) {
    await tx.execute(sql`
      update ${t.commitments} k set total = n.total
      from json_populate_recordset(null::${t.commitments}, ${JSON.stringify(updated.map((k) => ({ id: k.id, total: k.total })))}::json) n
      where k.id = n.id`);
    await tx.delete(t.commitmentProfile).where(
      inArray(
        t.commitmentProfile.commitmentId,
        updated.map((k) => k.id),
      ),
    );
  }
  await insertAll(tx, t.commitmentProfile, [
    ...newCommitments.flatMap(({ id, k }) => profileRows(id, k.profile)),
    ...updated.flatMap((k) => profileRows(k.id, k.profile)),
  ]);

  // Themes follow the commitments (the register's theme filter reads them).
  const touched = [
    ...new Set([
      ...newCommitments.map((k) => k.contractId),
      ...plan.contracts.create.map((c) => contractIds.get(c.reference) ?? ''),
    ]),
  ];
  if (touched.length > 0) {
    await tx.execute(sql`
      update ${t.contracts} c set themes = th.themes
      from (
        select k.contract_id, array_agg(distinct m.theme order by m.theme) as themes
        from ${t.commitments} k join ${t.measures} m on m.code = k.measure_code
        where k.contract_id in (select json_array_elements_text(${JSON.stringify(touched)}::json))
        group by k.contract_id
      ) th
      where c.id = th.contract_id`);
  }
}

export function createImportService(db: Db): ImportService {
  return {
    async run(files, user, { dryRun, now = new Date() }) {
      const read = await readRegisterFiles(files);
      if (read.issues.length > 0) throw importRefused(read.issues);
      const [measures, users] = await Promise.all([
        db.select({ code: t.measures.code }).from(t.measures),
        db.select({ id: t.users.id, name: t.users.name, role: t.users.role }).from(t.users),
      ]);
      const checked = validateRegister(read.sheets, {
        measureCodes: new Set(measures.map((m) => m.code)),
        users: users as User[],
        categories: CATEGORIES,
      });
      if (!checked.ok) throw importRefused(checked.issues);
      const file = checked.value;
      const userNames = new Map(users.map((u) => [u.id, u.name]));
      const at = now.toISOString();

      return db.transaction(async (tx) => {
        // One writer at a time: the settings row is what every write bumps, so lock it first.
        const [settings] = await tx.select().from(t.settings).for('update');
        if (!settings) throw noDataSet();
        const snapshot = await snapshotOf(
          tx,
          file.contracts.map((c) => c.reference),
          [...new Set(file.contracts.map((c) => c.companyNumber))],
        );
        const plan = planImport(file, snapshot, (id) => userNames.get(id) ?? id);
        const id = dryRun ? null : `imp-${randomUUID()}`;
        const result: ImportResult = {
          id,
          dryRun,
          at,
          userId: user.id,
          files: files.map((f) => f.name),
          ...planSummary(plan),
        };
        if (dryRun) return result;

        if (plan.changes.length > 0) {
          await apply(tx, plan, settings.asOf, userNames);
          const years = file.contracts
            .flatMap((c) => [c.startDate, c.endDate])
            .map((d) => parseFinancialYear(quarterOfDate(d).slice(0, 7)) ?? 0);
          await tx
            .update(t.settings)
            .set({
              dataVersion: sql`${t.settings.dataVersion} + 1`,
              firstFinancialYear: Math.min(settings.firstFinancialYear, ...years),
              lastFinancialYear: Math.max(settings.lastFinancialYear, ...years),
            })
            .where(and(eq(t.settings.id, settings.id)));
        }
        await tx.insert(t.importRuns).values({
          id: id ?? '',
          at,
          userId: user.id,
          files: result.files,
          counts: { contracts: result.contracts, commitments: result.commitments, suppliers: result.suppliers },
          changeCount: result.changeCount,
        });
        await insertAll(
          tx,
          t.importChanges,
          plan.changes.map((c) => ({
            runId: id ?? '',
            subject: c.subject,
            key: c.key,
            field: c.field,
            fromValue: c.from,
            toValue: c.to,
          })),
        );
        return result;
      });
    },
  };
}
