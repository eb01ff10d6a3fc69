import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetMockStore, server } from '@mocks/node';
import { installJsdomPolyfills } from './utils/jsdom-polyfills';

// Pages load lazily and fetch from the mock API; on a busy machine that can take a few seconds.
configure({ asyncUtilTimeout: 10_000 });

// Tests that run in Node (mock API, exports) have no window to patch.
if (typeof window !== 'undefined') installJsdomPolyfills();

// The mock API answers every request; one it does not know is a bug in the test or the app.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetMockStore();
  if (typeof window !== 'undefined') {
    localStorage.clear();
    sessionStorage.clear();
  }
});
afterAll(() => server.close());
