/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { contentSecurityDirectives, serializePolicy } from './src/lib/security/content-security-policy.ts';

/**
 * The Content Security Policy as a meta tag, for the preview and any static host (the server
 * sends the same policy as a header). A relative API base URL (the server's own `/api/v1`)
 * adds no origin.
 */
function contentSecurityPolicy(apiBaseUrl: string | undefined): Plugin {
  const apiOrigin = apiBaseUrl && /^https?:/.test(apiBaseUrl) ? new URL(apiBaseUrl).origin : '';
  const policy = serializePolicy(contentSecurityDirectives(apiOrigin));
  return {
    name: 'svm-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

/** Test files that replace modules with vi.mock. */
const MODULE_MOCKS = ['tests/components/charts/chart.test.tsx'];

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [react(), contentSecurityPolicy(env.VITE_API_BASE_URL)],
    resolve: {
      alias: [
        // zod configured jitless before any schema exists: no eval probe for the CSP to report (see the module).
        { find: /^zod$/, replacement: fileURLToPath(new URL('./src/lib/zod-jitless.ts', import.meta.url)) },
        { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
        { find: '@mocks', replacement: fileURLToPath(new URL('./mocks', import.meta.url)) },
      ],
    },
    // The manifest lets scripts/check-bundle-size.ts add up what each route downloads.
    build: { target: 'es2022', sourcemap: true, manifest: true },
    preview: { port: 4173, strictPort: true },
    server: { port: 5173 },
    test: {
      setupFiles: ['./tests/setup.ts'],
      restoreMocks: true,
      // Files share a worker's modules (isolate: false below), so a stubbed global must not outlive its test.
      unstubGlobals: true,
      // Vitest leaves one core idle by default; CI has two and nothing else to run.
      maxWorkers: 2,
      testTimeout: 15_000,
      // Set-up (a DOM, the mock API's data set, React and the app's modules) is most of the cost of a
      // file, so files share it: each worker loads them once per environment instead of once per file.
      // setup.ts puts back what a test changes (mock store, handlers, storage, the DOM).
      isolate: false,
      projects: [
        {
          // Pure code, the mock API and the server: no DOM. A file that needs one says so with
          // `// @vitest-environment happy-dom`.
          extends: true,
          test: { name: 'node', include: ['tests/**/*.test.ts'], environment: 'node' },
        },
        {
          // Components and pages. happy-dom starts in a fraction of jsdom's time; the few files that
          // rely on jsdom's accessible names or form controls say `// @vitest-environment jsdom`.
          extends: true,
          test: { name: 'dom', include: ['tests/**/*.test.tsx'], exclude: MODULE_MOCKS, environment: 'happy-dom' },
        },
        {
          // The contract suite once more, against the real server on PGlite (DATABASE_URL: PostgreSQL).
          extends: true,
          test: {
            name: 'contract-server',
            include: ['tests/contract/**/*.test.ts'],
            environment: 'node',
            env: { CONTRACT_TARGET: 'server' },
          },
        },
        {
          // vi.mock replaces a module for the importing file only, which needs a module graph of its own.
          extends: true,
          test: { name: 'dom-isolated', include: MODULE_MOCKS, environment: 'happy-dom', isolate: true },
        },
      ],
    },
  };
});
