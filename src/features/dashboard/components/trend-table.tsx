import type { Unit } from '@/lib/contract';
import { formatPct, formatQuantity } from '@/lib/format';
import type { TrendRow } from '../model/trend-rows';
import { FigureTable } from './figure-table';

const FIGURE_HEADERS = [
  'Profile in quarter',
  'Profile to date',
  'Claimed to date',
  'Verified to date',
  '% of expected',
];

/** The trend as a table: per quarter, the profile and running totals. */
export function TrendTable({ rows, unit, caption }: { rows: readonly TrendRow[]; unit: Unit; caption: string }) {
  const amount = (value: number) => formatQuantity(value, unit, { exact: true });
  return (
    <FigureTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">Quarter</th>
          {FIGURE_HEADERS.map((header) => (
            <th key={header} scope="col" className="svm-num">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.quarter}>
            <th scope="row">{row.label}</th>
            <td className="svm-num">{amount(row.profile)}</td>
            <td className="svm-num">{amount(row.cumulativeProfile)}</td>
            {row.cumulativeClaimed === null || row.cumulativeVerified === null ? (
              <td colSpan={3} className="svm-figure-table__absent">
                Not reported yet
              </td>
            ) : (
              <>
                <td className="svm-num">{amount(row.cumulativeClaimed)}</td>
                <td className="svm-num">{amount(row.cumulativeVerified)}</td>
                <td className="svm-num">{formatPct(row.pct)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </FigureTable>
  );
}
