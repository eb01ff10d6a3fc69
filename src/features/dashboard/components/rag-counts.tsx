import { Link } from 'react-router';
import type { DashboardQuery, Rag } from '@/lib/contract';
import { formatNumber, ragLabel } from '@/lib/format';
import { registerHref } from '../model/register-link';
import './rag-counts.css';

const ORDER: readonly Rag[] = ['red', 'amber', 'green', 'not-due'];

interface RagCountsProps {
  counts: Record<Rag, number>;
  total: number;
  query: DashboardQuery;
}

/** How many contracts are red, amber, green or not yet due; each count opens the register on those contracts. */
export function RagCounts({ counts, total, query }: RagCountsProps) {
  return (
    <>
      <ul className="svm-rag-counts">
        {ORDER.map((rag) => (
          <li key={rag}>
            <Link to={registerHref(query, rag)} className={`svm-rag-count svm-rag-count--${rag}`}>
              <span className="svm-rag-count__label">
                {ragLabel(rag)}
                <span className="visually-hidden">:</span>
              </span>{' '}
              <span className="svm-rag-count__number">{formatNumber(counts[rag])}</span>{' '}
              <span className="svm-rag-count__unit">{counts[rag] === 1 ? 'contract' : 'contracts'}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link to={registerHref(query)}>
          All {formatNumber(total)} {total === 1 ? 'contract' : 'contracts'} in this view
        </Link>
      </p>
    </>
  );
}
