import { useId } from 'react';
import { CheckboxFilter, FilterBar, FilterTags, type FilterTag } from '@/components/filters';
import { verificationStatusSchema, type ReferenceData, type User } from '@/lib/contract';
import { filterWords } from '@/lib/domain/filter-words';
import { verificationStatusLabel } from '@/lib/format';
import { shownStatuses, statusParam, type QueueSearch } from '../lib/queue-search';

const AGE_OPTIONS = [30, 60, 90] as const;
const QUEUE_AREA_FILTERS = ['borough', 'theme'] as const;

interface Props {
  query: QueueSearch;
  setQuery: (patch: Partial<QueueSearch>) => void;
  reference: ReferenceData;
  /** The signed-in user: a contract manager gets a "Mine" choice. */
  me: User | undefined;
}

/** Tags for the queue's own filters, beside the shared borough and theme tags. */
function queueTags(query: QueueSearch, reference: ReferenceData): FilterTag[] {
  const tags: FilterTag[] = query.status.map((status) => ({
    param: 'status',
    value: status,
    label: verificationStatusLabel(status),
  }));
  if (query.manager !== undefined) {
    tags.push({ param: 'manager', value: query.manager, label: filterWords.manager(query.manager, reference) });
  }
  if (query.olderThan !== undefined) {
    tags.push({ param: 'olderThan', value: String(query.olderThan), label: filterWords.olderThan(query.olderThan) });
  }
  return tags;
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

  return (
    <section className="svm-queue__filters" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Filter the queue</h2>
      <FilterBar
        reference={reference}
        filters={QUEUE_AREA_FILTERS}
        label="Queue filters"
        extra={
          <>
            <CheckboxFilter
              legend="Status"
              options={verificationStatusSchema.options.map((status) => ({
                value: status,
                label: verificationStatusLabel(status),
              }))}
              selected={shownStatuses(query.status)}
              onChange={(ticked) => setQuery({ status: statusParam(verificationStatusSchema.array().parse(ticked)) })}
            />
            <div className="svm-filter svm-filter--select">
              <label htmlFor={`${id}-manager`} className="svm-filter__label">
                Contract manager
              </label>
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
                {unknownManager !== undefined && (
                  <option value={unknownManager}>Unknown manager ({unknownManager})</option>
                )}
              </select>
            </div>
            <div className="svm-filter svm-filter--select">
              <label htmlFor={`${id}-age`} className="svm-filter__label">
                Waiting time
              </label>
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
                    {filterWords.olderThan(days)}
                  </option>
                ))}
              </select>
            </div>
          </>
        }
      />
      <p className="svm-hint">With no status chosen, the queue shows pending and queried evidence.</p>
      <FilterTags reference={reference} filters={QUEUE_AREA_FILTERS} extraTags={queueTags(query, reference)} />
    </section>
  );
}
