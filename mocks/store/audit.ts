import type { AuditAction, AuditEvent, AuditQuery, Page } from '@/lib/contract';
import { at } from './at';
import { orderByTime } from '@/lib/lists/sorting';
import type { StoreState } from './state';

const ACTION_BITS: Readonly<Record<AuditAction, number>> = { uploaded: 1, verify: 2, reject: 4, query: 8 };
const DAY_MS = 86_400_000;

/** Days since 1970 of a UTC calendar date or timestamp. */
function dayOf(time: number): number {
  return Math.floor(time / DAY_MS);
}

/** The timeline in columns: each event's action, user and day as numbers, so filters skip records. */
interface Columns {
  events: AuditEvent[];
  actions: number[];
  users: number[];
  days: number[];
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
      const times = all.map((e) => Date.parse(e.at));
      const columns: Columns = { events: [], actions: [], users: [], days: [] };
      for (const i of orderByTime(times)) {
        const event = at(all, i);
        columns.events.push(event);
        columns.actions.push(ACTION_BITS[event.action]);
        columns.users.push(this.userCode(event.userId));
        columns.days.push(dayOf(times[i] ?? 0));
      }
      this.#columns = columns;
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
    columns.actions.splice(low, 0, ACTION_BITS[event.action]);
    columns.users.splice(low, 0, this.userCode(event.userId));
    columns.days.splice(low, 0, dayOf(time));
  }

  clear(): void {
    this.#columns = null;
  }
}

/**
 * The audit log. `from` and `to` are inclusive calendar dates, compared with the (UTC) date each
 * event was recorded on; `contractId` matches a contract's id or its reference (any case), since
 * auditors know contracts by reference; `user` is a user id.
 */
export function listAudit(timeline: AuditTimeline, query: AuditQuery): Page<AuditEvent> {
  const { events, actions, users, days } = timeline.columns();
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

  const actionMask = query.action.reduce((mask, action) => mask | ACTION_BITS[action], 0);
  const user = query.user ? timeline.userCode(query.user) : -1;
  const from = query.from ? dayOf(Date.parse(query.from)) : -Infinity;
  const to = query.to ? dayOf(Date.parse(query.to)) : Infinity;
  const items: AuditEvent[] = [];
  let total = 0;
  for (let n = 0; n < count; n += 1) {
    const i = query.sort === '-at' ? count - 1 - n : n;
    const day = days[i] ?? 0;
    if (day < from || day > to) continue;
    if (user >= 0 && users[i] !== user) continue;
    if (actionMask !== 0 && (actionMask & (actions[i] ?? 0)) === 0) continue;
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
