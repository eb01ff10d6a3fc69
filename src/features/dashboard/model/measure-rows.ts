import type { Basis, DashboardSummary, Figures, ReferenceData, ThemeId, Unit } from '@/lib/contract';
import { deliveryProgress, type DeliveryProgress } from '@/lib/figures';

/** One measure in the "By theme" table and chart. Plain values, ready to export. */
export interface MeasureRow extends Figures, DeliveryProgress {
  theme: ThemeId;
  themeName: string;
  measureCode: string;
  measure: string;
  unit: Unit;
}

export interface ThemeGroup {
  theme: ThemeId;
  name: string;
  rows: MeasureRow[];
}

/** Measures with anything pledged or delivered in the filter, grouped by theme in reference order. */
export function themeGroups(summary: DashboardSummary, reference: ReferenceData, basis: Basis): ThemeGroup[] {
  const figuresByMeasure = new Map(summary.byMeasure.map((m) => [m.measureCode, m.figures]));
  return reference.themes.flatMap((theme) => {
    const rows = reference.measures.flatMap((measure): MeasureRow[] => {
      const figures = figuresByMeasure.get(measure.code);
      if (measure.theme !== theme.id || !figures) return [];
      return [
        {
          theme: theme.id,
          themeName: theme.name,
          measureCode: measure.code,
          measure: measure.name,
          unit: measure.unit,
          ...figures,
          ...deliveryProgress(figures, basis),
        },
      ];
    });
    return rows.length > 0 ? [{ theme: theme.id, name: theme.name, rows }] : [];
  });
}
