import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/support/chromium';

/**
 * Browser tests run in Debian's Chromium (`apt-get install chromium`), never a downloaded
 * browser. Three projects open the same routes: the built app on its in-browser mock (service
 * worker), the app built for HTTP mode against the standalone demo API with 20,000 contracts,
 * and the real server (PostgreSQL on PGlite) serving its own build (`npm run build:server`).
 */
const MOCK_PORT = 4173;
const HTTP_APP_PORT = 4174;
/** The real server (Fastify on PGlite, demo data of 250 contracts) serving its own build. */
const SERVER_PORT = 8788;
export const API_PORT = 8787;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
  },
  projects: [
    { name: 'mock', use: { baseURL: `http://127.0.0.1:${MOCK_PORT}` } },
    { name: 'http', use: { baseURL: `http://127.0.0.1:${HTTP_APP_PORT}` } },
    { name: 'server', use: { baseURL: `http://127.0.0.1:${SERVER_PORT}` } },
  ],
  webServer: [
    {
      // A fresh database each run, so tests that decide start from the demo data.
      command: `rm -rf .data/e2e-server && DATA_DIR=.data/e2e-server PORT=${SERVER_PORT} HOST=127.0.0.1 LOG_LEVEL=warn RATE_LIMIT_WRITES=10000 npx tsx server/main.ts --demo-contracts 250`,
      url: `http://127.0.0.1:${SERVER_PORT}/readyz`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `npx vite preview --port ${MOCK_PORT} --strictPort --host 127.0.0.1 --outDir dist`,
      url: `http://127.0.0.1:${MOCK_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      // A fresh decisions file each run, so tests that decide start from the generated data.
      command: `rm -f .data/e2e-decisions.json && npm run api -- --port ${API_PORT} --host 127.0.0.1 --contracts 20000 --data-file .data/e2e-decisions.json`,
      url: `http://127.0.0.1:${API_PORT}/healthz`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `npx vite preview --port ${HTTP_APP_PORT} --strictPort --host 127.0.0.1 --outDir dist-http`,
      url: `http://127.0.0.1:${HTTP_APP_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
