import { describe, expect, it } from 'vitest';
import type { Evidence } from '@/lib/contract';
import { createMockStore } from '@mocks/store';
import { mockDataset, mockStore } from '@mocks/node';
import { mockApi } from '../api';

/** What only the mock API does: the contract suite (tests/contract) covers what it shares with the server. */
const api = mockApi(mockStore);

function evidenceWith(mediaType: string): Evidence {
  const found = mockDataset.evidence.find((e) => e.mediaType === mediaType);
  if (!found) throw new Error(`The demo data should have ${mediaType} evidence`);
  return found;
}

function pendingEvidence(): Evidence {
  const found = mockDataset.evidence.find((e) => e.status === 'pending' && e.claimedQuantity > 1);
  if (!found) throw new Error('The demo data should have pending evidence');
  return found;
}

describe('the mock API alone', () => {
  it('waits the configured latency before answering', async () => {
    const slow = mockApi(mockStore, { latencyMs: 120 });
    const started = performance.now();
    expect((await slow.call('/me')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
  });

  it('logs each decision, for replay after a reload', async () => {
    const e = pendingEvidence();
    await api.post(`/evidence/${e.id}/decisions`, { decision: 'verify', comment: '', version: e.version });
    expect(mockStore.decisionLog()).toEqual([
      {
        evidenceId: e.id,
        userId: 'u-cm-1',
        at: expect.any(String),
        request: { decision: 'verify', comment: '', version: e.version },
      },
    ]);
  });

  it('POST /demo/reset undoes every decision', async () => {
    const e = pendingEvidence();
    await api.post(`/evidence/${e.id}/decisions`, { decision: 'verify', comment: '', version: e.version });
    expect((await api.call('/demo/reset', { method: 'POST' })).status).toBe(204);
    expect(mockStore.evidence(e.id).evidence).toEqual(e);
    expect(mockStore.decisionLog()).toEqual([]);
  });

  it('names a file with non-ASCII characters both ways (RFC 6266)', async () => {
    const e = evidenceWith('text/csv');
    const renamed = { ...e, fileName: 'Café "north" – returns.csv' };
    const store = createMockStore({
      ...mockDataset,
      evidence: mockDataset.evidence.map((x) => (x.id === e.id ? renamed : x)),
    });
    const response = await mockApi(store).call(`/evidence/${e.id}/file`);
    expect(response.headers.get('Content-Disposition')).toBe(
      `attachment; filename="Caf_ _north_ _ returns.csv"; filename*=UTF-8''Caf%C3%A9%20%22north%22%20%E2%80%93%20returns.csv`,
    );
  });

  it('describes, as text, a file type the mock cannot produce', async () => {
    const e = evidenceWith('text/csv');
    const word = { ...e, mediaType: 'application/msword', fileName: 'method.doc' };
    const store = createMockStore({
      ...mockDataset,
      evidence: mockDataset.evidence.map((x) => (x.id === e.id ? word : x)),
    });
    const response = await mockApi(store).call(`/evidence/${e.id}/file`);
    expect(response.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="method.doc.txt"');
    expect(new TextDecoder().decode(new Uint8Array(await response.arrayBuffer()))).toMatch(
      /^A stand-in for method\.doc \(application\/msword\)/,
    );
  });
});
