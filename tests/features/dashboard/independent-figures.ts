import type { Dataset } from '@/lib/demo-data/dataset';
import type { Basis, BoroughCode, ContractStatus, Figures, Headline, Rag, ThemeId } from '@/lib/contract';

/**
 * The dashboard's figures worked out again from the raw data set (contracts, commitments'
 * profiles, returns), with none of the app's or the mock's aggregation code, so that a test
 * comparing the page with these checks the whole chain.
 */
export interface Filter {
  borough?: BoroughCode[];
  theme?: ThemeId[];
  period?: string;
  status?: ContractStatus[];
  basis?: Basis;
}

export interface IndependentSummary {
  contractCount: number;
  headlines: Record<Headline, Figures>;
  byArea: Map<string, Record<Headline, Figures>>;
  byMeasure: Map<string, Figures>;
  /** Per headline, per quarter (not cumulative), every quarter with a profile or a return. */
  byQuarter: Record<Headline, Map<string, Figures>>;
  ragCounts: Record<Rag, number>;
  socialValue: { verified: number; claimed: number };
  /** References of the ten contracts furthest behind, worst first. */
  furthestBehind: string[];
}

const ZERO: Figures = { pledged: 0, expected: 0, claimed: 0, verified: 0 };
const HEADLINES: Headline[] = ['jobs', 'apprenticeships', 'local-spend', 'carbon'];
const SEVERITY: Record<Rag, number> = { red: 3, amber: 2, green: 1, 'not-due': 0 };

/** Quarter ids (`2025-26-Q3`) sort as text in time order, and start with their financial year. */
function inPeriod(period: string, quarter: string): boolean {
  return period === 'all' || quarter === period || quarter.slice(0, 7) === period;
}

function add(a: Figures, b: Partial<Figures>): Figures {
  return {
    pledged: a.pledged + (b.pledged ?? 0),
    expected: a.expected + (b.expected ?? 0),
    claimed: a.claimed + (b.claimed ?? 0),
    verified: a.verified + (b.verified ?? 0),
  };
}

function perHeadline(): Record<Headline, Figures> {
  return { jobs: ZERO, apprenticeships: ZERO, 'local-spend': ZERO, carbon: ZERO };
}

export function delivered(figures: Figures, basis: Basis): number {
  return basis === 'claimed' ? figures.claimed : figures.verified;
}

export function pctOf(figures: Figures, basis: Basis): number | null {
  return figures.expected > 0 ? (delivered(figures, basis) / figures.expected) * 100 : null;
}

export function ragOf(figures: Figures, basis: Basis): Rag {
  if (figures.expected <= 0) return 'not-due';
  const ratio = delivered(figures, basis) / figures.expected;
  return ratio >= 0.95 ? 'green' : ratio >= 0.75 ? 'amber' : 'red';
}

export function independentSummary(dataset: Dataset, filter: Filter = {}): IndependentSummary {
  const { borough = [], theme = [], period = 'all', status = [], basis = 'verified' } = filter;
  const { reportingQuarter, measures } = dataset.reference;
  const measureByCode = new Map(measures.map((m) => [m.code, m]));
  const contractById = new Map(dataset.contracts.map((c) => [c.id, c]));
  const returnsByCommitment = new Map<string, Dataset['returns']>();
  for (const r of dataset.returns) {
    const list = returnsByCommitment.get(r.commitmentId) ?? [];
    list.push(r);
    returnsByCommitment.set(r.commitmentId, list);
  }

  const headlines = perHeadline();
  const byArea = new Map<string, Record<Headline, Figures>>();
  const byMeasure = new Map<string, Figures>();
  const byQuarter = {} as Record<Headline, Map<string, Figures>>;
  for (const h of HEADLINES) byQuarter[h] = new Map();
  const perContract = new Map<string, { rags: Rag[]; byHeadline: Record<Headline, Figures> }>();
  const socialValue = { verified: 0, claimed: 0 };

  for (const commitment of dataset.commitments) {
    const contract = contractById.get(commitment.contractId);
    const measure = measureByCode.get(commitment.measureCode);
    if (!contract || !measure) throw new Error(`Dangling commitment ${commitment.id}`);
    if (status.length > 0 && !status.includes(contract.status)) continue;
    if (theme.length > 0 && !theme.includes(measure.theme)) continue;
    if (borough.length > 0 && !(borough as string[]).includes(commitment.area)) continue;

    let figures = ZERO;
    const quarters = new Map<string, Figures>();
    for (const p of commitment.profile) {
      if (!inPeriod(period, p.quarter)) continue;
      const due = p.quarter <= reportingQuarter ? p.quantity : 0;
      figures = add(figures, { pledged: p.quantity, expected: due });
      quarters.set(p.quarter, add(quarters.get(p.quarter) ?? ZERO, { pledged: p.quantity, expected: due }));
    }
    for (const r of returnsByCommitment.get(commitment.id) ?? []) {
      if (!inPeriod(period, r.quarter)) continue;
      figures = add(figures, { claimed: r.claimed, verified: r.verified });
      quarters.set(r.quarter, add(quarters.get(r.quarter) ?? ZERO, { claimed: r.claimed, verified: r.verified }));
    }

    byMeasure.set(measure.code, add(byMeasure.get(measure.code) ?? ZERO, figures));
    socialValue.verified += figures.verified * measure.proxyValue;
    socialValue.claimed += figures.claimed * measure.proxyValue;
    const entry = perContract.get(contract.id) ?? { rags: [], byHeadline: perHeadline() };
    perContract.set(contract.id, entry);

    const headline = measure.headline;
    if (!headline) continue;
    headlines[headline] = add(headlines[headline], figures);
    const area = byArea.get(commitment.area) ?? perHeadline();
    area[headline] = add(area[headline], figures);
    byArea.set(commitment.area, area);
    for (const [quarter, f] of quarters)
      byQuarter[headline].set(quarter, add(byQuarter[headline].get(quarter) ?? ZERO, f));
    entry.rags.push(ragOf(figures, basis));
    entry.byHeadline[headline] = add(entry.byHeadline[headline], figures);
  }

  const ragCounts: Record<Rag, number> = { red: 0, amber: 0, green: 0, 'not-due': 0 };
  const ranked: { reference: string; rag: Rag; lowest: number }[] = [];
  for (const [id, { rags, byHeadline }] of perContract) {
    const rag = rags.reduce<Rag>((worst, r) => (SEVERITY[r] > SEVERITY[worst] ? r : worst), 'not-due');
    ragCounts[rag] += 1;
    const pcts = HEADLINES.map((h) => pctOf(byHeadline[h], basis)).filter((p): p is number => p !== null);
    if (rag !== 'not-due') {
      ranked.push({ reference: contractById.get(id)?.reference ?? id, rag, lowest: Math.min(...pcts) });
    }
  }
  ranked.sort(
    (a, b) =>
      SEVERITY[b.rag] - SEVERITY[a.rag] ||
      a.lowest - b.lowest ||
      a.reference.localeCompare(b.reference, 'en-GB', { numeric: true }),
  );

  return {
    contractCount: perContract.size,
    headlines,
    byArea,
    byMeasure,
    byQuarter,
    ragCounts,
    socialValue,
    furthestBehind: ranked.slice(0, 10).map((r) => r.reference),
  };
}
