import {
  REGION_WIDE,
  type Area,
  type Basis,
  type Borough,
  type BoroughCode,
  type DashboardSummary,
  type Figures,
  type Headline,
} from '@/lib/contract';
import { deliveryProgress, ZERO_FIGURES, type DeliveryProgress } from '@/lib/figures';

/** One row of the "By borough" table and one region of the map. Plain values, ready to export. */
export interface AreaRow<A extends Area = Area> extends Figures, DeliveryProgress {
  area: A;
  name: string;
  /** Outside the borough filter an area's figures are zero by definition, not a finding. */
  inFilter: boolean;
}

export interface AreaRows {
  /** The six boroughs, in reference order. */
  boroughs: AreaRow<BoroughCode>[];
  /** Outcomes pledged for the whole city region, never apportioned to boroughs. */
  region: AreaRow<typeof REGION_WIDE>;
}

export function areaRows(
  summary: DashboardSummary,
  headline: Headline,
  basis: Basis,
  boroughs: readonly Borough[],
  boroughFilter: readonly BoroughCode[],
): AreaRows {
  const byArea = new Map(summary.byArea.map((row) => [row.area, row.headlines[headline]]));
  const row = <A extends Area>(area: A, name: string, inFilter: boolean): AreaRow<A> => {
    const figures = byArea.get(area) ?? ZERO_FIGURES;
    return {
      area,
      name,
      inFilter,
      ...figures,
      ...deliveryProgress(figures, basis),
    };
  };
  return {
    boroughs: boroughs.map((b) => row(b.code, b.name, boroughFilter.length === 0 || boroughFilter.includes(b.code))),
    region: row(REGION_WIDE, 'Region-wide', boroughFilter.length === 0),
  };
}
