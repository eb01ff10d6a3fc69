import { performance } from 'node:perf_hooks';
import { contractsQuerySchema, dashboardQuerySchema } from '@/lib/contract';
import { openDatabase } from './server/db/client';
import { inSnapshot } from './server/services/figures/snapshot';
import { createReadModel } from './server/services/read-model';
const d = await openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL ?? '' });
const m = createReadModel(d.db);
const t0 = performance.now();
await m.listContracts(contractsQuerySchema.parse({}));
console.log('cold register', performance.now() - t0);
const t1 = performance.now();
await m.dashboard(dashboardQuerySchema.parse({}));
console.log('cold dashboard', performance.now() - t1);
async function meas(name: string, f: (i: number) => Promise<unknown>) {
  const ts: number[] = [];
  for (let i = 0; i < 40; i++) { const s = performance.now(); await f(i); ts.push(performance.now() - s); }
  ts.sort((a, b) => a - b); console.log(name, 'p50', ts[20]?.toFixed(1), 'p95', ts[38]?.toFixed(1));
}
await meas('snapshot only', () => inSnapshot(d.db, async () => 1));
await meas('register default', (i) => m.listContracts(contractsQuerySchema.parse({ page: 1 + (i % 5) })));
await meas('register rag+borough sorted', (i) => m.listContracts(contractsQuerySchema.parse({ rag: ['red','amber'], borough: ['E08000012'], sort: i % 2 ? '-value' : 'rag', page: 1 + (i % 3) })));
await meas('dashboard new filter', (i) => m.dashboard(dashboardQuerySchema.parse({ theme: [['jobs','economy','environment','communities'][i % 4]], borough: [['E06000006','E08000011','E08000012','E08000013','E08000014','E08000015'][i % 6]], basis: i > 24 ? 'claimed' : 'verified' })));
await d.close();
