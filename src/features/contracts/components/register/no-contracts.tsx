import { EmptyState } from '@/components/states';
import type { ContractsQuery } from '@/lib/contract';
import { CLEAR_FILTERS, type ActiveFilter } from './active-filters';

interface Props {
  filters: readonly ActiveFilter[];
  onChange: (patch: Partial<ContractsQuery>) => void;
}

/** No contracts: name the filters that left nothing, and offer to drop each one or all of them. */
export function NoContracts({ filters, onChange }: Props) {
  if (filters.length === 0) {
    return (
      <EmptyState title="No contracts yet">
        <p>When contracts with social value commitments are added, they will be listed here.</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState title="No contracts match these filters">
      <p>
        No contract matches {filters.length === 1 ? 'this filter' : 'all of these filters together'}. Remove{' '}
        {filters.length === 1 ? 'it' : 'one or more of them'} to see contracts.
      </p>
      <ul className="svm-no-contracts__filters">
        {filters.map((filter) => (
          <li key={filter.id}>
            {filter.label}{' '}
            <button
              type="button"
              className="svm-link-button"
              aria-label={`Remove filter ${filter.label}`}
              onClick={() => onChange(filter.remove)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="svm-button svm-button--secondary" onClick={() => onChange(CLEAR_FILTERS)}>
        Clear all filters
      </button>
    </EmptyState>
  );
}
