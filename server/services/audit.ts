/**
 * The audit log, filtered, sorted and paged as the mock API does (mocks/store/audit.ts): time
 * order with ties in the order events were recorded (`seq`); `from` and `to` are inclusive UTC
 * calendar dates; `contractId` matches a contract's id or its reference, in any case.
 * Times are ISO 8601 in UTC, so their text sorts as time (the index on `at, seq` serves it).
 */
import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AuditEvent, AuditQuery, Page } from '@/lib/contract';
import type { Db } from '../db/client';
import * as t from '../db/schema';
import { asAuditEvent, auditColumns } from './rows';

function filters(query: AuditQuery): SQL | undefined {
  const day = sql`left(${t.auditEvents.at}, 10)`;
  const contract = query.contractId?.toLowerCase();
  return and(
    query.from ? sql`${day} >= ${query.from}` : undefined,
    query.to ? sql`${day} <= ${query.to}` : undefined,
    query.user ? eq(t.auditEvents.userId, query.user) : undefined,
    query.action.length > 0 ? inArray(t.auditEvents.action, query.action) : undefined,
    query.evidenceId ? eq(t.auditEvents.evidenceId, query.evidenceId) : undefined,
    contract
      ? or(
          eq(sql`lower(${t.auditEvents.contractId})`, contract),
          eq(sql`lower(${t.auditEvents.contractReference})`, contract),
        )
      : undefined,
  );
}

export interface AuditService {
  list(query: AuditQuery): Promise<Page<AuditEvent>>;
}

export function createAuditService(db: Db): AuditService {
  return {
    async list(query) {
      const where = filters(query);
      const [counted] = await db.select({ n: count() }).from(t.auditEvents).where(where);
      const total = counted?.n ?? 0;
      const dir = query.sort === '-at' ? desc : asc;
      const rows = await db
        .select(auditColumns)
        .from(t.auditEvents)
        .where(where)
        .orderBy(dir(t.auditEvents.at), dir(t.auditEvents.seq))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      return {
        items: rows.map(asAuditEvent),
        page: query.page,
        pageSize: query.pageSize,
        total,
        pageCount: Math.ceil(total / query.pageSize),
      };
    },
  };
}
