import { useId } from 'react';
import { RagBadge } from '@/components/rag';
import type { BoroughCode, Unit } from '@/lib/contract';
import { formatPct, formatQuantity } from '@/lib/format';
import type { AreaRow, AreaRows } from '../model/area-rows';
import { TableScroll } from './table-scroll';

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
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <table className="svm-figure-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col" className="svm-num">
              Pledged
            </th>
            <th scope="col" className="svm-num">
              Expected to date
            </th>
            <th scope="col" className="svm-num">
              Claimed
            </th>
            <th scope="col" className="svm-num">
              Verified
            </th>
            <th scope="col" className="svm-num">
              % of expected
            </th>
            <th scope="col">RAG</th>
            <th scope="col">Filter</th>
          </tr>
        </thead>
        <tbody>
          {rows.boroughs.map((row) => (
            <tr key={row.area}>
              <th scope="row">{row.name}</th>
              <FigureCells row={row} unit={unit} absent="Not in the borough filter" />
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
            <FigureCells row={rows.region} unit={unit} absent="Left out while filtering by borough" />
            <td />
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}

const FIGURES = ['pledged', 'expected', 'claimed', 'verified'] as const;

function FigureCells({ row, unit, absent }: { row: AreaRow; unit: Unit; absent: string }) {
  if (!row.inFilter) {
    return (
      <td colSpan={6} className="svm-figure-table__absent">
        {absent}
      </td>
    );
  }
  return (
    <>
      {FIGURES.map((figure) => (
        <td key={figure} className="svm-num">
          {formatQuantity(row[figure], unit, { exact: true })}
        </td>
      ))}
      <td className="svm-num">{formatPct(row.pct)}</td>
      <td>
        <RagBadge rag={row.rag} />
      </td>
    </>
  );
}
