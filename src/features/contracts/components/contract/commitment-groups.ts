import {
  REGION_WIDE,
  type Area,
  type CommitmentWithFigures,
  type Measure,
  type ReferenceData,
  type Theme,
} from '@/lib/contract';
import { measureName, measureOf } from '@/lib/domain/reference-index';
import { areaLabel } from '@/lib/format';

export interface CommitmentRow {
  commitment: CommitmentWithFigures;
  measure: Measure;
}
export interface ThemeGroup {
  theme: Theme;
  rows: CommitmentRow[];
}

/** "Local people employed (Liverpool)": how the drill-down names one commitment. */
export function commitmentLabel(
  commitment: Pick<CommitmentWithFigures, 'measureCode' | 'area'>,
  reference: Pick<ReferenceData, 'measures'>,
): string {
  return `${measureName(reference, commitment.measureCode)} (${areaLabel(commitment.area)})`;
}

/**
 * Commitments grouped under their measure's theme, in the reference data's order of themes and
 * measures, boroughs before the region-wide row; themes with no commitments are left out.
 */
export function groupCommitmentsByTheme(
  commitments: readonly CommitmentWithFigures[],
  reference: Pick<ReferenceData, 'boroughs' | 'measures' | 'themes'>,
): ThemeGroup[] {
  const measureOrder = new Map(reference.measures.map((m, i) => [m.code, i]));
  const areaOrder = new Map<Area, number>(reference.boroughs.map((b, i) => [b.code, i]));
  areaOrder.set(REGION_WIDE, reference.boroughs.length);
  // Seven areas at most, so measure x 10 + area orders by measure, then area.
  const rank = (c: CommitmentWithFigures) => (measureOrder.get(c.measureCode) ?? 0) * 10 + (areaOrder.get(c.area) ?? 0);

  const rows = [...commitments]
    .sort((a, b) => rank(a) - rank(b))
    .flatMap((commitment) => {
      const measure = measureOf(reference, commitment.measureCode);
      return measure ? [{ commitment, measure }] : [];
    });
  return reference.themes
    .map((theme) => ({ theme, rows: rows.filter((row) => row.measure.theme === theme.id) }))
    .filter((group) => group.rows.length > 0);
}
