import { useId } from 'react';
import { RagBadge } from '@/components/rag';
import { formatPct, formatQuantity } from '@/lib/format';
import type { ThemeGroup } from '../model/measure-rows';
import { TableScroll } from './table-scroll';

const FIGURES = ['pledged', 'expected', 'claimed', 'verified'] as const;

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
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.theme}>
            <tr className="svm-figure-table__group">
              <th scope="rowgroup" colSpan={7}>
                {group.name}
              </th>
            </tr>
            {group.rows.map((row) => (
              <tr key={row.measureCode}>
                <th scope="row">{row.measure}</th>
                {FIGURES.map((figure) => (
                  <td key={figure} className="svm-num">
                    {formatQuantity(row[figure], row.unit, { exact: true })}
                  </td>
                ))}
                <td className="svm-num">{formatPct(row.pct)}</td>
                <td>
                  <RagBadge rag={row.rag} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}
