import type { AuditAction, AuditEvent, AuditQuery, Page } from '@/lib/contract';
import { at } from './at';
import { orderByTime } from './sorting';
import type { StoreState } from './state';

const ACTIONS: readonly AuditAction[] = ['uploaded', 'verify', 'reject', 'query'];

/** `2025-04-01` -> 20250401: calendar dates compared as numbers. */
function dateCode(isoDateOrDateTime: string): number {
  return Number(isoDateOrDateTime.slice(0, 10).replaceAll('-', ''));
}

/** The timeline in columns: each event's action, user and date as numbers, so filters skip records. */
interface Columns {
  events: AuditEvent[];
  actions: number[];
  users: number[];
  dates: number[];
}

/**
 * Every audit event in time order, ties in the order they were recorded: sorted once, on first
 * use; a decision's event is then inserted in place. Alongside each event it keeps the codes the
 * filters compare, so filtering a million events reads numbers rather than records.
 */
export class AuditTimeline {
  readonly #state: () => StoreState;
  readonly #userCodes = new Map<string, number>();
  #columns: Columns | null = null;

  constructor(state: () => StoreState) {
    this.#state = state;
  }

  userCode(userId: string): number {
    let code = this.#userCodes.get(userId);
    if (code === undefined) {
      code = this.#userCodes.size;
      this.#userCodes.set(userId, code);
    }
    return code;
  }

  columns(): Columns {
    if (!this.#columns) {
      const all = this.#state().audit;
      const events = Array.from(orderByTime(all.map((e) => Date.parse(e.at))), (i) => at(all, i));
      this.#columns = {
        events,
        actions: events.map((e) => ACTIONS.indexOf(e.action)),
        users: events.map((e) => this.userCode(e.userId)),
        dates: events.map((e) => dateCode(e.at)),
      };
    }
    return this.#columns;
  }

  added(event: AuditEvent): void {
    const columns = this.#columns;
    if (!columns) return;
    const time = Date.parse(event.at);
    let low = 0;
    let high = columns.events.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (Date.parse(columns.events[mid]?.at ?? '') <= time) low = mid + 1;
      else high = mid;
    }
    columns.events.splice(low, 0, event);
    columns.actions.splice(low, 0, ACTIONS.indexOf(event.action));
    columns.users.splice(low, 0, this.userCode(event.userId));
    columns.dates.splice(low, 0, dateCode(event.at));
  }

  clear(): void {
    this.#columns = null;
  }
}

/**
 * The audit log. `from` and `to` are inclusive calendar dates, compared with the date each event
 * was recorded on; `contractId` matches a contract's id or its reference (any case), since
 * auditors know contracts by reference; `user` is a user id.
 */
export function listAudit(timeline: AuditTimeline, query: AuditQuery): Page<AuditEvent> {
  const { events, actions, users, dates } = timeline.columns();
  const count = events.length;
  const start = (query.page - 1) * query.pageSize;
  const contract = query.contractId?.toLowerCase();
  const filtered = query.from || query.to || query.user || query.action.length > 0 || query.evidenceId || contract;
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

  const actionMask = query.action.reduce((mask, action) => mask | (1 << ACTIONS.indexOf(action)), 0);
  const user = query.user ? timeline.userCode(query.user) : -1;
  const from = query.from ? dateCode(query.from) : -Infinity;
  const to = query.to ? dateCode(query.to) : Infinity;
  const items: AuditEvent[] = [];
  let total = 0;
  for (let n = 0; n < count; n += 1) {
    const i = query.sort === '-at' ? count - 1 - n : n;
    const date = dates[i] ?? 0;
    if (date < from || date > to) continue;
    if (user >= 0 && users[i] !== user) continue;
    if (actionMask !== 0 && (actionMask & (1 << (actions[i] ?? 0))) === 0) continue;
    const event = events[i];
    if (!event) continue;
    if (query.evidenceId && event.evidenceId !== query.evidenceId) continue;
    if (contract && event.contractId.toLowerCase() !== contract && event.contractReference.toLowerCase() !== contract) {
      continue;
    }
    if (total >= start && items.length < query.pageSize) items.push(event);
    total += 1;
  }
  return { items, page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) };
}
