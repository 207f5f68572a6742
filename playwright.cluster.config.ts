import { defineConfig, devices } from '@playwright/test';

// Two production instances on one database (e2e-cluster/): started by the spec itself, which
// kills and restarts them. Run by `npm test` after the main suite, on the same .next-test build.
export default defineConfig({
  testDir: 'e2e-cluster',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    },
  },
});
