/**
 * Loads a data set into an empty database: the demo data from the shared generator, or any
 * `Dataset`-shaped data. One transaction, inserted in chunks that stay under PostgreSQL's
 * 65,535 parameters per statement.
 */
import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { quarterSerial } from '@/lib/figures';
import { parseFinancialYear } from '@/lib/figures';
import type { Dataset } from '@/lib/demo-data/dataset';
import { searchTextOf } from '@/lib/register/match';
import { generateDataset } from '@/lib/demo-data/generate';
import type { Db, Tx } from './client';
import * as t from './schema';

const CHUNK_ROWS = 20_000;

/**
 * Inserts rows as one JSON parameter per chunk (`json_populate_recordset`): PostgreSQL parses
 * the rows itself, which on PGlite is some twenty times faster than a statement with a
 * parameter per value, and works the same on node-postgres.
 */
export async function insertAll<T extends PgTable>(tx: Tx, table: T, rows: T['$inferInsert'][]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  // Columns the rows leave out (serials, defaults) are left to the database.
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key in (first as object));
  const names = sql.join(
    columns.map(([, column]) => sql.identifier(column.name)),
    sql`, `,
  );
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    const chunk = rows.slice(i, i + CHUNK_ROWS).map((row) => {
      const record: Record<string, unknown> = {};
      for (const [key, column] of columns) {
        const value = (row as Record<string, unknown>)[key];
        if (value !== undefined) record[column.name] = value;
      }
      return record;
    });
    await tx.execute(
      sql`insert into ${table} (${names}) select ${names} from json_populate_recordset(null::${table}, ${JSON.stringify(chunk)}::json)`,
    );
  }
}

/**
 * Readies a transaction for loading a trusted data set fast: secondary indexes are dropped and
 * rebuilt once at the end (PostgreSQL's DDL is transactional, so a failed load leaves them as
 * they were), and where the role may (PGlite, a superuser) foreign-key triggers are skipped,
 * since the data comes from the generator whose references are consistent by construction.
 * The indexes are recreated from their own definitions, so the migrations stay the one source.
 */
async function bulkLoadMode(tx: Tx): Promise<() => Promise<void>> {
  const rows = (await tx.execute(
    sql`select i.indexname, i.indexdef from pg_indexes i
        where i.schemaname = 'public'
          and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
  )) as unknown as { rows: { indexname: string; indexdef: string }[] };
  const superuser = (await tx.execute(sql`select rolsuper from pg_roles where rolname = current_user`)) as unknown as {
    rows: { rolsuper: boolean }[];
  };
  if (superuser.rows[0]?.rolsuper) await tx.execute(sql`set local session_replication_role = replica`);
  for (const index of rows.rows) await tx.execute(sql`drop index ${sql.identifier(index.indexname)}`);
  return async () => {
    for (const index of rows.rows) await tx.execute(sql.raw(index.indexdef));
    if (superuser.rows[0]?.rolsuper) await tx.execute(sql`set local session_replication_role = origin`);
  };
}

function startYearOf(financialYearId: string): number {
  const year = parseFinancialYear(financialYearId);
  if (year === null) throw new Error(`Not a financial year: ${financialYearId}`);
  return year;
}

/** Whether the database holds any contracts (an empty service is seeded on first start). */
export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(t.settings);
  return (rows[0]?.n ?? 0) === 0;
}

export async function seedDataset(db: Db, dataset: Dataset, demo: { seed: number } | null): Promise<void> {
  const { reference } = dataset;
  const years = reference.financialYears.map((y) => startYearOf(y.id));
  await db.transaction(async (tx) => {
    const restoreIndexes = await bulkLoadMode(tx);
    await tx.insert(t.settings).values({
      asOf: reference.asOf,
      reportingQuarter: reference.reportingQuarter,
      firstFinancialYear: Math.min(...years),
      lastFinancialYear: Math.max(...years),
      demoSeed: demo?.seed ?? null,
      demoContracts: demo ? dataset.contracts.length : null,
    });
    await insertAll(
      tx,
      t.measures,
      reference.measures.map((m, ordinal) => ({ ...m, ordinal })),
    );
    await insertAll(
      tx,
      t.users,
      reference.users.map((u, ordinal) => ({ ...u, ordinal })),
    );
    const suppliers = new Map(dataset.contracts.map((c) => [c.supplier.id, c.supplier]));
    await insertAll(tx, t.suppliers, [...suppliers.values()]);

    const themeOf = new Map(reference.measures.map((m) => [m.code, m.theme]));
    const themes = new Map<string, Set<string>>();
    for (const k of dataset.commitments) {
      const set = themes.get(k.contractId) ?? new Set<string>();
      set.add(themeOf.get(k.measureCode) ?? '');
      themes.set(k.contractId, set);
    }
    await insertAll(
      tx,
      t.contracts,
      dataset.contracts.map(({ supplier, ...c }, ordinal) => ({
        ...c,
        ordinal,
        supplierId: supplier.id,
        themes: [...(themes.get(c.id) ?? [])].sort(),
        searchText: searchTextOf({ supplier, ...c }),
      })),
    );
    await insertAll(
      tx,
      t.commitments,
      dataset.commitments.map(({ profile: _profile, ...k }, ordinal) => ({ ...k, ordinal })),
    );
    await insertAll(
      tx,
      t.commitmentProfile,
      dataset.commitments.flatMap((k) =>
        k.profile.map((p, position) => ({
          commitmentId: k.id,
          position,
          quarter: p.quarter,
          quarterSerial: quarterSerial(p.quarter),
          quantity: p.quantity,
        })),
      ),
    );
    await insertAll(
      tx,
      t.supplierReturns,
      dataset.returns.map((r, ordinal) => ({ ...r, ordinal, quarterSerial: quarterSerial(r.quarter) })),
    );
    await insertAll(
      tx,
      t.evidence,
      dataset.evidence.map(
        ({ contractReference: _ref, contractTitle: _title, managerId: _manager, ...e }, ordinal) => ({
          ...e,
          ordinal,
          fileKey: `demo:${e.id}`,
        }),
      ),
    );
    await insertAll(tx, t.auditEvents, dataset.audit);
    await restoreIndexes();
  });
  // Statistics for the planner straight away: PGlite runs no autovacuum, and PostgreSQL's would
  // come minutes later, leaving joins over a million fresh rows planned blind until then.
  await db.execute(sql`analyze`);
}

/** The demo data set for a seed and size, as the mock API generates it. */
export async function seedDemo(db: Db, options: { seed: number; contracts: number }): Promise<void> {
  await seedDataset(db, generateDataset(options), { seed: options.seed });
}
