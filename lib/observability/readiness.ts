import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { db } from '@/lib/server/db';
import { jobQueue } from '@/lib/jobs/queue';
import { draining, started } from './lifecycle';

export type Readiness = {
  ready: boolean;
  status: 'starting' | 'ready' | 'draining' | 'not-ready';
  checks: { database: boolean; migrations: boolean | 'unknown'; worker: boolean | 'off' };
};

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);

// The migrations this build ships (prisma/migrations/<name>/), read once.
let shipped: string[] | null = null;
function shippedMigrations() {
  if (shipped) return shipped;
  const dir = path.join(process.cwd(), 'prisma/migrations');
  try {
    shipped = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  } catch {
    shipped = [];
  }
  return shipped;
}

/**
 * Whether this instance should get traffic: started (instrumentation done), not draining, the
 * database answering, every migration of this build applied, and its worker's connection alive.
 */
export async function readiness(): Promise<Readiness> {
  const life = started();
  const checks: Readiness['checks'] = {
    database: false,
    migrations: 'unknown',
    worker: life?.worker === false ? 'off' : false,
  };
  try {
    const applied = await withTimeout(
      db.$queryRaw<{ name: string }[]>`select migration_name as name from "_prisma_migrations"
        where finished_at is not null and rolled_back_at is null`,
      3_000,
    );
    checks.database = true;
    const names = new Set(applied.map((m) => m.name));
    const ours = shippedMigrations();
    checks.migrations = ours.length === 0 ? 'unknown' : ours.every((name) => names.has(name));
  } catch {
    checks.database = false;
  }
  if (checks.worker !== 'off' && life) {
    try {
      const boss = await jobQueue();
      await withTimeout(boss.getDb().executeSql('select 1', []), 3_000);
      checks.worker = true;
    } catch {
      checks.worker = false;
    }
  }
  const healthy = checks.database && checks.migrations !== false && checks.worker !== false;
  const status = draining() ? 'draining' : !life ? 'starting' : healthy ? 'ready' : 'not-ready';
  return { ready: status === 'ready', status, checks };
}
