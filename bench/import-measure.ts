/**
 * How long the register import takes at scale: `npx tsx bench/import-measure.ts [--contracts N]`.
 * On PGlite in memory, migrated and holding the 250-contract demo data set, it imports a
 * register of N contracts (default 20,000) with three commitments each (one quarterly profile,
 * two spread between dates) as CSV, then the same file again (nothing changes), then a file
 * with one value changed in every hundredth contract. Prints the time of each, and writes them
 * to bench/import-results.json.
 */
import { writeFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { COMMITMENT_COLUMNS, CONTRACT_COLUMNS, type User } from '@/lib/contract';
import { openDatabase } from '../server/db/client';
import { seedDemo } from '../server/db/seed';
import { createImportService } from '../server/services/imports';

const arg = process.argv.indexOf('--contracts');
const CONTRACTS = arg > 0 ? Number(process.argv[arg + 1]) : 20_000;
const MANAGERS = ['Priya Sharma', 'Tom Gallagher', 'Siobhan Doyle', 'Marcus Okafor', 'Rachel Hughes'];
const BOROUGHS = ['Liverpool', 'Wirral; Sefton', 'Knowsley', 'Halton; St Helens', 'Region-wide'];
const CATEGORIES = ['Highways', 'Construction', 'ICT', 'Care', 'Transport'];

function register(changedEvery: number | null) {
  const contracts: string[][] = [Object.values(CONTRACT_COLUMNS)];
  const commitments: string[][] = [Object.values(COMMITMENT_COLUMNS)];
  for (let n = 1; n <= CONTRACTS; n += 1) {
    const reference = `BENCH-${String(n).padStart(6, '0')}`;
    const value = 20_000 + (n % 997) * 1_000 + (changedEvery !== null && n % changedEvery === 0 ? 1 : 0);
    contracts.push([
      reference,
      `Benchmark contract ${n}`,
      `Bench supplier ${n % 1500} Ltd`,
      String(20_000_000 + (n % 1500)),
      String(value),
      `${2023 + (n % 3)}-04-01`,
      `${2027 + (n % 3)}-03-31`,
      BOROUGHS[n % BOROUGHS.length] ?? 'Liverpool',
      CATEGORIES[n % CATEGORIES.length] ?? 'ICT',
      MANAGERS[n % MANAGERS.length] ?? 'Priya Sharma',
    ]);
    commitments.push(
      [reference, 'JOB-LOCAL-FTE', 'Liverpool', '8', '2024-25-Q1=2; 2024-25-Q2=2; 2024-25-Q3=2; 2024-25-Q4=2', '', ''],
      [reference, 'ENV-CARBON', 'Region-wide', '120', '', `${2023 + (n % 3)}-04-01`, `${2027 + (n % 3)}-03-31`],
      [reference, 'SPEND-LCR', 'Wirral', '50000', '', '2024-06-15', '2026-12-31'],
    );
  }
  const encode = (rows: string[][]) => new TextEncoder().encode(Papa.unparse(rows));
  return [
    { name: 'contracts.csv', bytes: encode(contracts) },
    { name: 'commitments.csv', bytes: encode(commitments) },
  ];
}

async function main() {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await database.migrate();
  await seedDemo(database.db, { seed: 1, contracts: 250 });
  const imports = createImportService(database.db);
  const user: User = { id: 'u-cm-1', name: 'Priya Sharma', role: 'contract-manager' };
  const results: Record<string, { seconds: number; contracts: unknown; commitments: unknown; changeCount: number }> =
    {};
  for (const [label, files] of [
    ['first import (all new)', register(null)],
    ['same file again', register(null)],
    ['every 100th value changed', register(100)],
  ] as const) {
    const started = performance.now();
    const result = await imports.run([...files], user, { dryRun: false });
    const seconds = (performance.now() - started) / 1000;
    results[label] = {
      seconds: Math.round(seconds * 100) / 100,
      contracts: result.contracts,
      commitments: result.commitments,
      changeCount: result.changeCount,
    };
    console.log(`${label}: ${seconds.toFixed(2)} s`, JSON.stringify(result.contracts), result.changeCount, 'changes');
  }
  await database.close();
  await writeFile(
    new URL('./import-results.json', import.meta.url),
    `${JSON.stringify({ contracts: CONTRACTS, commitmentsPerContract: 3, database: 'PGlite (in memory)', node: process.version, results }, null, 2)}\n`,
  );
}

await main();
