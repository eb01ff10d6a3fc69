/**
 * Measures the mock API at scale: `npx tsx mocks/server/measure.ts [--contracts 20000] [--runs 20]
 * [--out file.json]`. Requests go through the same msw handlers every host uses, JSON included.
 * After the store is warmed as the HTTP server warms it, each request is timed the first time,
 * then over the runs (median and slowest). Filters vary between runs (within 15 runs no
 * dashboard filter repeats), so the figures are not just the store's memory of an earlier answer.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { getResponse } from 'msw';
import { generateDataset } from '@/lib/demo-data/generate';
import { createHandlers } from '@mocks/handlers';
import { createMockStore } from '@mocks/store';

const { values } = parseArgs({
  options: {
    contracts: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '20' },
    out: { type: 'string' },
  },
});
const contracts = Number(values.contracts);
const runs = Number(values.runs);

function heapMb(): number {
  return Math.round(process.memoryUsage().heapUsed / 1e6);
}

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

let started = performance.now();
const dataset = generateDataset({ seed: 1, contracts });
const generateMs = performance.now() - started;
started = performance.now();
const store = createMockStore(dataset);
const handlers = createHandlers(store);
const storeMs = performance.now() - started;
started = performance.now();
// As the HTTP server does once it listens: the default views' indexes and figures.
store.warm();
const warmMs = performance.now() - started;

async function time(path: string): Promise<number> {
  const start = performance.now();
  const response = await getResponse(handlers, new Request(`http://localhost/api/v1${path}`));
  if (!response || response.status !== 200) throw new Error(`${path} answered ${response?.status ?? 'nothing'}`);
  await response.json();
  return performance.now() - start;
}

const boroughs = ['E06000006', 'E08000011', 'E08000012', 'E08000013', 'E08000014', 'E08000015'];
const sorts = ['-value', 'title', 'rag', '-endDate', 'supplier', '-evidenceAwaiting'];
const periods = ['all', '2025-26', '2024-25', '2026-27', '2023-24'];
const themes = ['jobs', 'economy', 'environment', 'communities', 'jobs&theme=economy'];
const statuses = ['live', 'closed', 'mobilising'];
const users = ['u-cm-1', 'u-cm-2', 'u-cm-3', 'u-cm-4', 'u-cm-5'];
const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

const scenarios: { name: string; path: (run: number) => string }[] = [
  {
    name: 'contracts: a new filter, search and sort each run',
    path: (run) =>
      `/contracts?status=live&borough=${at(boroughs, run)}&q=${at([...'aeiou'], run)}&sort=${at(sorts, run)}&page=2`,
  },
  {
    name: 'contracts: RAG filter, sorted by RAG, a new period and basis each run',
    path: (run) =>
      `/contracts?rag=red&rag=amber&sort=rag&period=${at(periods, run)}&basis=${at(['verified', 'claimed'], Math.floor(run / 5))}`,
  },
  {
    name: 'contracts: paging through, sorted by value',
    path: (run) => `/contracts?sort=-value&page=${1 + run}&pageSize=100`,
  },
  {
    name: 'contracts: 500 a page, as an export fetches',
    path: (run) => `/contracts?status=live&page=${1 + run}&pageSize=500`,
  },
  { name: 'dashboard: all time, everywhere (repeated)', path: () => '/dashboard' },
  {
    name: 'dashboard: a new borough and period each run',
    path: (run) => `/dashboard?borough=${at(boroughs, run)}&period=${at(periods, Math.floor(run / 6))}`,
  },
  {
    name: 'dashboard: a new status and theme each run, all boroughs',
    path: (run) => `/dashboard?status=${at(statuses, run)}&theme=${at(themes, Math.floor(run / 3))}`,
  },
  { name: 'evidence: paging through the queue', path: (run) => `/evidence?page=${1 + run}` },
  {
    name: 'evidence: a new borough and status each run',
    path: (run) =>
      `/evidence?borough=${at(boroughs, run)}&status=${at(['verified', 'rejected', 'pending'], Math.floor(run / 6))}`,
  },
  { name: 'audit: paging through, newest first', path: (run) => `/audit?page=${1 + run}` },
  {
    name: 'audit: a new user and action each run',
    path: (run) => `/audit?user=${at(users, run)}&action=${at(['verify', 'reject', 'query'], Math.floor(run / 5))}`,
  },
];

const results = [];
for (const scenario of scenarios) {
  const first = await time(scenario.path(0));
  const warm: number[] = [];
  for (let run = 1; run <= runs; run += 1) warm.push(await time(scenario.path(run)));
  results.push({
    name: scenario.name,
    firstMs: round(first),
    medianMs: round(median(warm)),
    maxMs: round(Math.max(...warm)),
  });
}

const report = {
  contracts,
  records: {
    commitments: dataset.commitments.length,
    returns: dataset.returns.length,
    evidence: dataset.evidence.length,
    audit: dataset.audit.length,
  },
  generateMs: Math.round(generateMs),
  createStoreMs: Math.round(storeMs),
  warmMs: Math.round(warmMs),
  heapMb: heapMb(),
  requests: results,
};
console.table(results);
console.log(JSON.stringify({ ...report, requests: undefined }, null, 2));
if (values.out) await writeFile(values.out, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
