import { describe, expect, it } from 'vitest';
import {
  contractsQuerySchema,
  dashboardQuerySchema,
  evidenceQuerySchema,
  auditQuerySchema,
  type Evidence,
} from '@/lib/contract';
import { mockDataset } from '@mocks/node';
import {
  applyDecisionLog,
  createMockStore,
  DecisionReplayError,
  restoreDecisionFile,
  toDecisionFile,
  type MockStore,
} from '@mocks/store';

const pending = mockDataset.evidence.filter((e) => e.status === 'pending').slice(0, 3) as [
  Evidence,
  Evidence,
  Evidence,
];

function decideSome(store: MockStore): void {
  store.decide(
    pending[0].id,
    { decision: 'verify', comment: 'Matches payroll', version: pending[0].version },
    'u-cm-1',
  );
  store.decide(pending[1].id, { decision: 'query', comment: 'Which site?', version: pending[1].version }, 'u-cm-2');
  store.decide(pending[1].id, { decision: 'reject', comment: 'No answer', version: pending[1].version + 1 }, 'u-cm-2');
  store.decide(
    pending[2].id,
    { decision: 'verify', comment: '', version: pending[2].version, verifiedQuantity: 1 },
    'u-cm-5',
  );
}

/** Everything a user could read back, for comparing two stores. */
function observable(store: MockStore) {
  return {
    evidence: pending.map((e) => store.evidence(e.id)),
    contracts: store.listContracts(contractsQuerySchema.parse({ pageSize: 500 })),
    dashboard: store.dashboard(dashboardQuerySchema.parse({})),
    queue: store.listEvidence(evidenceQuerySchema.parse({ pageSize: 500 })),
    audit: store.listAudit(auditQuerySchema.parse({ pageSize: 50 })),
  };
}

describe('the decision log', () => {
  it('replays onto a fresh store to exactly the same state', () => {
    const original = createMockStore(mockDataset);
    decideSome(original);
    const replayed = createMockStore(mockDataset);
    applyDecisionLog(replayed, original.decisionLog());
    expect(observable(replayed)).toEqual(observable(original));
    expect(replayed.decisionLog()).toEqual(original.decisionLog());
  });

  it('round-trips through its saved form (JSON)', () => {
    const original = createMockStore(mockDataset);
    decideSome(original);
    const saved: unknown = JSON.parse(JSON.stringify(toDecisionFile(original)));
    const restored = createMockStore(mockDataset);
    restoreDecisionFile(restored, saved);
    expect(observable(restored)).toEqual(observable(original));
  });

  it('refuses a file that is not a decision log, naming where', () => {
    const store = createMockStore(mockDataset);
    expect(() =>
      restoreDecisionFile(store, { format: 'svm-decisions', version: 1, seed: 1, contracts: 250, decisions: [{}] }),
    ).toThrow(/not a decision log at decisions\.0\.evidenceId/);
    expect(() => restoreDecisionFile(store, [])).toThrow(DecisionReplayError);
  });

  it('refuses a log saved for another data set', () => {
    const store = createMockStore(mockDataset);
    const file = { format: 'svm-decisions', version: 1, seed: 2, contracts: 250, decisions: [] };
    expect(() => restoreDecisionFile(store, file)).toThrow(/seed 2 and 250 contracts, not seed 1 and 250/);
  });

  it('names the first decision that no longer applies', () => {
    const store = createMockStore(mockDataset);
    const log = [
      {
        evidenceId: pending[0].id,
        userId: 'u-cm-1',
        at: '2026-11-02T10:00:00.000Z',
        request: { decision: 'verify' as const, comment: '', version: pending[0].version },
      },
      {
        evidenceId: pending[0].id,
        userId: 'u-cm-1',
        at: '2026-11-02T10:05:00.000Z',
        request: { decision: 'reject' as const, comment: 'x', version: pending[0].version },
      },
    ];
    expect(() => applyDecisionLog(store, log)).toThrow(
      /Decision 2 \(reject evidence e-\d+\) no longer applies: .*version/,
    );
  });

  it('records decisions at the store clock, never before the evidence was uploaded', () => {
    const store = createMockStore(mockDataset, { now: () => new Date('2020-01-01T00:00:00Z') });
    const e = pending[0];
    const detail = store.decide(e.id, { decision: 'verify', comment: '', version: e.version }, 'u-cm-1');
    const [previous, last] = detail.audit.slice(-2);
    expect(Date.parse(last?.at ?? '')).toBe(Date.parse(previous?.at ?? '') + 1000);
    const later = createMockStore(mockDataset, { now: () => new Date('2026-11-20T09:30:00Z') });
    expect(later.decide(e.id, { decision: 'verify', comment: '', version: e.version }, 'u-cm-1').audit.at(-1)?.at).toBe(
      '2026-11-20T09:30:00.000Z',
    );
  });

  it('tells subscribers about each decision and reset, and reset empties the log', () => {
    const store = createMockStore(mockDataset);
    const seen: number[] = [];
    const stop = store.subscribe(() => seen.push(store.decisionLog().length));
    decideSome(store);
    store.reset();
    stop();
    store.reset();
    expect(seen).toEqual([1, 2, 3, 4, 0]);
    expect(store.evidence(pending[0].id).evidence).toEqual(pending[0]);
  });
});
