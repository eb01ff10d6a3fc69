import { performance } from 'node:perf_hooks';
import { openDatabase } from './server/db/client';
import { inSnapshot } from './server/services/figures/snapshot';
import { readCatalogue } from './server/services/figures/catalogue';
import { readPeriodSums } from './server/services/figures/period-sums';
import { TrendCells } from './server/services/figures/trend-cells';
const d = await openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL ?? '' });
await inSnapshot(d.db, async (tx) => {
  let s = performance.now();
  const c = await readCatalogue(tx);
  console.log('catalogue', performance.now() - s); s = performance.now();
  await readPeriodSums(tx, 'all', c.reportingQuarter, c.commitmentIndex);
  console.log('period all', performance.now() - s); s = performance.now();
  await TrendCells.read(tx, c.measures);
  console.log('trend', performance.now() - s); s = performance.now();
});
await d.close();
