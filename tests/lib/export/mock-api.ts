import { getResponse, type RequestHandler } from 'msw';
import { generateDataset } from '@/lib/demo-data/generate';
import type { Dataset } from '@/lib/demo-data/dataset';
import { createHandlers } from '@mocks/handlers';
import { createMockStore, type MockStore } from '@mocks/store';

/** Text that has broken exports elsewhere: formulae, separators, quotes, line breaks, £ and accents. */
export const HOSTILE_TITLES = [
  '=HYPERLINK("http://evil.example","Click for invoice")',
  '+44 151 555 0100 helpline, "24/7"',
  '-2+3 resurfacing\nPhase 2 – Côte Brontë £1m',
  '@SUM(A1:A9) street lighting',
];

/** A small demo data set with hostile titles and supplier names on its first contracts. */
export function hostileDataset(): Dataset {
  const dataset = generateDataset({ seed: 3, contracts: 60 });
  const contracts = dataset.contracts.map((c, i) => {
    const title = HOSTILE_TITLES[i];
    return title === undefined ? c : { ...c, title, supplier: { ...c.supplier, name: `Łódź & Ñoño, "Ltd"; ${i}` } };
  });
  return { ...dataset, contracts };
}

/**
 * `fetch` answered by the mock API's own msw handlers, without patching the global one, so a
 * test can put failing handlers in front for one request.
 */
export function mockApiFetch(store: MockStore, before: RequestHandler[] = []): typeof fetch {
  const handlers = [...before, ...createHandlers(store)];
  return async (input, init) => {
    const response = await getResponse(handlers, new Request(input, init));
    return response ?? new Response('no handler', { status: 599 });
  };
}

export { createMockStore };
