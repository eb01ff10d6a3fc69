import { getResponse, RequestHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { evidenceDetailSchema } from '@/lib/contract';
import { mockDataset, mockStore, resetMockStore, server } from '@mocks/node';

describe('the mock API for tests', () => {
  it('is the default demo data set: seed 1, 250 contracts', () => {
    expect(mockStore.datasetKey()).toEqual({ seed: 1, contracts: 250 });
    expect(mockDataset.contracts).toHaveLength(250);
  });

  it('answers through the test server, which tests call with fetch', async () => {
    const response = await fetch('http://localhost/api/v1/contracts/c-00001');
    expect(response.status).toBe(200);
    const handlers = server.listHandlers().filter((h) => h instanceof RequestHandler);
    const direct = await getResponse(handlers, new Request('http://localhost/api/v1/me'));
    expect(await direct?.json()).toMatchObject({ id: 'u-cm-1' });
  });

  it('resetMockStore undoes decisions made in a test', async () => {
    const e = mockDataset.evidence.find((x) => x.status === 'pending');
    if (!e) throw new Error('The demo data should have pending evidence');
    const response = await fetch(`http://localhost/api/v1/evidence/${e.id}/decisions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ decision: 'reject', comment: 'Unreadable', version: e.version }),
    });
    expect(evidenceDetailSchema.parse(await response.json()).evidence.status).toBe('rejected');
    resetMockStore();
    expect(mockStore.evidence(e.id).evidence).toEqual(e);
  });
});
