import type { Area, Category, Commitment } from '@/lib/contract';
import type { DemoContract } from './contracts';
import { apportion, fromSteps, toSteps } from './quantities';
import { quarterAt } from './quarters';
import type { Random } from './random';
import { MEASURES, type DemoMeasure, type MeasureCode } from './reference';

/** A commitment with its measure, so that later stages need not look the measure up again. */
export interface DemoCommitment {
  commitment: Commitment;
  measure: DemoMeasure;
}

const MEASURE_BY_CODE = new Map(MEASURES.map((m) => [m.code, m]));

function measure(code: MeasureCode): DemoMeasure {
  const found = MEASURE_BY_CODE.get(code);
  if (!found) throw new Error(`Unknown measure ${code}`);
  return found;
}

const PHYSICAL_WORK: ReadonlySet<Category> = new Set(['highways', 'construction', 'transport', 'facilities']);

/** Local jobs per £1m: care and cleaning are labour-heavy, consultancy is not. */
const FTE_PER_MILLION: Record<Category, number> = {
  highways: 1.5,
  construction: 1.8,
  ict: 0.6,
  'professional-services': 0.8,
  transport: 2,
  facilities: 3,
  care: 4,
};

/** Carbon saved per £1m: fleets and site works have the most to save. */
const CARBON_PER_MILLION: Record<Category, number> = {
  highways: 60,
  construction: 45,
  ict: 12,
  'professional-services': 4,
  transport: 80,
  facilities: 30,
  care: 8,
};

/**
 * Quantity pledged per £1m of contract value, from the published magnitudes: about 5
 * apprenticeship weeks per £1m (4.5 to 10), one apprenticeship start per £1m to £3m, and 30-60%
 * of spend with local suppliers.
 */
function perMillion(r: Random, code: MeasureCode, category: Category): number {
  switch (code) {
    case 'JOB-LOCAL-FTE':
      return FTE_PER_MILLION[category] * r.between(0.7, 1.4);
    case 'JOB-LTU':
    case 'JOB-NEET':
      return r.between(0.3, 0.8);
    case 'JOB-DISABLED':
      return r.between(0.15, 0.5);
    case 'APP-STARTS':
      return 1 / r.between(1, 3);
    case 'APP-WEEKS':
      return r.between(4.5, 10);
    case 'TRAIN-WEEKS':
      return r.between(10, 30);
    case 'PLACE-WEEKS':
      return r.between(4, 12);
    case 'SPEND-LCR':
      return r.between(300_000, 600_000);
    case 'SPEND-SME':
      return r.between(100_000, 250_000);
    case 'SPEND-VCSE':
      return r.between(5_000, 30_000);
    case 'ENV-CARBON':
      return CARBON_PER_MILLION[category] * r.between(0.6, 1.5);
    case 'ENV-MILES':
      return r.between(2_000, 20_000);
    case 'COM-VOL-HOURS':
      return r.between(30, 120);
    case 'COM-DONATIONS':
      return r.between(500, 4_000);
  }
}

/** The least worth pledging once a measure is chosen: a small contract still pledges something countable. */
const MINIMUM: Partial<Record<MeasureCode, number>> = {
  'TRAIN-WEEKS': 2,
  'SPEND-SME': 500,
  'SPEND-VCSE': 250,
  'ENV-MILES': 100,
  'COM-VOL-HOURS': 10,
  'COM-DONATIONS': 250,
};

const OPTIONAL: readonly MeasureCode[] = [
  'JOB-LTU',
  'JOB-NEET',
  'JOB-DISABLED',
  'APP-WEEKS',
  'TRAIN-WEEKS',
  'PLACE-WEEKS',
  'SPEND-SME',
  'SPEND-VCSE',
  'ENV-MILES',
  'COM-VOL-HOURS',
  'COM-DONATIONS',
];

/** Outcomes that are naturally delivered across the region rather than in one borough. */
const REGIONAL: ReadonlySet<MeasureCode> = new Set(['SPEND-LCR', 'SPEND-SME', 'SPEND-VCSE', 'ENV-CARBON', 'ENV-MILES']);

/** Social value pledged, as a share of contract value: the brief's typical 3-25%, kept inside it. */
const SHARE_OF_VALUE = { low: 0.04, high: 0.22 };

const MAX_COMMITMENTS = 8;

/** The weight of a contract's first quarter in its profiles, relative to a full quarter. */
const MOBILISATION = [
  [0, 60],
  [0.3, 25],
  [1, 15],
] as const;

interface Pledge {
  measure: DemoMeasure;
  quantity: number;
}

function choosePledges(r: Random, contract: DemoContract): Pledge[] {
  const { value, category } = contract.record;
  const millions = value / 1_000_000;
  const wanted = value < 250_000 ? r.int(3, 4) : value < 2_000_000 ? r.int(3, 6) : r.int(4, 8);
  const raw = (code: MeasureCode): number => Math.max(perMillion(r, code, category) * millions, MINIMUM[code] ?? 0);
  const pledges: Pledge[] = [{ measure: measure('SPEND-LCR'), quantity: raw('SPEND-LCR') }];
  const jobs = raw('JOB-LOCAL-FTE');
  if (jobs >= 0.5 && r.chance(0.85)) pledges.push({ measure: measure('JOB-LOCAL-FTE'), quantity: jobs });
  // Small contracts may pledge a single start, or none: never a fraction of a person.
  if (value >= 1_000_000 ? r.chance(0.85) : value >= 250_000 && r.chance(0.3)) {
    pledges.push({ measure: measure('APP-STARTS'), quantity: Math.max(1, raw('APP-STARTS')) });
  }
  if (r.chance(PHYSICAL_WORK.has(category) ? 0.85 : 0.55)) {
    pledges.push({ measure: measure('ENV-CARBON'), quantity: Math.max(0.5, raw('ENV-CARBON')) });
  }
  for (const code of r.sample(OPTIONAL, OPTIONAL.length)) {
    if (pledges.length >= wanted) break;
    const m = measure(code);
    const quantity = raw(code);
    // People are pledged whole: skip a measure the contract is too small to pledge one of.
    if ((m.unit === 'people' || m.unit === 'weeks') && quantity < 0.5) continue;
    pledges.push({ measure: m, quantity });
  }
  return withinShare(pledges, value);
}

/**
 * Scales the pledges other than local spend so that the whole is worth 4-22% of the contract's
 * value. Local spend alone (30-60% of value at its proxy) is always inside that band, so it keeps
 * its published proportion.
 */
function withinShare(pledges: Pledge[], value: number): Pledge[] {
  let anchored = 0;
  let others = 0;
  for (const p of pledges) {
    const worth = p.quantity * p.measure.proxyValue;
    if (p.measure.code === 'SPEND-LCR') anchored += worth;
    else others += worth;
  }
  const share = (anchored + others) / value;
  const target =
    share > SHARE_OF_VALUE.high ? SHARE_OF_VALUE.high : share < SHARE_OF_VALUE.low ? SHARE_OF_VALUE.low : share;
  const scale = others > 0 ? Math.max(0, target * value - anchored) / others : 1;
  return pledges.map((p) =>
    p.measure.code === 'SPEND-LCR' ? p : { measure: p.measure, quantity: p.quantity * scale },
  );
}

function areaFor(r: Random, code: MeasureCode, contract: DemoContract): Area {
  const { regionWide, boroughs } = contract.record;
  const regional = REGIONAL.has(code);
  if (r.chance(regionWide ? (regional ? 0.9 : 0.4) : regional ? 0.35 : 0)) return 'region';
  return r.pick(boroughs);
}

/**
 * Relative weights of a profile's quarters: even, or back-loaded as delivery builds up. Most
 * contracts pledge nothing, or little, in the quarter they mobilise in.
 */
function profileWeights(r: Random, quarters: number, mobilisation: number): number[] {
  const slope = r.chance(0.5) ? 0 : r.between(0.5, 2);
  const weights: number[] = [];
  for (let i = 0; i < quarters; i += 1) weights.push(1 + (quarters > 1 ? (slope * i) / (quarters - 1) : 0));
  if (quarters > 2 && weights[0] !== undefined) weights[0] *= mobilisation;
  return weights;
}

/**
 * A contract's pledges: 3 to 8 commitments, always with local spend (a headline outcome) and
 * usually jobs, apprenticeships and carbon; each area's total spread over the contract's quarters.
 */
export function generateCommitments(r: Random, contract: DemoContract): DemoCommitment[] {
  const { firstSerial, lastSerial } = contract;
  const quarters = lastSerial - firstSerial + 1;
  const mobilisation = r.weighted(MOBILISATION);
  const out: DemoCommitment[] = [];
  const add = (m: DemoMeasure, area: Area, steps: number): void => {
    if (steps <= 0) return;
    const parts = apportion(steps, profileWeights(r, quarters, mobilisation));
    out.push({
      measure: m,
      commitment: {
        id: `${contract.record.id}-m${out.length + 1}`,
        contractId: contract.record.id,
        measureCode: m.code,
        area,
        total: fromSteps(steps, m.unit),
        profile: parts.map((part, i) => ({
          quarter: quarterAt(firstSerial + i).id,
          quantity: fromSteps(part, m.unit),
        })),
      },
    });
  };
  const pledges = choosePledges(r, contract);
  pledges.forEach(({ measure: m, quantity }, index) => {
    const steps = Math.max(1, toSteps(quantity, m.unit));
    const area = areaFor(r, m.code, contract);
    const others = contract.record.boroughs.filter((b) => b !== area);
    const roomToSplit = out.length + (pledges.length - index) < MAX_COMMITMENTS;
    // Jobs pledged across a multi-borough contract are often split between two of its boroughs.
    if (roomToSplit && area !== 'region' && m.theme === 'jobs' && steps >= 2 && others.length > 0 && r.chance(0.3)) {
      const [here = 0, there = 0] = apportion(steps, [r.between(1, 2), 1]);
      add(m, area, here);
      add(m, r.pick(others), there);
    } else {
      add(m, area, steps);
    }
  });
  return out;
}
