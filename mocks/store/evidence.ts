import type { EVIDENCE_SORTS, Evidence, EvidenceDetail, EvidenceQuery, Page, VerificationStatus } from '@/lib/contract';
import { cachedQuarterSerial } from '@/lib/figures';
import { at } from './at';
import type { ContractRanks } from './contracts';
import type { ListMemo } from './list-memo';
import { paged, parseSort } from './paging';
import { evidenceNotFound } from '@/lib/decisions';
import { lazy } from './lazy';
import { orderByTime, sortByKey } from './sorting';
import { groupOf, STATUS_BITS, type StoreState } from './state';

type EvidenceSort = (typeof EVIDENCE_SORTS)[number];

/** Status sorts by what needs doing: awaiting a decision first. */
const STATUS_ORDER: Record<VerificationStatus, number> = { pending: 0, queried: 1, verified: 2, rejected: 3 };
const QUEUE_DEFAULT: readonly VerificationStatus[] = ['pending', 'queried'];
const DAY_MS = 86_400_000;

/** Whole days since the epoch of the calendar date a timestamp was recorded on. */
function dayNumber(isoDateOrDateTime: string): number {
  return Date.parse(`${isoDateOrDateTime.slice(0, 10)}T00:00:00Z`) / DAY_MS;
}

export interface EvidenceKeys {
  /** Evidence indexes, oldest upload first (ties in data set order). */
  uploadedOrder: () => Int32Array;
  uploadedDay: () => Int32Array;
  quarter: () => Int32Array;
  contract: () => Int32Array;
}

/** Sort and filter keys of the facts a decision cannot change, built on first use. */
export function createEvidenceKeys(state: StoreState): EvidenceKeys {
  return {
    uploadedOrder: lazy(() => orderByTime(state.evidence.map((e) => Date.parse(e.uploadedAt)))),
    uploadedDay: lazy(() => Int32Array.from(state.evidence, (e) => dayNumber(e.uploadedAt))),
    quarter: lazy(() => Int32Array.from(state.evidence, (e) => cachedQuarterSerial(e.quarter))),
    contract: lazy(() => Int32Array.from(state.evidence, (e) => state.contractIndex.get(e.contractId) ?? -1)),
  };
}

/**
 * The evidence list and verification queue. With no status chosen, the queue shows what awaits
 * a decision (pending and queried); within one contract (`contractId`) it shows every status,
 * since a drill-down lists all the evidence behind a figure. `olderThan` counts whole days from
 * the upload date to the data set's as-of date, not to today, so the demo reads the same on any
 * day. Oldest first by default; other sorts keep upload order among equals.
 */
export function listEvidence(
  state: StoreState,
  keys: EvidenceKeys,
  contractRanks: ContractRanks,
  query: EvidenceQuery,
  memo: ListMemo,
): Page<Evidence> {
  const rows = memo.rows(query, () => matchEvidence(state, keys, contractRanks, query));
  return paged(rows, query.page, query.pageSize, (i) => at(state.evidence, i));
}

function matchEvidence(
  state: StoreState,
  keys: EvidenceKeys,
  contractRanks: ContractRanks,
  query: EvidenceQuery,
): number[] {
  const statuses = query.status.length > 0 ? query.status : query.contractId ? [] : QUEUE_DEFAULT;
  const statusMask = statuses.reduce((mask, status) => mask | STATUS_BITS[status], 0);
  const boroughs = new Set<string>(query.borough);
  const themes = new Set<string>(query.theme);
  const { quarter, olderThan } = query;
  const latestDay = olderThan === undefined ? 0 : dayNumber(state.dataset.reference.asOf) - olderThan - 1;
  const uploadedDay = olderThan === undefined ? null : keys.uploadedDay();

  const matches: number[] = [];
  for (const i of keys.uploadedOrder()) {
    if (statusMask !== 0 && ((state.evidenceStatus[i] ?? 0) & statusMask) === 0) continue;
    const e = state.evidence[i];
    if (!e) continue;
    if (query.contractId && e.contractId !== query.contractId) continue;
    if (query.measure && e.measureCode !== query.measure) continue;
    if (quarter && e.quarter !== quarter) continue;
    if (query.manager && e.managerId !== query.manager) continue;
    if (boroughs.size > 0 && !boroughs.has(e.area)) continue;
    if (themes.size > 0 && !themes.has(state.measures.get(e.measureCode)?.theme ?? '')) continue;
    if (uploadedDay && (uploadedDay[i] ?? 0) > latestDay) continue;
    matches.push(i);
  }

  const { key, direction } = parseSort<EvidenceSort>(query.sort);
  if (key !== 'uploadedAt') return sortByKey(matches, sortKey(state, keys, contractRanks, key), direction);
  return direction < 0 ? matches.reverse() : matches;
}

function sortKey(
  state: StoreState,
  keys: EvidenceKeys,
  contractRanks: ContractRanks,
  key: Exclude<EvidenceSort, 'uploadedAt'>,
): (i: number) => number {
  switch (key) {
    case 'contract': {
      const reference = contractRanks('reference');
      const contractOf = keys.contract();
      return (i) => reference[contractOf[i] ?? -1] ?? 0;
    }
    case 'status':
      return (i) => STATUS_ORDER[state.evidence[i]?.status ?? 'pending'];
    case 'quarter': {
      const serial = keys.quarter();
      return (i) => serial[i] ?? 0;
    }
    case 'sizeBytes':
      return (i) => state.evidence[i]?.sizeBytes ?? 0;
  }
}

export function evidenceIndexOf(state: StoreState, id: string): number {
  const i = state.evidenceIndex().get(id);
  if (i === undefined) throw evidenceNotFound(id);
  return i;
}

/** One piece of evidence and its audit trail, oldest event first. */
export function evidenceDetail(state: StoreState, id: string): EvidenceDetail {
  const index = evidenceIndexOf(state, id);
  const generated = Array.from(groupOf(state.auditByEvidence(), index), (i) => at(state.dataset.audit, i));
  return { evidence: at(state.evidence, index), audit: [...generated, ...(state.auditAdded.get(id) ?? [])] };
}
