import { useId } from 'react';
import {
  basisSchema,
  contractStatusSchema,
  ragSchema,
  type Basis,
  type ContractsQuery,
  type ContractStatus,
  type Rag,
  type User,
} from '@/lib/contract';
import { contractStatusLabel, ragLabel } from '@/lib/format';

interface Props {
  query: ContractsQuery;
  me: User | undefined;
  onChange: (patch: Partial<ContractsQuery>) => void;
}

function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  labelOf,
  onChange,
}: {
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  labelOf: (value: T) => string;
  onChange: (next: T[]) => void;
}) {
  const id = useId();
  return (
    <fieldset className="svm-register-filters__group">
      <legend>{legend}</legend>
      {options.map((value) => (
        <div key={value} className="svm-register-filters__option">
          <input
            id={`${id}-${value}`}
            type="checkbox"
            checked={selected.includes(value)}
            onChange={(event) => onChange(toggled(selected, value, event.target.checked))}
          />
          <label htmlFor={`${id}-${value}`}>{labelOf(value)}</label>
        </div>
      ))}
    </fieldset>
  );
}

const BASIS_LABELS: Record<Basis, string> = { verified: 'Verified figures', claimed: 'Claimed figures' };

/**
 * The register's own filters beside the shared borough, theme and period ones: status, RAG,
 * "my contracts" (for contract managers: the signed-in user as manager) and the basis of RAG.
 */
export function RegisterFilters({ query, me, onChange }: Props) {
  const id = useId();
  const isManager = me?.role === 'contract-manager';
  return (
    <div className="svm-register-filters">
      <CheckboxGroup<ContractStatus>
        legend="Status"
        options={contractStatusSchema.options}
        selected={query.status}
        labelOf={contractStatusLabel}
        onChange={(status) => onChange({ status })}
      />
      <CheckboxGroup<Rag>
        legend="RAG"
        options={ragSchema.options}
        selected={query.rag}
        labelOf={ragLabel}
        onChange={(rag) => onChange({ rag })}
      />
      <fieldset className="svm-register-filters__group">
        <legend>RAG and % use</legend>
        {basisSchema.options.map((basis) => (
          <div key={basis} className="svm-register-filters__option">
            <input
              id={`${id}-basis-${basis}`}
              type="radio"
              name={`${id}-basis`}
              checked={query.basis === basis}
              onChange={() => onChange({ basis })}
            />
            <label htmlFor={`${id}-basis-${basis}`}>{BASIS_LABELS[basis]}</label>
          </div>
        ))}
      </fieldset>
      {isManager && me ? (
        <div className="svm-register-filters__option svm-register-filters__mine">
          <input
            id={`${id}-mine`}
            type="checkbox"
            checked={query.manager === me.id}
            onChange={(event) => onChange({ manager: event.target.checked ? me.id : undefined })}
          />
          <label htmlFor={`${id}-mine`}>Only my contracts</label>
        </div>
      ) : null}
    </div>
  );
}
