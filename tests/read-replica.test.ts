// Read-only public queries on a real streaming replica of the test database (scripts/lib/replica.ts:
// a base backup through pg_backup_start/stop, WAL streamed through a replication slot), and the
// rules that keep them from showing what was just changed as it was before (lib/server/read-db.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStreamingReplica, type RunningReplica } from '@/scripts/lib/replica';

// Whether the request carries the "just wrote" cookie (next/headers is request-scoped).
const session = vi.hoisted(() => ({ wrote: false }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ has: () => session.wrote, set: () => {} }),
}));

const { db } = await import('@/lib/server/db');
const { env } = await import('@/lib/server/env');
const { readDb, changesPending } = await import('@/lib/server/read-db');
const { expireCatalog } = await import('@/lib/catalog/cache-tags');
const { catalogItem } = await import('@/lib/catalog/search');

let replica: RunningReplica;
let standbyClient: pg.Client;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'umkm-replica-'));

beforeAll(async () => {
  const replicaDir = path.join(scratch, 'pg');
  fs.chmodSync(scratch, 0o755);
  replica = await startStreamingReplica(
    { url: process.env.DATABASE_URL!, dataDir: process.env.TEST_PG_DATA_DIR! },
    replicaDir,
  );
  standbyClient = new pg.Client({ connectionString: replica.url });
  await standbyClient.connect();
  env.DATABASE_REPLICA_URL = replica.url;
}, 90_000);

afterAll(async () => {
  env.DATABASE_REPLICA_URL = undefined;
  await standbyClient?.end();
  await replica?.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const onStandby = async (client: Awaited<ReturnType<typeof readDb>>) =>
  (await client.$queryRaw<{ standby: boolean }[]>`select pg_is_in_recovery() as standby`)[0].standby;

async function until(condition: () => Promise<boolean> | boolean, what: string, ms = 10_000) {
  const deadline = Date.now() + ms;
  const holds = async () => {
    try {
      return await condition();
    } catch {
      return false; // e.g. the table has not reached the replica yet
    }
  };
  while (!(await holds())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('read replica', () => {
  it('is a real standby that streams what the primary writes', async () => {
    // A row in an existing table (a new table would surprise the backup test, which runs alongside).
    const marker = `replica-probe:${Date.now()}`;
    await db.$executeRaw`insert into "RateLimitBucket" ("key", "windowStart", "count") values (${marker}, now(), 1)`;
    expect((await standbyClient.query('select pg_is_in_recovery() as standby')).rows[0].standby).toBe(true);
    await until(
      async () =>
        (await standbyClient.query('select 1 from "RateLimitBucket" where key = $1', [marker])).rowCount ===
        1,
      'the row reaches the replica',
    );
    await db.$executeRaw`delete from "RateLimitBucket" where "key" = ${marker}`;
  });

  it('takes public reads once it has replayed every public change', async () => {
    await until(async () => onStandby(await readDb()), 'reads go to the replica');
  });

  it('after a public change, reads use the primary until the replica has replayed it', async () => {
    const product = await db.product.findFirstOrThrow({
      where: { status: 'PUBLISHED', msme: { status: 'VERIFIED' } },
      select: { id: true, priceIdr: true },
    });
    await standbyClient.query('select pg_wal_replay_pause()');
    try {
      await db.product.update({ where: { id: product.id }, data: { priceIdr: product.priceIdr + 700 } });
      expireCatalog([], true); // what every catalog change does after its commit
      expect(changesPending()).toBe(1); // at once: no read slips through to the replica meanwhile
      expect(await onStandby(await readDb())).toBe(false);
      await until(() => changesPending() === 0, 'the change position is recorded');
      expect(await onStandby(await readDb())).toBe(false);
      expect((await catalogItem(product.id)).priceIdr).toBe(product.priceIdr + 700);
      // The replica really is behind: it still has the old price.
      const stale = await standbyClient.query('select "priceIdr" from "Product" where id = $1', [product.id]);
      expect(stale.rows[0].priceIdr).toBe(product.priceIdr);
    } finally {
      await standbyClient.query('select pg_wal_replay_resume()');
    }
    await until(async () => onStandby(await readDb()), 'back on the replica once replayed');
    expect((await catalogItem(product.id)).priceIdr).toBe(product.priceIdr + 700);
  });

  it('a session that has just written reads from the primary', async () => {
    await until(async () => onStandby(await readDb()), 'on the replica');
    session.wrote = true;
    try {
      expect(await onStandby(await readDb())).toBe(false);
    } finally {
      session.wrote = false;
    }
  });
});
