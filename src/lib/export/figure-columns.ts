import type { Figures, Unit } from '@/lib/contract';
import type { DeliveryProgress } from '@/lib/figures';
import { FIGURE_LABELS, ragLabel } from '@/lib/format';
import type { ExportColumn, ExportRecord } from './types';

/**
 * The figures columns of a breakdown's export (pledged to RAG), headed as on screen. Give `unit`
 * when every row has the same one; without it each row gives its own (`figureValuesInUnit`).
 */
export function figureColumns(unit?: Unit): ExportColumn[] {
  return [
    { id: 'pledged', header: FIGURE_LABELS.pledged, type: 'quantity', unit },
    { id: 'expected', header: FIGURE_LABELS.expected, type: 'quantity', unit },
    { id: 'claimed', header: FIGURE_LABELS.claimed, type: 'quantity', unit },
    { id: 'verified', header: FIGURE_LABELS.verified, type: 'quantity', unit },
    { id: 'pct', header: FIGURE_LABELS.pct, type: 'pct' },
    { id: 'rag', header: FIGURE_LABELS.rag, type: 'text' },
  ];
}

/** One row's values for `figureColumns()`, each quantity in the row's own unit: for breakdowns that mix units. */
export function figureValuesInUnit({
  figures,
  unit,
  pct,
  rag,
}: DeliveryProgress & { figures: Figures; unit: Unit }): ExportRecord {
  const amount = (quantity: number) => ({ quantity, unit });
  return {
    pledged: amount(figures.pledged),
    expected: amount(figures.expected),
    claimed: amount(figures.claimed),
    verified: amount(figures.verified),
    pct,
    rag: ragLabel(rag),
  };
}
