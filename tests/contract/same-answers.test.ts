// @vitest-environment node
import { getResponse } from 'msw';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '@mocks/handlers';
import { createMockStore } from '@mocks/store';
import { CONTRACT_TARGET, openContractApi } from './support/target';

const api = await openContractApi();
afterAll(() => api.close());
const mock = createHandlers(createMockStore(api.dataset));

async function fromMock(path: string): Promise<unknown> {
  const response = await getResponse(mock, new Request(`http://localhost/api/v1${path}`));
  return response?.json();
}

/**
 * For the same seed the server's figures are the mock's, to the last digit: the same rules in
 * src/lib/figures applied to sums taken in SQL. Read before any test decides on anything.
 */
describe.skipIf(CONTRACT_TARGET === 'mock')('the server answers exactly as the mock does', () => {
  it.each([
    '/dashboard',
    '/dashboard?period=2025-26&basis=claimed',
    '/dashboard?borough=E08000012&theme=jobs&period=2024-25-Q3',
    '/dashboard?status=live&theme=environment',
    '/contracts',
    '/contracts?rag=red&sort=rag&pageSize=50',
    '/contracts?borough=E08000015&theme=economy&sort=-lastReturn&period=2025-26',
    '/contracts?q=care&sort=-evidenceAwaiting&page=2&pageSize=10',
    '/contracts/c-00001',
    '/contracts/c-00042?period=2023-24&basis=claimed',
    '/evidence?sort=-sizeBytes&pageSize=100',
    '/audit?action=verify&pageSize=100',
    '/reference',
  ])('%s', async (path) => {
    const served = await (await api.call(path)).json();
    expect(served).toEqual(await fromMock(path));
  });
});
