import { describe, expect, it } from 'vitest';
import { auditQuerySchema, type AuditEvent } from '@/lib/contract';
import { mockDataset, mockStore } from '@mocks/node';

function all(query: Record<string, unknown>): AuditEvent[] {
  const first = mockStore.listAudit(auditQuerySchema.parse({ ...query, pageSize: 500 }));
  const rest = Array.from({ length: first.pageCount - 1 }, (_, i) =>
    mockStore.listAudit(auditQuerySchema.parse({ ...query, pageSize: 500, page: i + 2 })),
  );
  return [first, ...rest].flatMap((p) => p.items);
}

const ids = (events: AuditEvent[]) => events.map((e) => e.id).sort();

describe('the audit log', () => {
  it('is newest first by default, oldest first when asked, with every event once', () => {
    const newest = all({});
    expect(newest).toHaveLength(mockDataset.audit.length);
    const times = newest.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const oldest = mockStore.listAudit(auditQuerySchema.parse({ sort: 'at', pageSize: 5 })).items;
    expect(oldest.map((e) => e.id)).toEqual(
      all({ sort: 'at' })
        .slice(0, 5)
        .map((e) => e.id),
    );
    expect(Date.parse(oldest[0]?.at ?? '')).toBe(Math.min(...mockDataset.audit.map((e) => Date.parse(e.at))));
  });

  it('pages the whole log the same way as a filtered one, from either end', () => {
    const everyAction = { action: ['uploaded', 'verify', 'reject', 'query'] };
    for (const sort of ['at', '-at']) {
      for (const page of [1, 2, 40]) {
        const whole = mockStore.listAudit(auditQuerySchema.parse({ sort, page, pageSize: 7 }));
        expect(whole).toEqual(mockStore.listAudit(auditQuerySchema.parse({ ...everyAction, sort, page, pageSize: 7 })));
        expect(whole.items).toHaveLength(7);
      }
    }
    const last = mockStore.listAudit(
      auditQuerySchema.parse({ page: Math.ceil(mockDataset.audit.length / 7), pageSize: 7 }),
    );
    expect(last.items.length).toBe(mockDataset.audit.length % 7 || 7);
  });

  it('filters by inclusive dates, user and actions', () => {
    const found = all({ from: '2025-04-01', to: '2025-06-30', user: 'u-cm-2', action: ['reject', 'query'] });
    const expected = mockDataset.audit.filter(
      (e) =>
        e.at.slice(0, 10) >= '2025-04-01' &&
        e.at.slice(0, 10) <= '2025-06-30' &&
        e.userId === 'u-cm-2' &&
        ['reject', 'query'].includes(e.action),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(found)).toEqual(ids(expected));
  });

  it('finds a contract by id or by reference, and one piece of evidence', () => {
    const sample = mockDataset.audit[5];
    if (!sample) throw new Error('The demo data should have audit events');
    const expected = ids(mockDataset.audit.filter((e) => e.contractId === sample.contractId));
    expect(ids(all({ contractId: sample.contractId }))).toEqual(expected);
    expect(ids(all({ contractId: sample.contractReference.toLowerCase() }))).toEqual(expected);
    expect(ids(all({ evidenceId: sample.evidenceId }))).toEqual(
      ids(mockDataset.audit.filter((e) => e.evidenceId === sample.evidenceId)),
    );
  });

  it('puts a new decision first', () => {
    const e = mockDataset.evidence.find((x) => x.status === 'pending');
    if (!e) throw new Error('The demo data should have pending evidence');
    mockStore.decide(e.id, { decision: 'query', comment: 'Which site?', version: e.version }, 'u-cm-1');
    const [newest] = mockStore.listAudit(auditQuerySchema.parse({})).items;
    expect(newest).toMatchObject({ evidenceId: e.id, action: 'query', comment: 'Which site?' });
    expect(mockStore.listAudit(auditQuerySchema.parse({})).total).toBe(mockDataset.audit.length + 1);
  });
});
