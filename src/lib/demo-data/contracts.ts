import { BOROUGHS, type BoroughCode, type Category, type ContractStatus, type User } from '@/lib/contract';
import type { ContractRecord } from './dataset';
import { contractStatusOn, financialYearId, financialYearLabel } from '@/lib/figures';
import { addMonths, isoDate, utcDay } from './dates';
import { serialOfDate } from './quarters';
import { AS_OF, CONTRACT_MANAGERS } from './reference';
import type { Random } from './random';
import { pickSupplier, type DemoSupplier, type SupplierPool } from './suppliers';
import { contractTitle } from './titles';

/** A contract with what the rest of the generator needs to know about it. */
export interface DemoContract {
  record: ContractRecord;
  supplier: DemoSupplier;
  /** The quarters the contract runs from and to, as `quarterSerial` numbers. */
  firstSerial: number;
  lastSerial: number;
}

const CATEGORY_MIX: readonly (readonly [Category, number])[] = [
  ['highways', 18],
  ['construction', 16],
  ['ict', 14],
  ['professional-services', 16],
  ['transport', 14],
  ['facilities', 12],
  ['care', 10],
];

/** Typical contract values: most fall between £100k and £5m; the log-normal tail reaches tens of £m. */
const MEDIAN_VALUE: Record<Category, number> = {
  highways: 900_000,
  construction: 1_300_000,
  ict: 350_000,
  'professional-services': 180_000,
  transport: 700_000,
  facilities: 400_000,
  care: 900_000,
};
const MIN_VALUE = 20_000;
const MAX_VALUE = 50_000_000;

/** Which categories each contract manager looks after; the fifth takes whatever comes. */
const SPECIALISMS: Record<Category, number> = {
  highways: 0,
  transport: 0,
  construction: 1,
  ict: 2,
  'professional-services': 2,
  facilities: 3,
  care: 3,
};

/** The first contracts under the framework started in April 2022; the last ones start late in 2026. */
const FIRST_START_MONTH = { year: 2022, month: 3 };
const START_MONTHS = 57;

function contractValue(r: Random, category: Category): number {
  let value = 0;
  for (let attempt = 0; attempt < 10 && (value < MIN_VALUE || value > MAX_VALUE); attempt += 1) {
    value = MEDIAN_VALUE[category] * Math.exp(r.normal(0, 1.15));
  }
  value = Math.min(MAX_VALUE, Math.max(MIN_VALUE, value));
  return value < 1_000_000 ? Math.round(value / 10) * 10 : Math.round(value / 1000) * 1000;
}

function durationMonths(r: Random, value: number): number {
  if (value < 100_000) return r.pick([12, 12, 18, 24]);
  if (value < 1_000_000) return r.pick([12, 18, 24, 24, 36]);
  if (value < 5_000_000) return r.pick([24, 36, 36, 48]);
  return r.pick([36, 48, 60]);
}

function statusOn(startDay: number, endDay: number): ContractStatus {
  return contractStatusOn(isoDate(startDay), isoDate(endDay), AS_OF);
}

function servedBoroughs(r: Random, named: BoroughCode | null): BoroughCode[] {
  const count = r.weighted([
    [1, 45],
    [2, 25],
    [3, 15],
    [4, 8],
    [5, 4],
    [6, 3],
  ]);
  const others = BOROUGHS.map((b) => b.code).filter((code) => code !== named);
  const picked = r.sample(others, named ? count - 1 : count);
  const served = new Set<BoroughCode>(named ? [named, ...picked] : picked);
  // Keep the ONS order, so that the same boroughs always read the same way.
  return BOROUGHS.map((b) => b.code).filter((code) => served.has(code));
}

function manager(r: Random, category: Category): User {
  const specialist = CONTRACT_MANAGERS[SPECIALISMS[category]];
  return specialist && r.chance(0.75) ? specialist : r.pick(CONTRACT_MANAGERS);
}

type Draft = Omit<DemoContract, 'record'> & { startDay: number; record: Omit<ContractRecord, 'id' | 'reference'> };

function draft(r: Random, pool: SupplierPool): Draft {
  const category = r.weighted(CATEGORY_MIX);
  const value = contractValue(r, category);
  const startDay = utcDay(
    FIRST_START_MONTH.year,
    FIRST_START_MONTH.month + r.int(0, START_MONTHS - 1),
    r.chance(0.6) ? 1 : r.int(2, 28),
  );
  const endDay = addMonths(startDay, durationMonths(r, value)) - 1;
  const title = contractTitle(r, category);
  const regionWide = title.borough === null && r.chance(0.35);
  const supplier = pickSupplier(r, pool, category, value);
  const { id: managerId, name: managerName } = manager(r, category);
  return {
    startDay,
    firstSerial: serialOfDate(isoDate(startDay)),
    lastSerial: serialOfDate(isoDate(endDay)),
    supplier,
    record: {
      title: title.text,
      supplier: supplier.supplier,
      category,
      value,
      startDate: isoDate(startDay),
      endDate: isoDate(endDay),
      status: statusOn(startDay, endDay),
      boroughs: regionWide ? BOROUGHS.map((b) => b.code) : servedBoroughs(r, title.borough),
      regionWide,
      managerId,
      managerName,
    },
  };
}

/**
 * Titles as a register shows them: a title let again gets the financial year it starts in
 * ("Key Route Network winter gritting 2025/26"), and one let more than once in a year gets lots.
 */
function distinctTitles(): (title: string, startDate: string) => string {
  const seen = new Map<string, number>();
  return (title, startDate) => {
    const times = (seen.get(title) ?? 0) + 1;
    seen.set(title, times);
    if (times === 1) return title;
    const yearly = `${title} ${financialYearLabel(financialYearId(Math.floor(serialOfDate(startDate) / 4)))}`;
    const lots = (seen.get(yearly) ?? 0) + 1;
    seen.set(yearly, lots);
    return lots === 1 ? yearly : `${yearly} (lot ${lots})`;
  };
}

/**
 * Contracts, numbered in order of start date as the authority's references are: `LCRCA-2024-0137`
 * is the 137th contract starting in 2024.
 */
export function generateContracts(r: Random, count: number, pool: SupplierPool): DemoContract[] {
  const drafts: Draft[] = [];
  for (let i = 0; i < count; i += 1) drafts.push(draft(r, pool));
  drafts.sort((a, b) => a.startDay - b.startDay);
  const serialByYear = new Map<string, number>();
  const titled = distinctTitles();
  return drafts.map((d, index) => {
    const year = d.record.startDate.slice(0, 4);
    const serial = (serialByYear.get(year) ?? 0) + 1;
    serialByYear.set(year, serial);
    return {
      supplier: d.supplier,
      firstSerial: d.firstSerial,
      lastSerial: d.lastSerial,
      record: {
        id: `c-${String(index + 1).padStart(5, '0')}`,
        reference: `LCRCA-${year}-${String(serial).padStart(4, '0')}`,
        ...d.record,
        title: titled(d.record.title, d.record.startDate),
      },
    };
  });
}
