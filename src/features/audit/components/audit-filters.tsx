import { useId, useRef, useState, type FormEvent } from 'react';
import type { AuditAction, AuditQuery, ReferenceData } from '@/lib/contract';
import { AUDIT_ACTION_LABELS, roleLabel } from '@/lib/format';

type FilterPatch = Pick<AuditQuery, 'from' | 'to' | 'user' | 'action' | 'contractId'>;

interface Props {
  query: AuditQuery;
  reference: ReferenceData;
  onApply: (patch: FilterPatch) => void;
}

const ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];
const NO_FILTERS: FilterPatch = { from: undefined, to: undefined, user: undefined, action: [], contractId: undefined };

/**
 * The audit log's filters, applied together with a button: dates and a contract reference are
 * typed, and the log should not reload on every keystroke. The form starts from the URL; the
 * page re-keys it when the URL changes (Back, a shared link).
 */
export function AuditFilters({ query, reference, onApply }: Props) {
  const id = useId();
  const [from, setFrom] = useState(query.from ?? '');
  const [to, setTo] = useState(query.to ?? '');
  const [user, setUser] = useState(query.user ?? '');
  const [actions, setActions] = useState<AuditAction[]>(query.action);
  const [contract, setContract] = useState(query.contractId ?? '');
  const [dateError, setDateError] = useState('');
  const toRef = useRef<HTMLInputElement>(null);
  const filtered =
    query.from !== undefined ||
    query.to !== undefined ||
    query.user !== undefined ||
    query.action.length > 0 ||
    query.contractId !== undefined;

  function apply(event: FormEvent) {
    event.preventDefault();
    if (from !== '' && to !== '' && to < from) {
      setDateError('The ‘to’ date must be the same as or after the ‘from’ date');
      toRef.current?.focus();
      return;
    }
    setDateError('');
    onApply({
      from: from || undefined,
      to: to || undefined,
      user: user || undefined,
      action: ACTIONS.filter((a) => actions.includes(a)),
      contractId: contract.trim() || undefined,
    });
  }

  return (
    <form className="svm-audit__filters" onSubmit={apply} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Filter the log</h2>
      <div className="svm-audit__filter-grid">
        <fieldset className="svm-audit__dates" aria-describedby={`${id}-date-hint`}>
          <legend>Date</legend>
          <p id={`${id}-date-hint`} className="svm-hint">
            For example, 1 April 2025
          </p>
          <div className="svm-audit__field">
            <label htmlFor={`${id}-from`}>From</label>
            <input id={`${id}-from`} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
          </div>
          <div className={dateError ? 'svm-audit__field svm-audit__field--error' : 'svm-audit__field'}>
            <label htmlFor={`${id}-to`}>To</label>
            {dateError && (
              <p id={`${id}-to-error`} className="svm-audit__error">
                <span className="visually-hidden">Error: </span>
                {dateError}
              </p>
            )}
            <input
              ref={toRef}
              id={`${id}-to`}
              type="date"
              value={to}
              min={from || undefined}
              onChange={(event) => setTo(event.target.value)}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={dateError ? `${id}-to-error` : undefined}
            />
          </div>
        </fieldset>
        <div className="svm-audit__field">
          <label htmlFor={`${id}-user`}>User</label>
          <select id={`${id}-user`} value={user} onChange={(event) => setUser(event.target.value)}>
            <option value="">Anyone</option>
            {reference.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({roleLabel(u.role).toLowerCase()})
              </option>
            ))}
            {user !== '' && !reference.users.some((u) => u.id === user) && <option value={user}>{user}</option>}
          </select>
        </div>
        <fieldset className="svm-audit__actions">
          <legend>Action</legend>
          {ACTIONS.map((action) => (
            <div className="svm-audit__checkbox" key={action}>
              <input
                type="checkbox"
                id={`${id}-${action}`}
                checked={actions.includes(action)}
                onChange={(event) =>
                  setActions((current) =>
                    event.target.checked ? [...current, action] : current.filter((a) => a !== action),
                  )
                }
              />
              <label htmlFor={`${id}-${action}`}>{AUDIT_ACTION_LABELS[action]}</label>
            </div>
          ))}
        </fieldset>
        <div className="svm-audit__field">
          <label htmlFor={`${id}-contract`}>Contract</label>
          <p id={`${id}-contract-hint`} className="svm-hint">
            Reference or id, for example LCRCA-2024-0137
          </p>
          <input
            id={`${id}-contract`}
            type="text"
            value={contract}
            spellCheck={false}
            onChange={(event) => setContract(event.target.value)}
            aria-describedby={`${id}-contract-hint`}
          />
        </div>
      </div>
      <div className="svm-audit__buttons">
        <button type="submit" className="svm-button">
          Apply filters
        </button>
        {filtered && (
          <button type="button" className="svm-button svm-button--secondary" onClick={() => onApply(NO_FILTERS)}>
            Clear filters
          </button>
        )}
      </div>
    </form>
  );
}
