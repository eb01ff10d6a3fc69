/**
 * What the load benchmark asks for: the five requests the issue names, each with a few
 * variants so that no answer is served from a memo of the very same URL, and a mixed load.
 */
import { BOROUGHS, DEMO_USER_HEADER, evidenceSchema, pageSchema, type Evidence } from '@/lib/contract';
import { cycle, type LoadRequest } from './load';

export const MANAGER = 'u-cm-1';
const JSON_HEADERS = { 'Content-Type': 'application/json', [DEMO_USER_HEADER]: MANAGER };

export interface Scenario {
  name: string;
  requests: LoadRequest[];
}

const api = (path: string): LoadRequest => ({ path: `/api/v1${path}`, headers: { [DEMO_USER_HEADER]: MANAGER } });

/** A filtered, sorted page of the register: live contracts in a borough, red or amber, by value. */
export const contractPages = BOROUGHS.flatMap((b, i) =>
  [1, 2].map((page) =>
    api(`/contracts?status=live&borough=${b.code}&rag=red&rag=amber&sort=${i % 2 ? '-value' : 'endDate'}&page=${page}`),
  ),
);

/** The dashboard for a year, in each borough and for the whole region. */
export const dashboards = ['', ...BOROUGHS.map((b) => `&borough=${b.code}`)].map((filter) =>
  api(`/dashboard?period=2025-26${filter}`),
);

export function oneContract(contracts: number): LoadRequest[] {
  const step = Math.max(1, Math.floor(contracts / 50));
  return Array.from({ length: 50 }, (_, i) => api(`/contracts/c-${String(1 + i * step).padStart(5, '0')}`));
}

/** Pages of the verification queue, oldest first. */
export const evidencePages = Array.from({ length: 20 }, (_, i) => api(`/evidence?status=pending&page=${i + 1}`));

/** Pending evidence to decide on, one decision each (a second on the same version would be a 409). */
export async function pendingEvidence(baseUrl: string, count: number): Promise<Evidence[]> {
  const found: Evidence[] = [];
  for (let page = 1; found.length < count; page += 1) {
    const response = await fetch(`${baseUrl}/api/v1/evidence?status=pending&pageSize=500&page=${page}`, {
      headers: { [DEMO_USER_HEADER]: MANAGER },
    });
    const body = pageSchema(evidenceSchema).parse(await response.json());
    found.push(...body.items);
    if (page >= body.pageCount) break;
  }
  return found.slice(0, count);
}

/** A query on each item (it stays in the queue, so the data keeps its shape for the next run). */
export function decisions(items: readonly Evidence[]): LoadRequest[] {
  return items.map((e) => ({
    method: 'POST',
    path: `/api/v1/evidence/${e.id}/decisions`,
    body: JSON.stringify({ decision: 'query', comment: 'Benchmark: which site is this for?', version: e.version }),
    headers: JSON_HEADERS,
  }));
}

/**
 * The mixed load: mostly reads, as a working day is, with a decision in every twenty requests
 * (each on its own item, until they run out), so the server works its figures out again while
 * it is under load.
 */
export function mixed(contracts: number, items: readonly Evidence[]): () => LoadRequest {
  const reads = cycle([...contractPages, ...dashboards, ...oneContract(contracts), ...evidencePages]);
  const writes = decisions(items);
  let sent = 0;
  return () => {
    sent += 1;
    return (sent % 20 === 0 ? writes.shift() : undefined) ?? reads();
  };
}
