import 'server-only';
import { db } from '@/lib/server/db';

/**
 * The hourly `maintenance.prune` job: rate-limit windows older than a day and reset links that
 * expired a week ago are of no use to anyone (the audit log keeps what happened).
 */
export async function pruneExpired(now = new Date()) {
  const [buckets, resets] = await Promise.all([
    db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 86_400_000) } } }),
    db.passwordReset.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 7 * 86_400_000) } } }),
  ]);
  return { buckets: buckets.count, resets: resets.count };
}
