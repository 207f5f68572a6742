import 'server-only';
import crypto from 'node:crypto';
import PgBoss from 'pg-boss';
import type { Tx } from '@/lib/db/client';
import { env } from '@/lib/server/env';
import { currentRequestId, log } from '@/lib/observability/log';

// Background work runs on pg-boss, a job queue in the app's own PostgreSQL (decision 016): jobs
// are rows, so they are enqueued in the same transaction as the change that causes them, survive
// a crash, and several app instances share them (SKIP LOCKED; schedules fire once).

export const queues = {
  /** send one OutboundEmail (data: { emailId }) */ mail: 'mail.send',
  /** every minute: release abandoned checkouts and unpaid transfers */ shopRelease: 'shop.release',
  /** every ten minutes: remind invitees 12 hours before an RFQ deadline */ rfqReminders: 'rfq.reminders',
  /** hourly: drop old rate-limit windows and long-expired reset links */ prune: 'maintenance.prune',
  /** every 15 minutes: the catalog's words for "maksud Anda" */ catalogWords: 'catalog.words',
} as const;
export type QueueName = (typeof queues)[keyof typeof queues];

/** Retries with exponential backoff; a job that keeps failing stays visible as failed. */
export const jobDefaults = {
  retryLimit: 8,
  retryDelay: 30,
  retryBackoff: true,
  // A worker that dies mid-job: the job is retried once this expires.
  expireInSeconds: 120,
} satisfies PgBoss.SendOptions;

// A send takes seconds: a worker that died mid-send has its message retried after half a minute.
const mailExpiry = { expireInSeconds: 30 };

const globalForBoss = globalThis as unknown as { boss?: Promise<PgBoss> };

/** The process's pg-boss client, started (its schema installed or migrated) on first use. */
export function jobQueue(): Promise<PgBoss> {
  globalForBoss.boss ??= (async () => {
    if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set');
    const boss = new PgBoss({
      connectionString: env.DATABASE_URL,
      max: 4,
      schedule: env.JOBS_WORKER === 'on',
      supervise: env.JOBS_WORKER === 'on',
      maintenanceIntervalSeconds: 30,
    });
    boss.on('error', (error) => log().error({ err: error }, 'job queue error'));
    await boss.start();
    for (const name of Object.values(queues)) {
      // Several processes starting at once on a new database (instances, a worker and a producer)
      // race to create the same queue: the loser's error is harmless once the queue exists, and a
      // deadlock between two creators (seen with two instances, e2e-cluster) is tried again.
      for (let attempt = 1; ; attempt++) {
        try {
          await boss.createQueue(name, { name, ...jobDefaults, ...(name === queues.mail ? mailExpiry : {}) });
          break;
        } catch (error) {
          if (await boss.getQueue(name)) break;
          if (attempt === 5) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400 * attempt));
        }
      }
    }
    return boss;
  })();
  return globalForBoss.boss;
}

/** A stable job id for an idempotency key: enqueuing the same key twice adds one job. */
export function jobIdFor(key: string) {
  const hex = crypto.createHash('sha256').update(key).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Enqueues a job inside `tx`: it exists if and only if the transaction commits. The job carries the
 * id of the request that queued it, so its log lines join the request's (lib/jobs/worker.ts).
 */
export async function enqueue(tx: Tx, name: QueueName, data: object, key: string) {
  const boss = await jobQueue();
  const requestId = currentRequestId();
  await boss.send(name, requestId ? { ...data, requestId } : data, {
    ...jobDefaults,
    ...(name === queues.mail ? mailExpiry : {}),
    id: jobIdFor(key),
    db: {
      executeSql: async (text: string, values: unknown[]) => ({
        rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values),
      }),
    },
  });
}

/** Stops this process's client (tests, shutdown). */
export async function stopJobQueue() {
  const boss = globalForBoss.boss;
  globalForBoss.boss = undefined;
  if (boss) await (await boss).stop({ graceful: true, wait: true, timeout: 5000 });
}
