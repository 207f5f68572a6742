import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { db, dbPool } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { metrics } from './log';

/**
 * 'unset' without METRICS_TOKEN (the route is not served), 'ok' with
 * `Authorization: Bearer <METRICS_TOKEN>`, else 'refused'.
 */
export function metricsAccess(authorization: string | null): 'unset' | 'ok' | 'refused' {
  if (!env.METRICS_TOKEN) return 'unset';
  if (!authorization?.startsWith('Bearer ')) return 'refused';
  const given = Buffer.from(authorization.slice(7));
  const wanted = Buffer.from(env.METRICS_TOKEN);
  return given.length === wanted.length && timingSafeEqual(given, wanted) ? 'ok' : 'refused';
}

/** The Prometheus text: the counters kept as they happen, and the gauges read now. */
export async function metricsText() {
  const m = metrics();
  // The queue is shared: every instance reports the same depth (take max, not sum, across them).
  try {
    const rows = await db.$queryRaw<{ name: string; state: string; jobs: number }[]>`
      select name, state::text as state, count(*)::int as jobs from pgboss.job
      where state in ('created', 'retry', 'active', 'failed') group by name, state`;
    m.jobQueueDepth.reset();
    for (const row of rows) m.jobQueueDepth.set({ queue: row.name, state: row.state }, row.jobs);
  } catch {
    // pg-boss not installed yet: no depth to report.
  }
  const pool = dbPool();
  if (pool) {
    m.dbPool.set({ state: 'total' }, pool.totalCount);
    m.dbPool.set({ state: 'idle' }, pool.idleCount);
    m.dbPool.set({ state: 'waiting' }, pool.waitingCount);
  }
  return { body: await m.registry.metrics(), contentType: m.registry.contentType };
}
