// `npm test`: typecheck, lint, unit/integration tests on a fresh embedded PostgreSQL, a production
// build into .next-test (a running `npm start` / `npm run dev` keeps its own .next), the
// Playwright suite in Debian's chromium, and the two-instance suite (e2e-cluster/) on the same
// build. Ends with one summary line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { freePort } from './lib/postgres';

type Step = { name: string; command: string[]; env?: Record<string, string> };

async function main() {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
  const e2ePort = String(await freePort(3950));
  const visualPort = String(await freePort(Number(e2ePort) + 1));
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const steps: Step[] = [
    { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
    { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
    { name: 'unit', command: ['npx', 'vitest', 'run'] },
    {
      name: 'build',
      command: ['npx', 'next', 'build'],
      env: {
        NEXT_DIST_DIR: '.next-test',
        SKIP_BUILD_TYPECHECK: '1',
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
      },
    },
    {
      name: 'e2e',
      command: ['npx', 'playwright', 'test'],
      env: { E2E_PORT: e2ePort, E2E_VISUAL_PORT: visualPort, CHROMIUM_PATH: chromium },
    },
    // Two instances on one database and bucket, killed and drained (e2e-cluster/, issue #18).
    {
      name: 'cluster',
      command: ['npx', 'playwright', 'test', '-c', 'playwright.cluster.config.ts'],
      env: { CHROMIUM_PATH: chromium },
    },
  ];
  const selected =
    only === 'e2e' || only === 'cluster'
      ? steps.filter((s) => s.name === 'build' || s.name === only)
      : only
        ? steps.filter((s) => s.name === only)
        : steps;
  const results: string[] = [];
  let failed = false;
  const started = Date.now();
  for (const step of selected) {
    if (failed && ['e2e', 'build', 'cluster'].includes(step.name)) {
      results.push(`${step.name} skipped`);
      continue;
    }
    if ((step.name === 'e2e' || step.name === 'cluster') && !fs.existsSync(chromium)) {
      console.error(
        `\n✖ Chromium is not at ${chromium}: install it with apt-get install -y chromium (or set CHROMIUM_PATH).`,
      );
      results.push('e2e ✗');
      failed = true;
      continue;
    }
    const t0 = Date.now();
    console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
    const run = spawnSync(step.command[0], step.command.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, ...step.env },
    });
    const seconds = Math.round((Date.now() - t0) / 1000);
    const ok = run.status === 0;
    results.push(`${step.name} ${ok ? '✓' : '✗'} ${seconds}s`);
    if (!ok) failed = true;
  }
  const total = Math.round((Date.now() - started) / 1000);
  console.log(
    `\n${failed ? 'FAILED' : 'PASSED'}: npm test — ${results.join(' · ')} — ${Math.floor(total / 60)}m${total % 60}s`,
  );
  process.exit(failed ? 1 : 0);
}

main();
