import { defineConfig, devices } from '@playwright/test';

// scripts/test.ts picks a free port and builds into .next-test before running this suite.
const port = Number(process.env.E2E_PORT ?? 3950);
// The screenshot comparisons (e2e/visual.spec.ts) get their own server with a fixed clock.
const visualPort = Number(process.env.E2E_VISUAL_PORT ?? port + 1);
const clockAt = '2026-12-01T03:00:00Z';
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
      // the same text rendering on every run, for the screenshots
      '--font-render-hinting=none',
      '--disable-lcd-text',
    ],
  },
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'visual',
      testMatch: 'visual.spec.ts',
      use: { ...chromium, baseURL: `http://localhost:${visualPort}` },
    },
    { name: 'chromium', testIgnore: 'visual.spec.ts', use: chromium },
  ],
  webServer: [
    {
      command: 'npx tsx scripts/e2e-server.ts',
      // Ready, not just alive: started, with the public record brought up to date and the worker on.
      url: `http://localhost:${port}/api/ready`,
      timeout: 180_000,
      reuseExistingServer: false,
      env: { E2E_PORT: String(port) },
    },
    {
      command: 'npx tsx scripts/e2e-server.ts',
      url: `http://localhost:${visualPort}/api/ready`,
      timeout: 180_000,
      reuseExistingServer: false,
      env: { E2E_PORT: String(visualPort), CLOCK_AT: clockAt },
    },
  ],
});
