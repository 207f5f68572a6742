// Fixed-window counters in PostgreSQL, so limits hold across processes and restarts.
import type { Db, Tx } from '@/lib/db/client';

export type Limit = { key: string; max: number; windowSeconds: number };

function windowStart(windowSeconds: number, now = Date.now()) {
  return new Date(Math.floor(now / (windowSeconds * 1000)) * windowSeconds * 1000);
}

/** Seconds until the caller may try again, or 0 when under the limit. Does not count. */
export async function retryAfter(db: Db | Tx, limit: Limit): Promise<number> {
  const start = windowStart(limit.windowSeconds);
  const bucket = await db.rateLimitBucket.findUnique({
    where: { key_windowStart: { key: limit.key, windowStart: start } },
  });
  if (!bucket || bucket.count < limit.max) return 0;
  return Math.max(1, Math.ceil((start.getTime() + limit.windowSeconds * 1000 - Date.now()) / 1000));
}

export async function countHit(db: Db | Tx, limit: Limit) {
  const start = windowStart(limit.windowSeconds);
  await db.$executeRaw`insert into "RateLimitBucket" ("key", "windowStart", "count") values (${limit.key}, ${start}, 1)
    on conflict ("key", "windowStart") do update set "count" = "RateLimitBucket"."count" + 1`;
}

/** Counts one attempt and refuses (429, with when to retry) once the limit is reached. */
export async function enforceLimit(db: Db, limit: Limit, what: string) {
  const wait = await retryAfter(db, limit);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    throw new RateLimited(`Terlalu banyak ${what}. Coba lagi dalam ${minutes} menit.`, wait);
  }
  await countHit(db, limit);
}

export class RateLimited extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = 'RateLimited';
  }
}

export async function clearHits(db: Db | Tx, key: string) {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
