import { useId } from 'react';
import { CheckboxFilter, FilterBar, FilterTags, SearchInput, type FilterReference } from '@/components/filters';
import { contractStatusSchema, ragSchema, type ContractsQuery, type User } from '@/lib/contract';
import { contractStatusLabel, ragLabel } from '@/lib/format';
import { registerTags, type ActiveFilter } from './active-filters';

interface Props {
  query: ContractsQuery;
  reference: FilterReference;
  me: User | undefined;
  filters: readonly ActiveFilter[];
  onChange: (patch: Partial<ContractsQuery>) => void;
}

const STATUS_OPTIONS = contractStatusSchema.options.map((value) => ({ value, label: contractStatusLabel(value) }));
const RAG_OPTIONS = ragSchema.options.map((value) => ({ value, label: ragLabel(value) }));

/**
 * Search, the shared borough, theme and period filters, and the register's own: status, RAG and
 * "my contracts" (for contract managers: the signed-in user as manager); then the chosen ones
 * as removable tags.
 */
export function RegisterFilters({ query, reference, me, filters, onChange }: Props) {
  const mineId = useId();
  const isManager = me?.role === 'contract-manager';
  return (
    <div className="svm-register-filters">
      <SearchInput label="Search contracts" hint="By reference, title, supplier, company number or contract manager" />
      <FilterBar
        reference={reference}
        label="Filter contracts"
        extra={
          <>
            <CheckboxFilter
              legend="Status"
              options={STATUS_OPTIONS}
              selected={query.status}
              onChange={(selected) => onChange({ status: contractStatusSchema.array().parse(selected) })}
            />
            <CheckboxFilter
              legend="RAG"
              options={RAG_OPTIONS}
              selected={query.rag}
              onChange={(selected) => onChange({ rag: ragSchema.array().parse(selected) })}
            />
            {isManager && me ? (
              <div className="svm-register-filters__mine">
                <input
                  id={mineId}
                  type="checkbox"
                  checked={query.manager === me.id}
                  onChange={(event) => onChange({ manager: event.target.checked ? me.id : undefined })}
                />
                <label htmlFor={mineId}>Only my contracts</label>
              </div>
            ) : null}
          </>
        }
      />
      <FilterTags reference={reference} extraTags={registerTags(filters)} />
    </div>
  );
}
