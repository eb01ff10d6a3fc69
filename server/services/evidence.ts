/**
 * The evidence list and verification queue, one item with its audit trail, and its file. The
 * rules are the mock API's (mocks/store/evidence.ts), so both answer every query alike:
 * - with no status chosen the queue shows what awaits a decision (pending and queried); within
 *   one contract (`contractId`) it shows every status;
 * - `olderThan` counts whole days from the upload date to the data set's as-of date;
 * - oldest upload first by default (ties in data set order, `ordinal`); other sorts keep upload
 *   order among equals, and `-uploadedAt` is that order exactly reversed.
 */
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Evidence, EvidenceDetail, EvidenceQuery, Page, VerificationStatus } from '@/lib/contract';
import { evidenceNotFound } from '@/lib/decisions';
import type { Db, Tx } from '../db/client';
import * as t from '../db/schema';
import type { EvidenceFile, FileStore } from '../files/store';
import { asAuditEvent, asEvidence, auditColumns, evidenceColumns, selectEvidence } from './rows';
import { asOf } from './settings';

const QUEUE_DEFAULT: VerificationStatus[] = ['pending', 'queried'];
const DAY_MS = 86_400_000;

/** Status sorts by what needs doing: awaiting a decision first. */
const statusRank = sql`case ${t.evidence.status} when 'pending' then 0 when 'queried' then 1 when 'verified' then 2 else 3 end`;

function sortKey(key: string): PgColumn | SQL {
  switch (key) {
    case 'contract':
      return t.contracts.reference;
    case 'status':
      return statusRank;
    case 'quarter':
      // `2025-26-Q2` sorts as text in time order.
      return t.evidence.quarter;
    default:
      return t.evidence.sizeBytes;
  }
}

function ordering(sort: string): SQL[] {
  const descending = sort.startsWith('-');
  const key = descending ? sort.slice(1) : sort;
  if (key === 'uploadedAt') {
    const dir = descending ? desc : asc;
    return [dir(t.evidence.uploadedAt), dir(t.evidence.ordinal)];
  }
  const primary = sortKey(key);
  return [descending ? desc(primary) : asc(primary), asc(t.evidence.uploadedAt), asc(t.evidence.ordinal)];
}

function latestUploadDay(asOfDate: string, olderThan: number): string {
  return new Date(Date.parse(`${asOfDate}T00:00:00Z`) - (olderThan + 1) * DAY_MS).toISOString().slice(0, 10);
}

async function filters(tx: Tx, query: EvidenceQuery): Promise<SQL | undefined> {
  const statuses = query.status.length > 0 ? query.status : query.contractId ? [] : QUEUE_DEFAULT;
  const conditions: (SQL | undefined)[] = [
    statuses.length > 0 ? inArray(t.evidence.status, statuses) : undefined,
    query.contractId ? eq(t.evidence.contractId, query.contractId) : undefined,
    query.measure ? eq(t.evidence.measureCode, query.measure) : undefined,
    query.quarter ? eq(t.evidence.quarter, query.quarter) : undefined,
    query.manager ? eq(t.contracts.managerId, query.manager) : undefined,
    query.borough.length > 0 ? inArray(t.evidence.area, query.borough) : undefined,
    query.theme.length > 0
      ? inArray(
          t.evidence.measureCode,
          tx.select({ code: t.measures.code }).from(t.measures).where(inArray(t.measures.theme, query.theme)),
        )
      : undefined,
    query.olderThan === undefined
      ? undefined
      : sql`left(${t.evidence.uploadedAt}, 10) <= ${latestUploadDay(await asOf(tx), query.olderThan)}`,
  ];
  return and(...conditions);
}

export async function evidenceDetailIn(tx: Tx, id: string): Promise<EvidenceDetail> {
  const [row] = await selectEvidence(tx).where(eq(t.evidence.id, id)).limit(1);
  if (!row) throw evidenceNotFound(id);
  const audit = await tx
    .select(auditColumns)
    .from(t.auditEvents)
    .where(eq(t.auditEvents.evidenceId, id))
    .orderBy(asc(t.auditEvents.seq));
  return { evidence: asEvidence(row), audit: audit.map(asAuditEvent) };
}

export interface EvidenceService {
  list(query: EvidenceQuery): Promise<Page<Evidence>>;
  detail(id: string): Promise<EvidenceDetail>;
  /** 404 problem for unknown evidence or a file whose bytes are missing. */
  file(id: string): Promise<EvidenceFile>;
}

export function createEvidenceService(db: Db, files: FileStore): EvidenceService {
  return {
    async list(query) {
      const where = await filters(db, query);
      const [counted] = await db
        .select({ n: count() })
        .from(t.evidence)
        .innerJoin(t.contracts, eq(t.contracts.id, t.evidence.contractId))
        .where(where);
      const total = counted?.n ?? 0;
      const rows = await selectEvidence(db)
        .where(where)
        .orderBy(...ordering(query.sort))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      return {
        items: rows.map(asEvidence),
        page: query.page,
        pageSize: query.pageSize,
        total,
        pageCount: Math.ceil(total / query.pageSize),
      };
    },
    detail: (id) => evidenceDetailIn(db, id),
    async file(id) {
      const [row] = await db
        .select({ fileKey: t.evidence.fileKey, ...evidenceColumns })
        .from(t.evidence)
        .innerJoin(t.contracts, eq(t.contracts.id, t.evidence.contractId))
        .where(eq(t.evidence.id, id))
        .limit(1);
      if (!row) throw evidenceNotFound(id);
      const { fileKey, ...evidence } = row;
      const file = await files.get(fileKey, asEvidence(evidence));
      if (!file) throw evidenceNotFound(id);
      return file;
    },
  };
}
