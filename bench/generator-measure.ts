/**
 * Measures how long the generator takes and how much heap the data set holds:
 *   npx tsx bench/generator-measure.ts --contracts 20000 [--seed 1]
 * Run with `node --expose-gc --import tsx bench/generator-measure.ts ...` to measure heap after a full
 * garbage collection (otherwise the figure includes garbage not yet collected).
 */
import { parseArgs } from 'node:util';
import { generateDataset } from '@/lib/demo-data/generate';

const { values } = parseArgs({
  options: { contracts: { type: 'string', default: '20000' }, seed: { type: 'string', default: '1' } },
});
const contracts = Number(values.contracts);
const seed = Number(values.seed);
if (!Number.isInteger(contracts) || contracts < 0 || !Number.isInteger(seed)) {
  console.error('Usage: measure.ts --contracts <whole number> --seed <whole number>');
  process.exit(1);
}

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

collect();
const before = process.memoryUsage().heapUsed;
const started = performance.now();
const cpuBefore = process.cpuUsage();
const dataset = generateDataset({ seed, contracts });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
collect();
const heap = process.memoryUsage().heapUsed - before;

console.log(`contracts ${contracts}, seed ${seed}`);
// CPU time (all threads, garbage collection included) is steadier than wall time on a shared machine.
console.log(`generated in ${seconds.toFixed(2)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s)`);
console.log(`heap held by the data set ${mb(heap)}${globalThis.gc ? '' : ' (without --expose-gc: includes garbage)'}`);
console.log(`peak resident set ${mb(process.resourceUsage().maxRSS * 1024)}`);
for (const key of ['contracts', 'commitments', 'returns', 'evidence', 'audit'] as const) {
  console.log(`${key.padEnd(12)} ${dataset[key].length.toLocaleString('en-GB')}`);
}
