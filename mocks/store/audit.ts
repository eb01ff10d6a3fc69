import type { AuditEvent, AuditQuery, Page } from '@/lib/contract';
import { at } from './at';
import { orderByTime } from './sorting';
import type { StoreState } from './state';

/**
 * Every audit event in time order, ties in the order they were recorded: sorted once, on first
 * use; a decision's event is then inserted in place.
 */
export class AuditTimeline {
  readonly #state: () => StoreState;
  #sorted: AuditEvent[] | null = null;

  constructor(state: () => StoreState) {
    this.#state = state;
  }

  events(): readonly AuditEvent[] {
    this.#sorted ??= sortByTime(this.#state().audit);
    return this.#sorted;
  }

  added(event: AuditEvent): void {
    const sorted = this.#sorted;
    if (!sorted) return;
    const time = Date.parse(event.at);
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (Date.parse(sorted[mid]?.at ?? '') <= time) low = mid + 1;
      else high = mid;
    }
    sorted.splice(low, 0, event);
  }

  clear(): void {
    this.#sorted = null;
  }
}

function sortByTime(events: readonly AuditEvent[]): AuditEvent[] {
  return Array.from(orderByTime(events.map((e) => Date.parse(e.at))), (i) => at(events, i));
}

/**
 * The audit log. `from` and `to` are inclusive calendar dates, compared with the date each event
 * was recorded on; `contractId` matches a contract's id or its reference (any case), since
 * auditors know contracts by reference; `user` is a user id.
 */
export function listAudit(timeline: AuditTimeline, query: AuditQuery): Page<AuditEvent> {
  const actions = new Set<string>(query.action);
  const contract = query.contractId?.toLowerCase();
  const events = timeline.events();
  const start = (query.page - 1) * query.pageSize;
  const count = events.length;
  const filtered = query.from || query.to || query.user || actions.size > 0 || query.evidenceId || contract;
  if (!filtered) {
    // The whole log: the page is a slice of the timeline, counted from the chosen end.
    const slice =
      query.sort === '-at'
        ? events.slice(Math.max(0, count - start - query.pageSize), Math.max(0, count - start)).reverse()
        : events.slice(start, start + query.pageSize);
    return {
      items: slice,
      page: query.page,
      pageSize: query.pageSize,
      total: count,
      pageCount: Math.ceil(count / query.pageSize),
    };
  }
  const items: AuditEvent[] = [];
  let total = 0;
  for (let n = 0; n < count; n += 1) {
    const event = events[query.sort === '-at' ? count - 1 - n : n];
    if (!event) continue;
    if (query.from && event.at.slice(0, 10) < query.from) continue;
    if (query.to && event.at.slice(0, 10) > query.to) continue;
    if (query.user && event.userId !== query.user) continue;
    if (actions.size > 0 && !actions.has(event.action)) continue;
    if (query.evidenceId && event.evidenceId !== query.evidenceId) continue;
    if (contract && event.contractId.toLowerCase() !== contract && event.contractReference.toLowerCase() !== contract) {
      continue;
    }
    if (total >= start && items.length < query.pageSize) items.push(event);
    total += 1;
  }
  return { items, page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) };
}
