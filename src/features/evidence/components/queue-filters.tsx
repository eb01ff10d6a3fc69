import { useId } from 'react';
import { verificationStatusSchema, type ReferenceData, type User } from '@/lib/contract';
import { verificationStatusLabel } from '@/lib/format';
import { shownStatuses, statusParam, type QueueSearch } from '../lib/queue-search';
import { CheckboxGroup } from './checkbox-group';

const AGE_OPTIONS = [30, 60, 90] as const;

interface Props {
  query: QueueSearch;
  setQuery: (patch: Partial<QueueSearch>) => void;
  reference: ReferenceData;
  /** The signed-in user: a contract manager gets a "Mine" choice. */
  me: User | undefined;
}

/** The queue's filters, applied as they change; every one is in the URL. */
export function QueueFilters({ query, setQuery, reference, me }: Props) {
  const id = useId();
  const managers = reference.users.filter((user) => user.role === 'contract-manager');
  const mine = me?.role === 'contract-manager' ? me : undefined;
  const unknownManager =
    query.manager !== undefined && !managers.some((m) => m.id === query.manager) ? query.manager : undefined;
  const ages: number[] =
    query.olderThan === undefined || AGE_OPTIONS.some((a) => a === query.olderThan)
      ? [...AGE_OPTIONS]
      : [...AGE_OPTIONS, query.olderThan].sort((a, b) => a - b);
  const filtered =
    query.borough.length > 0 ||
    query.theme.length > 0 ||
    query.status.length > 0 ||
    query.manager !== undefined ||
    query.olderThan !== undefined;

  return (
    <section className="svm-queue__filters" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Filter the queue</h2>
      <div className="svm-queue__filter-grid">
        <div className="svm-filter-group">
          <label htmlFor={`${id}-manager`}>Contract manager</label>
          <select
            id={`${id}-manager`}
            value={query.manager ?? ''}
            onChange={(event) => setQuery({ manager: event.target.value || undefined })}
          >
            <option value="">All contract managers</option>
            {mine && <option value={mine.id}>Mine ({mine.name})</option>}
            {managers
              .filter((manager) => manager.id !== mine?.id)
              .map((manager) => (
                <option key={manager.id} value={manager.id}>
                  {manager.name}
                </option>
              ))}
            {unknownManager !== undefined && <option value={unknownManager}>Unknown manager ({unknownManager})</option>}
          </select>
        </div>
        <div className="svm-filter-group">
          <label htmlFor={`${id}-age`}>Waiting time</label>
          <select
            id={`${id}-age`}
            value={query.olderThan === undefined ? '' : String(query.olderThan)}
            onChange={(event) =>
              setQuery({ olderThan: event.target.value === '' ? undefined : Number(event.target.value) })
            }
          >
            <option value="">Any waiting time</option>
            {ages.map((days) => (
              <option key={days} value={days}>
                Waiting over {days} days
              </option>
            ))}
          </select>
        </div>
        <CheckboxGroup
          legend="Status"
          hint="With none ticked, the queue shows pending and queried evidence."
          options={verificationStatusSchema.options.map((status) => ({
            value: status,
            label: verificationStatusLabel(status),
          }))}
          checked={shownStatuses(query.status)}
          onChange={(ticked) => setQuery({ status: statusParam(ticked) })}
        />
        <CheckboxGroup
          legend="Borough"
          options={reference.boroughs.map((b) => ({ value: b.code, label: b.name }))}
          checked={query.borough}
          onChange={(borough) => setQuery({ borough })}
        />
        <CheckboxGroup
          legend="Theme"
          options={reference.themes.map((t) => ({ value: t.id, label: t.name }))}
          checked={query.theme}
          onChange={(theme) => setQuery({ theme })}
        />
      </div>
      {filtered && (
        <button
          type="button"
          className="svm-button svm-button--secondary"
          onClick={() => setQuery({ borough: [], theme: [], status: [], manager: undefined, olderThan: undefined })}
        >
          Clear filters
        </button>
      )}
    </section>
  );
}
