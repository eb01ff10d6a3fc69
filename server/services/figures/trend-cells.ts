/**
 * The dashboard's quarterly trend, pre-summed in SQL by what a dashboard filters on (contract
 * status, measure, area) and quarter: a few thousand cells in place of a million profile and
 * return rows. A request adds the cells its filter selects into the shared `QuarterlyTotals`,
 * which holds the rules (what is expected by the reporting quarter, which quarters count).
 */
import { eq, sql } from 'drizzle-orm';
import type { Measure } from '@/lib/contract';
import type { DashboardSelection } from '@/lib/figures/dashboard';
import { HEADLINES, type QuarterlyTotals } from '@/lib/figures/summary';
import type { Tx } from '../../db/client';
import * as t from '../../db/schema';

const HEADLINE_INDEX = new Map<string, number>(HEADLINES.map((h, i) => [h, i]));

interface Cell {
  status: string;
  measure: Measure | undefined;
  area: string;
  serial: number;
  /** Profile quantity, or claimed and verified: the sums of the rows in the cell. */
  a: number;
  b: number;
}

export interface TrendCells {
  /** Adds the selected headline cells to each headline's totals (in `HEADLINES` order). */
  addTo(selection: DashboardSelection, totals: readonly QuarterlyTotals[]): void;
}

export async function readTrendCells(tx: Tx, measures: readonly Measure[]): Promise<TrendCells> {
  const measureByCode = new Map(measures.map((m) => [m.code, m]));
  const p = t.commitmentProfile;
  const r = t.supplierReturns;
  const k = t.commitments;
  const c = t.contracts;
  const planned = await tx
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
  const delivered = await tx
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
    .groupBy(c.status, k.measureCode, k.area, r.quarterSerial);
  const cells = (rows: typeof planned): Cell[] =>
    rows.map((row) => ({ ...row, measure: measureByCode.get(row.measureCode) }));
  const profile = cells(planned);
  const returns = cells(delivered);

  const selected = (selection: DashboardSelection, cell: Cell) =>
    selection.contract(cell.status) && selection.commitment(cell.measure, cell.area)
      ? HEADLINE_INDEX.get(cell.measure?.headline ?? '')
      : undefined;
  return {
    addTo(selection, totals) {
      for (const cell of profile) {
        const h = selected(selection, cell);
        if (h !== undefined) totals[h]?.addProfile(cell.serial, cell.a);
      }
      for (const cell of returns) {
        const h = selected(selection, cell);
        if (h !== undefined) totals[h]?.addDelivery(cell.serial, cell.a, cell.b);
      }
    },
  };
}
