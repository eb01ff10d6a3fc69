import { RagBadge } from '@/components/rag';
import type { Figures, Unit } from '@/lib/contract';
import type { DeliveryProgress } from '@/lib/figures';
import { FIGURE_LABELS, formatPct, formatQuantity } from '@/lib/format';

/** The class names each table style gives its header cells and its right-aligned figures. */
const LOOKS = {
  /** The compact tables that stand in for charts (global `.svm-num`). */
  figure: { header: undefined, numeric: 'svm-num' },
  /** DataTable's look, for a table DataTable cannot draw (one with row groups). */
  'data-table': { header: 'svm-table__header', numeric: 'svm-table__cell--numeric' },
} as const;

export type FiguresLook = keyof typeof LOOKS;

const QUANTITIES = ['pledged', 'expected', 'claimed', 'verified'] as const;

/** How many columns the figures fill: for the `colSpan` of a row-group header or of a row without figures. */
export const FIGURES_COLUMN_COUNT = QUANTITIES.length + 2;

/** The header cells of the figures columns: pledged, expected to date, claimed, verified, % of expected and RAG. */
export function FiguresHeaderCells({ look = 'figure' }: { look?: FiguresLook }) {
  const { header, numeric } = LOOKS[look];
  const numericHeader = header ? `${header} ${numeric}` : numeric;
  return (
    <>
      {QUANTITIES.map((figure) => (
        <th key={figure} scope="col" className={numericHeader}>
          {FIGURE_LABELS[figure]}
        </th>
      ))}
      <th scope="col" className={numericHeader}>
        {FIGURE_LABELS.pct}
      </th>
      <th scope="col" className={header}>
        {FIGURE_LABELS.rag}
      </th>
    </>
  );
}

export interface FiguresCellsProps extends DeliveryProgress {
  figures: Figures;
  /** The unit of every quantity in the row. */
  unit: Unit;
  look?: FiguresLook;
}

/** One row's cells under `FiguresHeaderCells`: exact quantities, % of expected and the RAG badge. */
export function FiguresCells({ figures, unit, pct, rag, look = 'figure' }: FiguresCellsProps) {
  const { numeric } = LOOKS[look];
  return (
    <>
      {QUANTITIES.map((figure) => (
        <td key={figure} className={numeric}>
          {formatQuantity(figures[figure], unit, { exact: true })}
        </td>
      ))}
      <td className={numeric}>{formatPct(pct)}</td>
      <td>
        <RagBadge rag={rag} />
      </td>
    </>
  );
}
