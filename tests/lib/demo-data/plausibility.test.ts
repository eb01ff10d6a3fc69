// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BOROUGHS, REGION_WIDE, type Rag } from '@/lib/contract';
import { commitmentFigures, ragOfFigures, socialValue, worstRag } from '@/lib/figures';
import { generateDataset } from '@/lib/demo-data/generate';
import { indexDataset, must } from './dataset-index';

// The published magnitudes the demo must resemble (see the product brief).
const data = generateDataset();
const index = indexDataset(data);
const measures = new Map(data.reference.measures.map((m) => [m.code, m]));
const ctx = { reportingQuarter: data.reference.reportingQuarter, period: 'all' };

function measureOf(code: string) {
  return must(measures.get(code), `measure ${code}`);
}

function pledgedBy(contractId: string, code: string): number {
  const commitments = index.commitmentsByContract.get(contractId) ?? [];
  return commitments.filter((x) => x.measureCode === code).reduce((total, x) => total + x.total, 0);
}

function share(count: number, of: number): number {
  return count / of;
}

describe('pledges in proportion to contract value', () => {
  it('are worth 3-25% of the contract for nearly every contract', () => {
    const outside = data.contracts.filter((c) => {
      const pledged = socialValue(
        (index.commitmentsByContract.get(c.id) ?? []).map((x) => ({
          quantity: x.total,
          proxyValue: measureOf(x.measureCode).proxyValue,
        })),
      );
      return pledged < 0.03 * c.value || pledged > 0.25 * c.value;
    });
    expect(share(outside.length, data.contracts.length)).toBeLessThan(0.1);
  });

  it('put 30-60% of contract value into local spend', () => {
    const outside = data.contracts.filter((c) => {
      const localSpend = pledgedBy(c.id, 'SPEND-LCR');
      return localSpend < 0.3 * c.value || localSpend > 0.6 * c.value;
    });
    expect(share(outside.length, data.contracts.length)).toBeLessThan(0.05);
  });

  it('pledge about 5 apprenticeship weeks and one apprenticeship start for each £1m to £3m', () => {
    const pledging = (code: string) => data.contracts.filter((c) => pledgedBy(c.id, code) > 0);
    const perMillion = (code: string, contracts: typeof data.contracts): number =>
      contracts.reduce((total, c) => total + pledgedBy(c.id, code), 0) /
      (contracts.reduce((total, c) => total + c.value, 0) / 1_000_000);
    expect(perMillion('APP-WEEKS', pledging('APP-WEEKS'))).toBeGreaterThanOrEqual(4.5);
    expect(perMillion('APP-WEEKS', pledging('APP-WEEKS'))).toBeLessThanOrEqual(10);
    const large = pledging('APP-STARTS').filter((c) => c.value >= 3_000_000);
    expect(perMillion('APP-STARTS', large)).toBeGreaterThanOrEqual(1 / 3);
    expect(perMillion('APP-STARTS', large)).toBeLessThanOrEqual(1);
  });

  it('always include a headline outcome', () => {
    const without = data.contracts.filter((c) =>
      (index.commitmentsByContract.get(c.id) ?? []).every((x) => measureOf(x.measureCode).headline === null),
    );
    expect(without).toStrictEqual([]);
  });
});

describe('the portfolio', () => {
  it('is worth tens of £m of verified social value, not billions', () => {
    const verified = socialValue(
      data.returns.map((r) => ({ quantity: r.verified, proxyValue: measureOf(r.measureCode).proxyValue })),
    );
    expect(verified).toBeGreaterThanOrEqual(10_000_000);
    expect(verified).toBeLessThan(100_000_000);
  });

  it('has delivered well short of what live contracts pledged in total', () => {
    const live = new Set(data.contracts.filter((c) => c.status === 'live').map((c) => c.id));
    const proxy = (code: string): number => measureOf(code).proxyValue;
    const pledged = data.commitments
      .filter((x) => live.has(x.contractId))
      .reduce((total, x) => total + x.total * proxy(x.measureCode), 0);
    const delivered = data.returns
      .filter((r) => live.has(r.contractId))
      .reduce((total, r) => total + r.claimed * proxy(r.measureCode), 0);
    expect(delivered / pledged).toBeGreaterThan(0.13);
    expect(delivered / pledged).toBeLessThan(0.5);
  });

  function contractRag(contractId: string, basis: 'verified' | 'claimed'): Rag {
    return worstRag(
      (index.commitmentsByContract.get(contractId) ?? [])
        .filter((x) => measureOf(x.measureCode).headline !== null)
        .map((x) => ragOfFigures(commitmentFigures(x, index.returnsByCommitment.get(x.id) ?? [], ctx), basis)),
    );
  }

  it('has contracts in every status and every RAG, on verified and on claimed figures', () => {
    expect(new Set(data.contracts.map((c) => c.status))).toStrictEqual(new Set(['mobilising', 'live', 'closed']));
    for (const basis of ['verified', 'claimed'] as const) {
      const rags = new Set<Rag>(data.contracts.map((c) => contractRag(c.id, basis)));
      expect(rags).toStrictEqual(new Set(['red', 'amber', 'green', 'not-due']));
    }
  });

  it('has most live contracts on track by their claims, and verification behind but not swamping them', () => {
    const live = data.contracts.filter((c) => c.status === 'live');
    const shareOf = (basis: 'verified' | 'claimed', rag: Rag) =>
      share(live.filter((c) => contractRag(c.id, basis) === rag).length, live.length);
    expect(shareOf('claimed', 'green')).toBeGreaterThan(0.45);
    expect(shareOf('claimed', 'red')).toBeLessThan(0.3);
    expect(shareOf('verified', 'green')).toBeGreaterThan(0.15);
    // Verification trails claims by weeks, and a contract is as red as its worst headline commitment.
    expect(shareOf('verified', 'red')).toBeLessThan(0.65);
    expect(shareOf('verified', 'red')).toBeGreaterThan(shareOf('claimed', 'red'));
  });

  it('has returns and evidence in every status', () => {
    expect(new Set(data.returns.map((r) => r.status))).toStrictEqual(new Set(['due', 'submitted', 'late', 'missing']));
    expect(new Set(data.evidence.map((e) => e.status))).toStrictEqual(
      new Set(['pending', 'verified', 'rejected', 'queried']),
    );
    expect(new Set(data.evidence.map((e) => e.type)).size).toBe(8);
    expect(data.evidence.some((e) => e.version === 3)).toBe(true);
  });

  it('leaves no evidence over a year old waiting, and keeps a backlog of recent evidence', () => {
    const asOf = Date.parse(`${data.reference.asOf}T23:59:59Z`);
    const ageDays = (e: { uploadedAt: string }) => (asOf - Date.parse(e.uploadedAt)) / 86_400_000;
    const open = data.evidence.filter((e) => e.status === 'pending' || e.status === 'queried');
    expect(open.filter((e) => ageDays(e) > 366)).toEqual([]);
    const lastQuarter = data.evidence.filter((e) => ageDays(e) <= 45);
    expect(share(lastQuarter.filter((e) => e.status === 'pending').length, lastQuarter.length)).toBeGreaterThan(0.15);
  });

  it('has region-wide contracts with region-wide commitments, and work in every borough and category', () => {
    const regionWide = data.contracts.filter((c) => c.regionWide);
    expect(share(regionWide.length, data.contracts.length)).toBeGreaterThan(0.08);
    expect(share(regionWide.length, data.contracts.length)).toBeLessThan(0.25);
    expect(
      regionWide.some((c) => (index.commitmentsByContract.get(c.id) ?? []).some((x) => x.area === REGION_WIDE)),
    ).toBe(true);
    const areas = new Set(data.commitments.map((x) => x.area));
    for (const b of BOROUGHS) expect(areas).toContain(b.code);
    expect(new Set(data.contracts.map((c) => c.category)).size).toBe(7);
  });

  it('reuses suppliers of every size, with Companies House numbers', () => {
    const suppliers = new Map(data.contracts.map((c) => [c.supplier.id, c.supplier]));
    expect(suppliers.size).toBeLessThan(data.contracts.length / 2);
    const all = [...suppliers.values()];
    expect(all.some((s) => !s.sme)).toBe(true);
    expect(all.some((s) => s.sme && !s.vcse)).toBe(true);
    expect(all.some((s) => s.vcse)).toBe(true);
    expect(all.filter((s) => !/^(\d{8}|(SC|NI)\d{6})$/.test(s.companyNumber))).toStrictEqual([]);
    expect(new Set(all.map((s) => s.name)).size).toBe(all.length);
  });

  it('spreads contract values from tens of thousands to millions, most between £100k and £5m', () => {
    const values = data.contracts.map((c) => c.value);
    expect(share(values.filter((v) => v >= 100_000 && v <= 5_000_000).length, values.length)).toBeGreaterThan(0.7);
    expect(Math.min(...values)).toBeLessThan(100_000);
    expect(Math.max(...values)).toBeGreaterThan(5_000_000);
  });

  it('keeps demo text clean: nothing that looks like markup or a spreadsheet formula', () => {
    const texts = [
      ...data.contracts.flatMap((c) => [c.title, c.supplier.name]),
      ...data.evidence.flatMap((e) => [e.fileName, e.uploadedBy, e.narrative ?? '']),
      ...data.audit.map((a) => a.comment),
    ];
    expect(texts.filter((t) => /[<>]/.test(t) || /^[=+\-@\t\r]/.test(t))).toStrictEqual([]);
  });
});
