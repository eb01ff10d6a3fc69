/**
 * The dashboard's quarterly trend, pre-summed in SQL by what a dashboard filters on (contract
 * status, measure, area) and quarter: a few thousand cells in place of a million profile and
 * return rows. A request adds the cells its filter selects into the shared `QuarterlyTotals`,
 * which holds the rules (what is expected by the reporting quarter, which quarters count).
 */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Measure } from '@/lib/contract';
import type { DashboardSelection } from '@/lib/figures/dashboard';
import { HEADLINES, type QuarterlyTotals } from '@/lib/figures/summary';
import type { Tx } from '../../db/client';
import * as t from '../../db/schema';

const HEADLINE_INDEX = new Map<string, number>(HEADLINES.map((h, i) => [h, i]));

interface Cell {
  status: string;
  measureCode: string;
  measure: Measure | undefined;
  area: string;
  serial: number;
  /** Profile quantity, or claimed and verified: the sums of the rows in the cell. */
  a: number;
  b: number;
}

/** Where decisions changed returns: the cells of these statuses, measures and areas. */
export interface CellRegion {
  statuses: ReadonlySet<string>;
  measures: ReadonlySet<string>;
  areas: ReadonlySet<string>;
}

const k = t.commitments;
const c = t.contracts;

function inRegion(region: CellRegion): SQL | undefined {
  return and(
    inArray(c.status, [...region.statuses]),
    inArray(k.measureCode, [...region.measures]),
    inArray(k.area, [...region.areas]),
  );
}

async function readProfileCells(tx: Tx, measureByCode: ReadonlyMap<string, Measure>): Promise<Cell[]> {
  const p = t.commitmentProfile;
  const rows = await tx
    .select({
      status: c.status,
      measureCode: k.measureCode,
      area: k.area,
      serial: p.quarterSerial,
      a: sql<number>`sum(${p.quantity}::numeric)::float8`,
      b: sql<number>`0::float8`,
    })
    .from(p)
    .innerJoin(k, eq(k.id, p.commitmentId))
    .innerJoin(c, eq(c.id, k.contractId))
    .groupBy(c.status, k.measureCode, k.area, p.quarterSerial);
  return rows.map((row) => ({ ...row, measure: measureByCode.get(row.measureCode) }));
}

async function readReturnCells(
  tx: Tx,
  measureByCode: ReadonlyMap<string, Measure>,
  region?: CellRegion,
): Promise<Cell[]> {
  const r = t.supplierReturns;
  const rows = await tx
    .select({
      status: c.status,
      measureCode: k.measureCode,
      area: k.area,
      serial: r.quarterSerial,
      a: sql<number>`sum(${r.claimed}::numeric)::float8`,
      b: sql<number>`sum(${r.verified}::numeric)::float8`,
    })
    .from(r)
    .innerJoin(k, eq(k.id, r.commitmentId))
    .innerJoin(c, eq(c.id, k.contractId))
    .where(region ? inRegion(region) : undefined)
    .groupBy(c.status, k.measureCode, k.area, r.quarterSerial);
  return rows.map((row) => ({ ...row, measure: measureByCode.get(row.measureCode) }));
}

export class TrendCells {
  readonly #measureByCode: ReadonlyMap<string, Measure>;
  readonly #profile: readonly Cell[];
  readonly #returns: readonly Cell[];

  private constructor(measureByCode: ReadonlyMap<string, Measure>, profile: readonly Cell[], returns: readonly Cell[]) {
    this.#measureByCode = measureByCode;
    this.#profile = profile;
    this.#returns = returns;
  }

  static async read(tx: Tx, measures: readonly Measure[]): Promise<TrendCells> {
    const measureByCode = new Map(measures.map((m) => [m.code, m]));
    const profile = await readProfileCells(tx, measureByCode);
    return new TrendCells(measureByCode, profile, await readReturnCells(tx, measureByCode));
  }

  /** The cells after decisions: the returns' cells of the region they touched are summed again. */
  async afterDecisions(tx: Tx, region: CellRegion): Promise<TrendCells> {
    const outside = this.#returns.filter(
      (cell) =>
        !(region.statuses.has(cell.status) && region.measures.has(cell.measureCode) && region.areas.has(cell.area)),
    );
    const inside = await readReturnCells(tx, this.#measureByCode, region);
    return new TrendCells(this.#measureByCode, this.#profile, [...outside, ...inside]);
  }

  /** Adds the selected headline cells to each headline's totals (in `HEADLINES` order). */
  addTo(selection: DashboardSelection, totals: readonly QuarterlyTotals[]): void {
    const headlineOf = (cell: Cell) =>
      selection.contract(cell.status) && selection.commitment(cell.measure, cell.area)
        ? HEADLINE_INDEX.get(cell.measure?.headline ?? '')
        : undefined;
    for (const cell of this.#profile) {
      const h = headlineOf(cell);
      if (h !== undefined) totals[h]?.addProfile(cell.serial, cell.a);
    }
    for (const cell of this.#returns) {
      const h = headlineOf(cell);
      if (h !== undefined) totals[h]?.addDelivery(cell.serial, cell.a, cell.b);
    }
  }
}
