/** The load benchmark's figures as JSON, as a Markdown table, and in the README between markers. */
import type { LoadResult } from './load';
import type { TargetName } from './targets';

export const BUDGETS_MS: Partial<Record<string, Partial<Record<TargetName, number>>>> = {
  'contracts page': { postgres: 50 },
  dashboard: { postgres: 150 },
};

export interface TargetResults {
  target: TargetName;
  startSeconds: number;
  scenarios: Record<string, LoadResult>;
}

export interface ApiBenchResults {
  date: string;
  contracts: number;
  machine: string;
  mixed: { connections: number; seconds: number };
  targets: TargetResults[];
}

const README_START = '<!-- bench:api:start -->';
const README_END = '<!-- bench:api:end -->';

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 1 : 0)}` : '–');

/** Budgets broken: a scenario over its p95 budget, or any error. */
export function failures(results: ApiBenchResults): string[] {
  const out: string[] = [];
  for (const t of results.targets) {
    for (const [name, r] of Object.entries(t.scenarios)) {
      const budget = BUDGETS_MS[name]?.[t.target];
      if (budget !== undefined && r.p95 > budget) out.push(`${t.target} ${name}: p95 ${ms(r.p95)} ms > ${budget} ms`);
      if (r.errors > 0) out.push(`${t.target} ${name}: ${r.errors} errors`);
    }
  }
  return out;
}

export function toMarkdown(results: ApiBenchResults): string {
  const names = [...new Set(results.targets.flatMap((t) => Object.keys(t.scenarios)))];
  const head = `| request | ${results.targets.map((t) => `${t.target} p50 / p95 ms`).join(' | ')} | budget (p95) |`;
  const rule = `|---|${results.targets.map(() => '---:').join('|')}|---:|`;
  const rows = names.map((name) => {
    const cells = results.targets.map((t) => {
      const r = t.scenarios[name];
      if (!r) return '–';
      if (name === 'mixed load') return `${Math.round(r.throughput)} req/s, p95 ${ms(r.p95)}, ${r.errors} errors`;
      return `${ms(r.p50)} / ${ms(r.p95)}`;
    });
    const budget = Object.entries(BUDGETS_MS[name] ?? {})
      .map(([target, b]) => `${b} ms (${target})`)
      .join(', ');
    return `| ${name} | ${cells.join(' | ')} | ${budget || '–'} |`;
  });
  const starts = results.targets.map((t) => `${t.target} ${t.startSeconds.toFixed(0)} s`).join(', ');
  return [
    `${results.contracts.toLocaleString('en-GB')} contracts, ${results.date}, ${results.machine}.`,
    `Mixed load: ${results.mixed.connections} connections for ${results.mixed.seconds} s. ` +
      `Start-up with the data loaded: ${starts}.`,
    '',
    head,
    rule,
    ...rows,
  ].join('\n');
}

export function withReadmeSection(readme: string, table: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return readme;
  return `${readme.slice(0, start + README_START.length)}\n${table}\n${readme.slice(end)}`;
}
