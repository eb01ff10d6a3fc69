import { useId } from 'react';
import { Link } from 'react-router';
import { ExportButtons } from '@/components/export';
import { FiguresCells, FiguresHeaderCells, FIGURES_COLUMN_COUNT } from '@/components/table';
import type { Basis, CommitmentWithFigures, Period, ReferenceData } from '@/lib/contract';
import { areaLabel, periodLabel } from '@/lib/format';
import { groupCommitmentsByTheme } from './commitment-groups';
import { commitmentsExport } from './table-exports';
// The same look as every DataTable; this table groups rows by theme, which DataTable does not.
import '@/components/table/data-table.css';

/** Measure and area, then the figures. */
const COLUMN_COUNT = 2 + FIGURES_COLUMN_COUNT;

interface Props {
  commitments: readonly CommitmentWithFigures[];
  reference: ReferenceData;
  basis: Basis;
  period: Period;
  selectedId: string | undefined;
  /** The link that opens one commitment's quarterly returns. */
  hrefForCommitment: (commitmentId: string) => string;
}

/**
 * Every pledge of the contract against delivery, one row group per theme, each measure split by
 * the borough it is delivered in (or region-wide). The measure opens its quarterly returns.
 */
export function CommitmentsTable({ commitments, reference, basis, period, selectedId, hrefForCommitment }: Props) {
  const captionId = useId();
  const groups = groupCommitmentsByTheme(commitments, reference);
  if (groups.length === 0) return <p>This contract has no social value commitments recorded.</p>;

  return (
    <div className="svm-table">
      <ExportButtons
        title="Commitments"
        fileStem="commitments"
        filters={[`Period: ${periodLabel(period)}`, `% of expected and RAG on ${basis} figures`]}
        source={commitmentsExport(groups)}
      />
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus */}
      <div className="svm-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="svm-table__table">
          <caption id={captionId} className="svm-table__caption">
            <span className="svm-caption-text">
              Commitments by theme, {periodLabel(period)}: % of expected and RAG on {basis} figures. Choose a measure to
              see its quarterly returns.
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col" className="svm-table__header">
                Measure
              </th>
              <th scope="col" className="svm-table__header">
                Area
              </th>
              <FiguresHeaderCells look="data-table" />
            </tr>
          </thead>
          {groups.map(({ theme, rows }) => (
            <tbody key={theme.id}>
              <tr className="svm-table__group">
                <th scope="rowgroup" colSpan={COLUMN_COUNT}>
                  {theme.name}
                </th>
              </tr>
              {rows.map(({ commitment, measure }) => {
                const areaName = areaLabel(commitment.area);
                const selected = commitment.id === selectedId;
                return (
                  <tr key={commitment.id}>
                    <th scope="row">
                      <Link
                        to={hrefForCommitment(commitment.id)}
                        // Names the borough too: several rows share a measure.
                        aria-label={`${measure.name} (${areaName})`}
                        aria-current={selected ? 'true' : undefined}
                      >
                        {measure.name}
                      </Link>
                    </th>
                    <td>{areaName}</td>
                    <FiguresCells
                      figures={commitment.figures}
                      unit={measure.unit}
                      pct={commitment.pct}
                      rag={commitment.rag}
                      look="data-table"
                    />
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </div>
  );
}
