// The server the Playwright suite runs against: a fresh embedded PostgreSQL (migrated, seeded) and
// `next start` on the test build (.next-test), on the port the test runner chose.
import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres, tempDataDir } from './lib/postgres';
import { applyMigrations } from './lib/migrate';
import { seedIfEmpty } from '../prisma/seed/seed';
import { exitWithFriendlyError } from './lib/friendly-error';
import { clearDataCache } from './lib/data-cache';
import { serverNodeOptions } from './lib/next-server';
import { startMailCatcher } from './lib/mail-catcher';
import { e2eAccessLog, e2eMailLog } from '../e2e/mail-log';

async function main() {
  const port = process.env.E2E_PORT ?? '3950';
  // The screenshot server (CLOCK_AT set, e2e/visual.spec.ts) seeds and serves with a fixed clock,
  // from its own copy of the build: Next.js writes cached pages into its dist folder, and the two
  // servers' databases differ.
  const clock = process.env.CLOCK_AT
    ? `--require ${JSON.stringify(path.resolve(__dirname, '../server/shifted-clock.cjs'))}`
    : '';
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload, run for its effect
  if (clock) require('../server/shifted-clock.cjs');
  const distDir = clock ? '.next-visual' : '.next-test';
  if (clock) copyBuild('.next-test', distDir);
  process.env.PII_ENCRYPTION_KEY ??= crypto.randomBytes(32).toString('hex');
  process.env.NEXTAUTH_SECRET ??= crypto.randomBytes(32).toString('base64url');
  const dataDir = tempDataDir('umkm-e2e-');
  const uploadsDir = tempDataDir('umkm-e2e-uploads-');
  const database = await startEmbeddedPostgres({ dataDir, quiet: true });
  await applyMigrations(database.url);
  await seedIfEmpty(database.url);
  clearDataCache(path.resolve(__dirname, '..'), distDir);
  // A real SMTP server for the app's mail: each message the app sends lands in a file the browser
  // tests read (e2e/mail-log.ts), so "it arrived, once, with this link" is checked end to end.
  const mailLog = e2eMailLog(port);
  fs.writeFileSync(mailLog, '');
  fs.writeFileSync(e2eAccessLog(port), '');
  const smtp = await startMailCatcher(({ to, raw }) =>
    fs.appendFileSync(mailLog, JSON.stringify({ to, raw }) + '\n'),
  );
  const smtpPort = smtp.port;
  const next = spawn(path.resolve(__dirname, '../node_modules/.bin/next'), ['start', '-p', port], {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS: [serverNodeOptions(), clock].filter(Boolean).join(' '),
      DATABASE_URL: database.url,
      NEXT_DIST_DIR: distDir,
      // No NEXTAUTH_URL: the app derives its public origin from PORT (e2e checks next-auth's URLs).
      PORT: port,
      UPLOADS_DIR: uploadsDir,
      NEXT_TELEMETRY_DISABLED: '1',
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      ACCESS_LOG_FILE: e2eAccessLog(port),
    },
  });
  const stop = () => next.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  next.on('exit', async (code) => {
    await database.stop();
    for (const dir of [dataDir, uploadsDir]) fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    process.exit(code ?? 0);
  });
}

/** The build without its cache (432 MB of Turbopack's, not needed to serve). */
function copyBuild(from: string, to: string) {
  const root = path.resolve(__dirname, '..');
  fs.rmSync(path.join(root, to), { recursive: true, force: true });
  fs.cpSync(path.join(root, from), path.join(root, to), {
    recursive: true,
    filter: (source) => path.relative(path.join(root, from), source) !== 'cache',
  });
}

main().catch(exitWithFriendlyError);
