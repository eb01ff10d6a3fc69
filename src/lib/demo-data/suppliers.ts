import type { Category, Supplier } from '@/lib/contract';
import {
  FIRM_FORMS,
  FIRST_NAMES,
  NATIONAL_FORMS,
  NATIONAL_WORDS,
  PLACE_WORDS,
  SURNAMES,
  TRADE_WORDS,
  VCSE_FORMS,
  VCSE_WORDS,
} from './names';
import type { Random } from './random';

export type SupplierKind = 'national' | 'regional' | 'vcse';

/** A supplier, with who at the supplier uploads its evidence (kept out of the `Supplier` the API serves). */
export interface DemoSupplier {
  supplier: Supplier;
  kind: SupplierKind;
  contact: string;
  /** The audit trail's user id for the supplier's uploads. */
  userId: string;
}

export type SupplierPool = Record<Category, Record<SupplierKind, DemoSupplier[]>>;

/** How likely each kind of supplier is in a category: care leans on the voluntary sector, highways on big firms. */
const KIND_MIX: Record<Category, readonly (readonly [SupplierKind, number])[]> = {
  highways: [
    ['national', 35],
    ['regional', 60],
    ['vcse', 5],
  ],
  construction: [
    ['national', 35],
    ['regional', 55],
    ['vcse', 10],
  ],
  ict: [
    ['national', 40],
    ['regional', 50],
    ['vcse', 10],
  ],
  'professional-services': [
    ['national', 30],
    ['regional', 55],
    ['vcse', 15],
  ],
  transport: [
    ['national', 30],
    ['regional', 50],
    ['vcse', 20],
  ],
  facilities: [
    ['national', 25],
    ['regional', 55],
    ['vcse', 20],
  ],
  care: [
    ['national', 15],
    ['regional', 45],
    ['vcse', 40],
  ],
};

function supplierName(r: Random, category: Category, kind: SupplierKind): string {
  const trade = r.pick(TRADE_WORDS[category]);
  if (kind === 'vcse') return `${r.pick(PLACE_WORDS)} ${r.pick(VCSE_WORDS[category])} ${r.pick(VCSE_FORMS)}`;
  if (kind === 'national') {
    return r.chance(0.6)
      ? `${r.pick(NATIONAL_WORDS)} ${trade} ${r.pick(NATIONAL_FORMS)}`
      : `${r.pick(SURNAMES)} ${r.pick(SURNAMES)} ${r.pick(NATIONAL_FORMS)}`;
  }
  return r.chance(0.65)
    ? `${r.pick(PLACE_WORDS)} ${trade} ${r.pick(FIRM_FORMS)}`
    : `${r.pick(SURNAMES)} ${trade} ${r.pick(FIRM_FORMS)}`;
}

/** Companies House numbers: eight digits, or SC/NI and six digits for Scottish and Northern Irish companies. */
function companyNumber(r: Random, kind: SupplierKind): string {
  const prefix =
    kind === 'national'
      ? r.weighted([
          ['0', 85],
          ['SC', 10],
          ['NI', 5],
        ])
      : r.weighted([
          ['1', 97],
          ['NI', 3],
        ]);
  const width = 8 - prefix.length;
  return prefix + String(r.int(0, 10 ** width - 1)).padStart(width, '0');
}

function unique(seen: Set<string>, make: () => string): string {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const candidate = make();
    if (!seen.has(candidate)) {
      seen.add(candidate);
      return candidate;
    }
  }
  // A large pool can exhaust the word lists: number the rest rather than loop forever.
  const base = make();
  let n = 2;
  while (seen.has(`${base} ${n}`)) n += 1;
  seen.add(`${base} ${n}`);
  return `${base} ${n}`;
}

/** Each category gets at least one supplier of every kind, so that a contract of any size finds one. */
const FIRST_KINDS: readonly SupplierKind[] = ['national', 'regional', 'vcse'];

/**
 * A pool of suppliers per category, reused across contracts as in real procurement. It grows
 * more slowly than the number of contracts, so that bigger data sets have repeat suppliers.
 */
export function supplierPool(r: Random, contracts: number): SupplierPool {
  const perCategory = Math.max(6, Math.round(Math.sqrt(contracts)));
  const names = new Set<string>();
  const numbers = new Set<string>();
  let serial = 0;
  const suppliersFor = (category: Category): Record<SupplierKind, DemoSupplier[]> => {
    const byKind: Record<SupplierKind, DemoSupplier[]> = { national: [], regional: [], vcse: [] };
    for (let i = 0; i < perCategory; i += 1) {
      const kind = FIRST_KINDS[i] ?? r.weighted(KIND_MIX[category]);
      serial += 1;
      const id = `s-${String(serial).padStart(4, '0')}`;
      byKind[kind].push({
        kind,
        contact: `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`,
        userId: `supplier:${id}`,
        supplier: {
          id,
          name: unique(names, () => supplierName(r, category, kind)),
          companyNumber: unique(numbers, () => companyNumber(r, kind)),
          sme: kind !== 'national',
          vcse: kind === 'vcse',
        },
      });
    }
    return byKind;
  };
  return {
    highways: suppliersFor('highways'),
    construction: suppliersFor('construction'),
    ict: suppliersFor('ict'),
    'professional-services': suppliersFor('professional-services'),
    transport: suppliersFor('transport'),
    facilities: suppliersFor('facilities'),
    care: suppliersFor('care'),
  };
}

/** Big contracts go mostly to national firms, small ones to local SMEs and the voluntary sector. */
export function pickSupplier(r: Random, pool: SupplierPool, category: Category, value: number): DemoSupplier {
  const kind: SupplierKind =
    value >= 5_000_000
      ? r.weighted([
          ['national', 75],
          ['regional', 25],
        ])
      : value >= 500_000
        ? r.weighted(KIND_MIX[category].map(([k, w]) => [k, k === 'national' ? w * 1.5 : w] as const))
        : r.weighted(KIND_MIX[category].map(([k, w]) => [k, k === 'national' ? w * 0.3 : w] as const));
  const suppliers = pool[category][kind];
  // A few suppliers win much of the work: favour the front of the list.
  return suppliers[Math.floor(suppliers.length * r.next() ** 1.6)] ?? r.pick(pool[category].regional);
}
