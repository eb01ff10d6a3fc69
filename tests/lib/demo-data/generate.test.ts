// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  auditEventSchema,
  BOROUGHS,
  commitmentSchema,
  contractSummarySchema,
  evidenceSchema,
  referenceDataSchema,
  supplierReturnSchema,
} from '@/lib/contract';
import { quarterBounds } from '@/lib/figures';
import { generateDataset } from '@/lib/demo-data/generate';

const data = generateDataset();

/** A stored contract is a summary without the figures the API derives from its returns. */
const contractRecordSchema = contractSummarySchema.omit({
  rag: true,
  headlinePct: true,
  lastReturn: true,
  evidenceAwaiting: true,
});

/** Parses a list and checks nothing was dropped or changed: zod strips fields a schema does not know. */
function expectValid<S extends z.ZodType>(schema: S, items: readonly unknown[]): void {
  const parsed = z.array(schema).safeParse(items);
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  const changed = parsed.data.findIndex((item, i) => JSON.stringify(item) !== JSON.stringify(items[i]));
  expect(changed === -1 ? null : items[changed]).toBeNull();
}

describe('generateDataset', () => {
  it('makes the default demo portfolio of 250 contracts as of 31 October 2026', () => {
    expect(data.seed).toBe(1);
    expect(data.contracts).toHaveLength(250);
    expect(data.reference.asOf).toBe('2026-10-31');
    expect(data.reference.reportingQuarter).toBe('2026-27-Q2');
  });

  it('gives the same data for the same seed and size', () => {
    expect(generateDataset({ seed: 9, contracts: 40 })).toStrictEqual(generateDataset({ seed: 9, contracts: 40 }));
    // The whole default set, compared as text: a deep comparison of 40,000 records is slow.
    expect(JSON.stringify(generateDataset({ seed: 1, contracts: 250 })) === JSON.stringify(data)).toBe(true);
  });

  it('gives different data for a different seed', () => {
    const other = generateDataset({ seed: 2 });
    expect(other.contracts.map((c) => c.title)).not.toStrictEqual(data.contracts.map((c) => c.title));
    expect(other.contracts.map((c) => c.value)).not.toStrictEqual(data.contracts.map((c) => c.value));
  });

  it('makes as many contracts as asked for, including none', () => {
    expect(generateDataset({ contracts: 7 }).contracts).toHaveLength(7);
    const empty = generateDataset({ contracts: 0 });
    expect(empty).toMatchObject({ contracts: [], commitments: [], returns: [], evidence: [], audit: [] });
    expect(referenceDataSchema.safeParse(empty.reference).success).toBe(true);
  });

  it('refuses a size or seed that is not a whole number', () => {
    expect(() => generateDataset({ contracts: -1 })).toThrow(RangeError);
    expect(() => generateDataset({ contracts: 2.5 })).toThrow(/whole number/);
    expect(() => generateDataset({ seed: Number.NaN })).toThrow(/seed/);
  });

  it('produces records that match the API contract exactly', () => {
    expect(referenceDataSchema.parse(data.reference)).toStrictEqual(data.reference);
    expectValid(contractRecordSchema, data.contracts);
    expectValid(commitmentSchema, data.commitments);
    expectValid(supplierReturnSchema, data.returns);
    expectValid(evidenceSchema, data.evidence);
    expectValid(auditEventSchema, data.audit);
  });

  it('gives every record a unique id', () => {
    for (const records of [data.contracts, data.commitments, data.returns, data.evidence, data.audit]) {
      expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    }
    expect(new Set(data.contracts.map((c) => c.reference)).size).toBe(data.contracts.length);
  });

  it('titles each contract differently, naming the year or lot when work is let again', () => {
    expect(new Set(data.contracts.map((c) => c.title)).size).toBe(data.contracts.length);
    expect(data.contracts.some((c) => / \d{4}\/\d{2}( \(lot \d+\))?$/.test(c.title))).toBe(true);
  });
});

describe('reference data', () => {
  const { reference } = data;

  it('has the six boroughs, four themes and seven categories', () => {
    expect(reference.boroughs.map((b) => b.name)).toStrictEqual(BOROUGHS.map((b) => b.name));
    expect(reference.themes.map((t) => t.id)).toStrictEqual(['jobs', 'economy', 'environment', 'communities']);
    expect(reference.categories.map((c) => c.name)).toStrictEqual([
      'Highways',
      'Construction',
      'ICT',
      'Professional services',
      'Transport',
      'Facilities management',
      'Care',
    ]);
  });

  it('has one measure for each headline outcome, with the published carbon and volunteering proxies', () => {
    const headlines = reference.measures.filter((m) => m.headline !== null);
    expect(headlines.map((m) => [m.headline, m.unit])).toStrictEqual([
      ['jobs', 'FTE'],
      ['apprenticeships', 'people'],
      ['local-spend', 'GBP'],
      ['carbon', 'tCO2e'],
    ]);
    expect(new Set(reference.measures.map((m) => m.code)).size).toBe(reference.measures.length);
    expect(reference.measures.find((m) => m.headline === 'carbon')?.proxyValue).toBe(252);
    expect(reference.measures.find((m) => m.unit === 'hours')?.proxyValue).toBe(17);
    // Spend is valued at a fraction of each pound, so contract spend is not counted as social value.
    for (const m of reference.measures.filter((x) => x.unit === 'GBP' && x.theme === 'economy')) {
      expect(m.proxyValue).toBeLessThan(1);
    }
  });

  it('has a director, five contract managers and an auditor', () => {
    expect(reference.users.map((u) => [u.id, u.role])).toStrictEqual([
      ['u-director-1', 'director'],
      ['u-cm-1', 'contract-manager'],
      ['u-cm-2', 'contract-manager'],
      ['u-cm-3', 'contract-manager'],
      ['u-cm-4', 'contract-manager'],
      ['u-cm-5', 'contract-manager'],
      ['u-auditor-1', 'auditor'],
    ]);
  });

  it('lists financial years from 2022/23 to the last one any contract runs into, each with its quarters', () => {
    const years = reference.financialYears;
    expect(years[0]?.id).toBe('2022-23');
    const lastEnd = data.contracts.reduce((max, c) => (c.endDate > max ? c.endDate : max), '');
    // The last year holds the last end date: no year too few, none too many.
    const lastYear = years.at(-1);
    expect(lastYear?.quarters[0]?.start.localeCompare(lastEnd)).toBeLessThanOrEqual(0);
    expect(lastYear?.quarters[3]?.end.localeCompare(lastEnd)).toBeGreaterThanOrEqual(0);
    const q3 = years.find((y) => y.id === '2025-26')?.quarters[2];
    expect(q3).toStrictEqual({ id: '2025-26-Q3', label: 'Q3 2025/26', ...quarterBounds('2025-26-Q3') });
    for (const year of years) {
      expect(year.label).toBe(year.id.replace('-', '/'));
      expect(year.quarters.map((q) => q.id)).toStrictEqual([1, 2, 3, 4].map((n) => `${year.id}-Q${n}`));
    }
  });
});
