/**
 * Times the server's read model (dashboard, register page, one contract) in process, straight
 * on the database, without HTTP: cold (first request after start or after a write) and warm.
 *
 *   npx tsx bench/read-model-measure.ts [--contracts 20000] [--data-dir DIR] [--runs 60] [--out FILE]
 *
 * With `DATABASE_URL` it runs on PostgreSQL, otherwise on PGlite (in memory, or in `--data-dir`,
 * which keeps the seeded database for the next run). An empty database is seeded with the demo
 * data first (20,000 contracts take minutes on PGlite).
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import {
  BOROUGHS,
  contractsQuerySchema,
  contractViewQuerySchema,
  dashboardQuerySchema,
  themeIdSchema,
  type ContractsQuery,
  type DashboardQuery,
} from '@/lib/contract';
import { openDatabase, type DatabaseTarget } from '../server/db/client';
import * as t from '../server/db/schema';
import { isEmpty, seedDemo } from '../server/db/seed';
import { createReadModel } from '../server/services/read-model';

const { values } = parseArgs({
  options: {
    contracts: { type: 'string', default: '20000' },
    'data-dir': { type: 'string' },
    runs: { type: 'string', default: '60' },
    out: { type: 'string' },
  },
});
const contracts = Number(values.contracts);
const runs = Number(values.runs);
const url = process.env.DATABASE_URL;
const target: DatabaseTarget = url
  ? { kind: 'postgres', url }
  : { kind: 'pglite', dataDir: values['data-dir'] ?? null };

function log(message: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
}

async function time<T>(run: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function series(name: string, run: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push(await time(() => run(i)));
  times.sort((a, b) => a - b);
  const result = { name, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) ?? NaN };
  log(`${name}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms`);
  return result;
}

const database = await openDatabase(target);
await database.migrate();
const { db } = database;
if (await isEmpty(db)) {
  log(`seeding ${contracts} contracts on ${target.kind}`);
  const seeded = await time(() => seedDemo(db, { seed: 1, contracts }));
  log(`seeded in ${(seeded / 1000).toFixed(1)} s`);
}
const [counts] = await db.select({ contracts: sql<number>`(select count(*)::int from contracts)` }).from(t.settings);
log(`${counts?.contracts ?? 0} contracts on ${target.kind}`);

const model = createReadModel(db);
const dashboard = (q: Partial<DashboardQuery> = {}) => model.dashboard(dashboardQuerySchema.parse(q));
const register = (q: Partial<ContractsQuery> = {}) => model.listContracts(contractsQuerySchema.parse(q));
const contract = (id: string) => model.contract(id, contractViewQuerySchema.parse({}));
const ids = Array.from(
  { length: runs },
  (_, i) => `c-${String(1 + ((i * 7919) % (counts?.contracts ?? 1))).padStart(5, '0')}`,
);
const boroughs = BOROUGHS.map((b) => b.code);
const themes = themeIdSchema.options;
// Distinct dashboard filters, so that warm figures are measured rather than remembered answers.
const dashboardFilters = boroughs.flatMap((borough) =>
  themes.flatMap((theme) => [
    { borough: [borough], theme: [theme] },
    { borough: [borough], theme: [theme], basis: 'claimed' as const },
  ]),
);
const filteredPage = (i: number): Partial<ContractsQuery> => ({
  rag: ['red', 'amber'],
  borough: [boroughs[i % boroughs.length] ?? 'E08000012'],
  sort: i % 2 ? '-value' : 'rag',
  page: 1 + (i % 3),
});

const cold = {
  dashboard: await time(() => dashboard()),
  register: await time(() => register(filteredPage(0))),
  contract: await time(() => contract('c-00001')),
  newPeriodDashboard: await time(() => dashboard({ period: '2025-26' })),
};
log(`cold: ${JSON.stringify(cold)}`);

const warm = [
  await series('dashboard, same query', () => dashboard()),
  await series('dashboard, a new filter each time', (i) => dashboard(dashboardFilters[i % dashboardFilters.length])),
  await series('register, filtered and sorted page', (i) => register(filteredPage(i))),
  await series('register, free-text search', (i) => register({ q: ['school', 'lcrca-2024', 'ltd', 'road'][i % 4] })),
  await series('one contract', (i) => contract(ids[i] ?? 'c-00001')),
];

// A write bumps the data version: the next request rebuilds the caches it needs.
await db.update(t.settings).set({ dataVersion: sql`${t.settings.dataVersion} + 1` });
const afterWrite = {
  register: await time(() => register(filteredPage(1))),
  dashboard: await time(() => dashboard()),
};
log(`after a write: ${JSON.stringify(afterWrite)}`);

const result = { target: target.kind, contracts: counts?.contracts ?? 0, cold, warm, afterWrite, runs };
if (values.out) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
await database.close();
