/**
 * The API under load: `npm run bench:api -- [--contracts 20000] [--targets mock,pglite,postgres]
 * [--duration 60] [--connections 50] [--samples 200] [--port 8790]`.
 *
 * For each target in turn (the mock's HTTP server, the server on PGlite, the server on
 * PostgreSQL, all on the same generated data) it measures p50 and p95 of five requests, one at
 * a time (a filtered, sorted contracts page; a dashboard summary; one contract; an evidence page;
 * a decision), after a warm-up pass, then a mixed load of many concurrent clients. Writes
 * bench/api-results.json and .md, and the table into the README.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stopAll } from './lib/processes';
import { cycle, runLoad, type LoadRequest, type LoadResult } from './api/load';
import { failures, toMarkdown, withReadmeSection, type ApiBenchResults, type TargetResults } from './api/report';
import {
  contractPages,
  dashboards,
  decisions,
  evidencePages,
  mixed,
  oneContract,
  pendingEvidence,
} from './api/scenarios';
import { startTarget, TARGETS, type TargetName } from './api/targets';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    contracts: { type: 'string', default: '20000' },
    targets: { type: 'string', default: TARGETS.join(',') },
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    samples: { type: 'string', default: '200' },
    port: { type: 'string', default: '8790' },
  },
});
const contracts = Number(values.contracts);
const duration = Number(values.duration);
const connections = Number(values.connections);
const samples = Number(values.samples);
const port = Number(values.port);
const targets = values.targets.split(',').filter((t): t is TargetName => (TARGETS as string[]).includes(t));
if ([contracts, duration, connections, samples, port].some((n) => !Number.isInteger(n) || n <= 0) || !targets.length) {
  console.error('Usage: npm run bench:api -- [--contracts N] [--targets mock,pglite,postgres] [--duration s] ...');
  process.exit(2);
}

const log = (text: string) => console.log(`[bench:api ${new Date().toISOString().slice(11, 19)}] ${text}`);

async function sequential(baseUrl: string, requests: LoadRequest[]): Promise<LoadResult> {
  // One pass first: what is measured is the warm service, as users meet it after the first visitor.
  await runLoad({ baseUrl, next: cycle(requests), connections: 1, amount: requests.length });
  return runLoad({ baseUrl, next: cycle(requests), connections: 1, amount: samples });
}

async function measure(name: TargetName): Promise<TargetResults> {
  log(`${name}: starting with ${contracts} contracts`);
  const target = await startTarget(name, port, contracts);
  try {
    log(`${name}: ready after ${target.startSeconds.toFixed(1)} s`);
    const { baseUrl } = target;
    const scenarios: Record<string, LoadResult> = {};
    scenarios['contracts page'] = await sequential(baseUrl, contractPages);
    scenarios.dashboard = await sequential(baseUrl, dashboards);
    scenarios['one contract'] = await sequential(baseUrl, oneContract(contracts));
    scenarios['evidence page'] = await sequential(baseUrl, evidencePages);
    const items = await pendingEvidence(baseUrl, samples + connections * duration);
    const decided = items.splice(0, samples);
    scenarios.decision = await runLoad({
      baseUrl,
      next: cycle(decisions(decided)),
      connections: 1,
      amount: decided.length,
    });
    scenarios['mixed load'] = await runLoad({ baseUrl, next: mixed(contracts, items), connections, duration });
    for (const [scenario, r] of Object.entries(scenarios)) {
      log(
        `${name}: ${scenario}: p50 ${r.p50} ms, p95 ${r.p95} ms, ${Math.round(r.throughput)} req/s, ${r.errors} errors`,
      );
    }
    return { target: name, startSeconds: target.startSeconds, scenarios };
  } finally {
    await target.stop();
  }
}

try {
  const results: ApiBenchResults = {
    date: new Date().toISOString().slice(0, 10),
    contracts,
    machine: `${cpus().length} cores, Node ${process.version}`,
    mixed: { connections, seconds: duration },
    targets: [],
  };
  for (const name of targets) results.targets.push(await measure(name));
  const table = toMarkdown(results);
  await writeFile(`${ROOT}bench/api-results.json`, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(`${ROOT}bench/api-results.md`, `# API under load\n\n${table}\n`);
  const readme = await readFile(`${ROOT}README.md`, 'utf8');
  await writeFile(`${ROOT}README.md`, withReadmeSection(readme, table));
  console.log(`\n${table}\n`);
  const broken = failures(results);
  if (broken.length > 0) {
    console.error(`Over budget or with errors:\n- ${broken.join('\n- ')}`);
    process.exitCode = 1;
  }
} finally {
  await stopAll();
}
