import { FiguresCells, FiguresHeaderCells, FIGURES_COLUMN_COUNT } from '@/components/table';
import type { BoroughCode, Unit } from '@/lib/contract';
import type { AreaRow, AreaRows } from '../model/area-rows';
import { FigureTable } from './figure-table';
import './borough-table.css';

interface BoroughTableProps {
  rows: AreaRows;
  unit: Unit;
  caption: string;
  /** The boroughs in the filter (none: every borough counts, and none is pressed). */
  selected: readonly BoroughCode[];
  onToggle: (borough: BoroughCode) => void;
}

/** The map's figures as a table, with a toggle per borough: the keyboard and screen reader path to the filter. */
export function BoroughTable({ rows, unit, caption, selected, onToggle }: BoroughTableProps) {
  return (
    <FigureTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">Area</th>
          <FiguresHeaderCells />
          <th scope="col">Filter</th>
        </tr>
      </thead>
      <tbody>
        {rows.boroughs.map((row) => (
          <tr key={row.area}>
            <th scope="row">{row.name}</th>
            <AreaFigureCells row={row} unit={unit} absent="Not in the borough filter" />
            <td>
              <button
                type="button"
                className="svm-toggle"
                aria-pressed={selected.includes(row.area)}
                onClick={() => onToggle(row.area)}
              >
                Filter <span className="visually-hidden">by {row.name}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
      <tbody className="svm-figure-table__region">
        <tr>
          <th scope="row">
            Region-wide <span className="svm-figure-table__secondary">Not split between boroughs</span>
          </th>
          <AreaFigureCells row={rows.region} unit={unit} absent="Left out while filtering by borough" />
          <td />
        </tr>
      </tbody>
    </FigureTable>
  );
}

/** An area outside the borough filter has no figures to show, only why. */
function AreaFigureCells({ row, unit, absent }: { row: AreaRow; unit: Unit; absent: string }) {
  if (!row.inFilter) {
    return (
      <td colSpan={FIGURES_COLUMN_COUNT} className="svm-figure-table__absent">
        {absent}
      </td>
    );
  }
  return <FiguresCells figures={row} unit={unit} pct={row.pct} rag={row.rag} />;
}
