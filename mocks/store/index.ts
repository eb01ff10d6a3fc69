import { auditQuerySchema, contractsQuerySchema, dashboardQuerySchema, evidenceQuerySchema } from '@/lib/contract';
import type {
  ImportResult,
  AuditEvent,
  AuditQuery,
  Basis,
  ContractDetail,
  ContractsQuery,
  ContractSummary,
  DashboardQuery,
  DashboardSummary,
  DecisionRequest,
  Evidence,
  EvidenceDetail,
  EvidenceQuery,
  Page,
  Period,
  ReferenceData,
  User,
} from '@/lib/contract';
import type { Dataset } from '@/lib/demo-data/dataset';
import { evidenceFile, type EvidenceFile } from '@/lib/demo-data/files/evidence-file';
import { at } from './at';
import { AuditTimeline, listAudit } from './audit';
import { contractDetail, createContractRanks, listContracts } from './contracts';
import { dashboardSummary } from './dashboard';
import { authoriseDecision, decide, resolveUser } from './decide';
import type { DecisionLogEntry } from './decision-log';
import { createEvidenceKeys, evidenceDetail, evidenceIndexOf, listEvidence } from './evidence';
import { FiguresCache } from './figures-cache';
import { ListMemo } from './list-memo';
import { createState } from './state';
import { importRefused } from '@/lib/contract/problems';
import { buildReference } from '@/lib/demo-data/reference';
import {
  importRefusal,
  planImport,
  planSummary,
  readRegisterFiles,
  validateRegister,
  type UploadedFile,
} from '@/lib/import';
import { applyPlanToDataset, snapshotOfDataset } from './imports';

export {
  applyDecisionLog,
  decisionFileSchema,
  DecisionReplayError,
  restoreDecisionFile,
  toDecisionFile,
  type DecisionFile,
  type DecisionLogEntry,
} from './decision-log';
export { ApiProblem } from '@/lib/contract/problems';
export type { EvidenceFile } from '@/lib/demo-data/files/evidence-file';

/** The demo's stand-in for sign-in when a request names no user: the first contract manager. */
export const DEFAULT_USER_ID = 'u-cm-1';

const MAX_DASHBOARDS = 50;

export interface MockStore {
  reference(): ReferenceData;
  /** The demo user with this id; 401 problem when there is none. */
  me(userId: string): User;
  /** Who a request acts as when it names no user. */
  defaultUserId(): string;
  dashboard(query: DashboardQuery): DashboardSummary;
  listContracts(query: ContractsQuery): Page<ContractSummary>;
  contract(id: string, options: { basis: Basis; period: Period }): ContractDetail;
  listEvidence(query: EvidenceQuery): Page<Evidence>;
  evidence(id: string): EvidenceDetail;
  evidenceFile(id: string): EvidenceFile;
  /** The user, if they may decide on evidence: 401 problem for an unknown user, 403 for a role that may not. */
  authoriseDecision(userId: string): User;
  /** `at` replays a logged decision at the time it was first made; otherwise the store's clock is used. */
  decide(id: string, request: DecisionRequest, userId: string, options?: { at?: string }): EvidenceDetail;
  listAudit(query: AuditQuery): Page<AuditEvent>;
  /**
   * Imports the contract register as the server does (same checks, same plan); in memory only, so
   * a reload or reset brings back the generated data. 403 for a user who may not import.
   */
  importRegister(files: UploadedFile[], userId: string, options: { dryRun: boolean }): Promise<ImportResult>;
  /** Every decision since the data was generated (or reset), in order: what persists. */
  decisionLog(): DecisionLogEntry[];
  /** What regenerates the same data: the seed and the number of contracts. */
  datasetKey(): { seed: number; contracts: number };
  /** Back to the generated data, with no decisions. */
  reset(): void;
  /**
   * Answers the default views once, so that the indexes and figures they need are built before a
   * user asks (the HTTP server calls it after it starts listening; 20,000 contracts take seconds).
   */
  warm(): void;
  /** Called after every decision and reset (to persist the log); returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export interface MockStoreOptions {
  /** The clock decisions are recorded by (tests pin it). */
  now?: () => Date;
}

/**
 * The in-memory API behind every mock host (browser, tests, HTTP server). Errors are thrown as
 * `ApiProblem`, which the handlers answer with problem details. The data set is never mutated:
 * decisions replace the records they change in the store's own working copy.
 */
export function createMockStore(dataset: Dataset, options: MockStoreOptions = {}): MockStore {
  const now = options.now ?? (() => new Date());
  // The generated data set, or what imports made of it.
  let current = dataset;
  let imported = false;
  let state = createState(current);
  let contractRanks = createContractRanks(state);
  let evidenceKeys = createEvidenceKeys(state);
  const cache = new FiguresCache(() => state);
  const timeline = new AuditTimeline(() => state);
  let decisions: DecisionLogEntry[] = [];
  // A dashboard walks every commitment; the same filter asked again (back, reload) is answered
  // from here until a decision or reset changes the data.
  const dashboards = new Map<string, DashboardSummary>();
  const lists = { contracts: new ListMemo(), evidence: new ListMemo() };
  const listeners = new Set<() => void>();
  const notify = () => {
    dashboards.clear();
    lists.contracts.clear();
    lists.evidence.clear();
    for (const listener of listeners) listener();
  };

  const defaultUserId =
    state.users.get(DEFAULT_USER_ID)?.id ??
    dataset.reference.users.find((u) => u.role === 'contract-manager')?.id ??
    at(dataset.reference.users, 0).id;

  return {
    reference: () => dataset.reference,
    me: (userId) => resolveUser(state, userId),
    defaultUserId: () => defaultUserId,
    dashboard(query) {
      const key = JSON.stringify(query);
      let summary = dashboards.get(key);
      if (!summary) {
        summary = dashboardSummary(state, cache, query);
        if (dashboards.size >= MAX_DASHBOARDS) dashboards.clear();
        dashboards.set(key, summary);
      }
      return summary;
    },
    listContracts: (query) => listContracts(state, cache, contractRanks, query, lists.contracts),
    contract: (id, view) => contractDetail(state, cache, id, view),
    listEvidence: (query) => listEvidence(state, evidenceKeys, contractRanks, query, lists.evidence),
    evidence: (id) => evidenceDetail(state, id),
    evidenceFile: (id) => evidenceFile(at(state.evidence, evidenceIndexOf(state, id))),
    authoriseDecision: (userId) => authoriseDecision(state, userId),
    decide(id, request, userId, decideOptions = {}) {
      const { detail, at: when } = decide(
        { state, cache, timeline, now: now(), at: decideOptions.at },
        id,
        request,
        userId,
      );
      decisions.push({ evidenceId: id, userId, at: when, request });
      notify();
      return detail;
    },
    listAudit: (query) => listAudit(timeline, query),
    async importRegister(files, userId, { dryRun }) {
      const user = resolveUser(state, userId);
      const refusal = importRefusal(user);
      if (refusal) throw refusal;
      const read = await readRegisterFiles(files);
      if (read.issues.length > 0) throw importRefused(read.issues);
      const reference = current.reference;
      const checked = validateRegister(read.sheets, {
        measureCodes: new Set(reference.measures.map((m) => m.code)),
        users: reference.users,
        categories: buildReference(2022).categories,
      });
      if (!checked.ok) throw importRefused(checked.issues);
      const managerName = (id: string) => state.users.get(id)?.name ?? id;
      const plan = planImport(checked.value, snapshotOfDataset(current), managerName);
      const changed = !dryRun && plan.changes.length > 0;
      if (changed) {
        current = applyPlanToDataset(current, plan, managerName);
        imported = true;
        state = createState(current);
        contractRanks = createContractRanks(state);
        evidenceKeys = createEvidenceKeys(state);
        cache.clear();
        timeline.clear();
        // Decisions made so far stay: they are replayed onto the imported register.
        for (const entry of decisions) {
          decide({ state, cache, timeline, now: now(), at: entry.at }, entry.evidenceId, entry.request, entry.userId);
        }
        notify();
      }
      return {
        id: dryRun ? null : `imp-${Date.now().toString(36)}`,
        dryRun,
        at: now().toISOString(),
        userId: user.id,
        files: files.map((f) => f.name),
        ...planSummary(plan),
      };
    },
    decisionLog: () => decisions.slice(),
    datasetKey: () => ({ seed: dataset.seed, contracts: dataset.contracts.length }),
    reset() {
      // Only decisions and imports change the state, so with none made there is nothing to rebuild.
      if (decisions.length === 0 && !imported) return;
      current = dataset;
      imported = false;
      state = createState(current);
      contractRanks = createContractRanks(state);
      evidenceKeys = createEvidenceKeys(state);
      cache.clear();
      timeline.clear();
      decisions = [];
      notify();
    },
    warm() {
      this.dashboard(dashboardQuerySchema.parse({}));
      this.listContracts(contractsQuerySchema.parse({ rag: ['red'], sort: 'rag' }));
      this.listEvidence(evidenceQuerySchema.parse({}));
      this.listAudit(auditQuerySchema.parse({ action: ['verify'] }));
      const first = state.evidence[0];
      if (first) this.evidence(first.id);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
