import { EmptyState } from '@/components/states';
import type { ContractsQuery } from '@/lib/contract';
import { CLEAR_FILTERS, type ActiveFilter } from './active-filters';

interface Props {
  filters: readonly ActiveFilter[];
  onChange: (patch: Partial<ContractsQuery>) => void;
}

/**
 * No contracts: name the filters that together left nothing, and offer the way out (each one
 * can also be removed from the selected filters' tags above).
 */
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
        {filters.length === 1
          ? 'No contract matches this filter:'
          : `No contract matches all ${filters.length} of these filters together:`}
      </p>
      <ul className="svm-no-contracts__filters">
        {filters.map((filter) => (
          <li key={`${filter.param}=${filter.value}`}>{filter.label}</li>
        ))}
      </ul>
      <p>Remove a filter from the selected filters above, or show every contract.</p>
      <button type="button" className="svm-button svm-button--secondary" onClick={() => onChange(CLEAR_FILTERS)}>
        Show all contracts
      </button>
    </EmptyState>
  );
}
