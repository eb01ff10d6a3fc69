import { Link } from 'react-router';
import { RagBadge } from '@/components/rag';
import type { ContractSummary } from '@/lib/contract';
import { formatPct } from '@/lib/format';
import { HEADLINE_INFO } from '@/lib/domain/headlines';
import { lowestHeadline } from '../model/lowest-headline';
import { FigureTable } from './figure-table';

interface FurthestBehindProps {
  contracts: readonly ContractSummary[];
  /** Area, period and basis, for the caption. */
  scope: string;
}

/** The contracts furthest behind profile, worst first, each linking to its page. */
export function FurthestBehind({ contracts, scope }: FurthestBehindProps) {
  if (contracts.length === 0) {
    return <p>No contract in this view has anything due yet.</p>;
  }
  return (
    <FigureTable
      caption={
        <>
          {contracts.length === 1 ? 'The contract' : `The ${contracts.length} contracts`} furthest behind profile,{' '}
          {scope}
        </>
      }
    >
      <thead>
        <tr>
          <th scope="col">Contract</th>
          <th scope="col">Supplier</th>
          <th scope="col">RAG</th>
          <th scope="col">Furthest behind on</th>
        </tr>
      </thead>
      <tbody>
        {contracts.map((contract) => {
          const lowest = lowestHeadline(contract);
          return (
            <tr key={contract.id}>
              <th scope="row" className="svm-figure-table__contract">
                <Link to={`/contracts/${encodeURIComponent(contract.id)}`}>{contract.reference}</Link>
                <span className="svm-figure-table__secondary">{contract.title}</span>
              </th>
              <td>{contract.supplier.name}</td>
              <td>
                <RagBadge rag={contract.rag} />
              </td>
              <td>
                {lowest
                  ? `${HEADLINE_INFO[lowest.headline].name}: ${formatPct(lowest.pct)} of expected`
                  : 'Nothing due yet'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </FigureTable>
  );
}
