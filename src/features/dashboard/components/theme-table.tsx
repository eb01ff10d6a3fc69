import { useId } from 'react';
import { FiguresCells, FiguresHeaderCells, FIGURES_COLUMN_COUNT } from '@/components/table';
import type { ThemeGroup } from '../model/measure-rows';
import { TableScroll } from './table-scroll';

/** Pledged, expected, claimed and verified for each measure, a row group per theme. */
export function ThemeTable({ groups, caption }: { groups: readonly ThemeGroup[]; caption: string }) {
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <table className="svm-figure-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <FiguresHeaderCells />
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.theme}>
            <tr className="svm-figure-table__group">
              <th scope="rowgroup" colSpan={1 + FIGURES_COLUMN_COUNT}>
                {group.name}
              </th>
            </tr>
            {group.rows.map((row) => (
              <tr key={row.measureCode}>
                <th scope="row">{row.measure}</th>
                <FiguresCells figures={row} unit={row.unit} pct={row.pct} rag={row.rag} />
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}
