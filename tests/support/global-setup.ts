// One fresh embedded PostgreSQL per test run (never the dev data), migrated and seeded with the
// demo data; its URL reaches the test files through the environment.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres, tempDataDir, type RunningPostgres } from '../../scripts/lib/postgres';
import { applyMigrations } from '../../scripts/lib/migrate';
import { seedIfEmpty } from '../../prisma/seed/seed';

let database: RunningPostgres | undefined;
const scratch: string[] = [];

export async function setup() {
  process.env.PII_ENCRYPTION_KEY ??= crypto.randomBytes(32).toString('hex');
  process.env.NEXTAUTH_SECRET ??= crypto.randomBytes(32).toString('base64url');
  process.env.UPLOADS_DIR = tempDataDir('umkm-test-uploads-');
  const dataDir = tempDataDir('umkm-test-');
  scratch.push(path.dirname(dataDir), path.dirname(process.env.UPLOADS_DIR));
  database = await startEmbeddedPostgres({ dataDir, quiet: true });
  await applyMigrations(database.url);
  await seedIfEmpty(database.url);
  process.env.DATABASE_URL = database.url;
  // tests/read-replica.test.ts makes a streaming replica of it.
  process.env.TEST_PG_DATA_DIR = dataDir;
  // As the app does when it starts (instrumentation.ts): the seed's orders get their documents.
  const { backfillPublicRecord } = await import('@/lib/procurement/record-backfill');
  const { db } = await import('@/lib/server/db');
  await backfillPublicRecord();
  await db.$disconnect();
  // Tests enqueue jobs but run them themselves (tests/notifications.test.ts): no worker, no schedule.
  process.env.JOBS_WORKER = 'off';
}

export async function teardown() {
  await database?.stop();
  for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
}
