import { setupWorker } from 'msw/browser';
import { generateDataset } from '@/lib/demo-data/generate';
import { createHandlers } from '@mocks/handlers';
import { createMockStore } from '@mocks/store';
import { restoreDecisions, saveDecisions } from './browser-storage';

/**
 * The mock API in the browser (the default for `npm run dev` when no `VITE_API_BASE_URL` is
 * set): the default demo data set with the decisions saved in localStorage replayed onto it,
 * served by a service worker. Every decision is saved as it is made; POST /demo/reset clears them.
 */
export async function startBrowserMock(): Promise<void> {
  const store = createMockStore(generateDataset());
  restoreDecisions(store, window.localStorage);
  store.subscribe(() => saveDecisions(store, window.localStorage));
  const worker = setupWorker(...createHandlers(store));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
