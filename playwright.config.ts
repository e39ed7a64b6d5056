import { defineConfig, devices } from '@playwright/test';
import { LAUNCH_OPTIONS } from './e2e/launch';

const PORT = 4173;
const HOST_PORT = 4174;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  // One retry on these 2-core machines, where a busy moment can outlast a timeout;
  // a test that passes only on its retry is reported as flaky (and named) in the summary.
  retries: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: LAUNCH_OPTIONS,
    // The offline spec turns the service worker on; elsewhere it would answer
    // requests that tests want to watch or hold back.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: [
    {
      command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A second origin, for host pages that embed the map (e2e/embed.spec.ts).
      command: `node e2e/host-server.mjs`,
      url: `http://127.0.0.1:${HOST_PORT}/pym.html`,
      env: { HOST_PORT: String(HOST_PORT) },
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
