import { FiguresCells, FiguresHeaderCells, FIGURES_COLUMN_COUNT } from '@/components/table';
import type { ThemeGroup } from '../model/measure-rows';
import { FigureTable } from './figure-table';

/** Pledged, expected, claimed and verified for each measure, a row group per theme. */
export function ThemeTable({ groups, caption }: { groups: readonly ThemeGroup[]; caption: string }) {
  return (
    <FigureTable caption={caption}>
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
    </FigureTable>
  );
}
