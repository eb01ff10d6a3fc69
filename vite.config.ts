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

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [react(), contentSecurityPolicy(env.VITE_API_BASE_URL)],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      },
    },
    build: { target: 'es2022', sourcemap: true },
    preview: { port: 4173, strictPort: true },
    server: { port: 5173 },
    test: {
      environment: 'jsdom',
      setupFiles: ['./tests/setup.ts'],
      include: ['tests/**/*.test.{ts,tsx}'],
      restoreMocks: true,
      // Vitest leaves one core idle by default; CI has two and nothing else to run.
      maxWorkers: 2,
      testTimeout: 15_000,
    },
  };
});
