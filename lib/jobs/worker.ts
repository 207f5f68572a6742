import 'server-only';
import { deliverEmail } from '@/lib/mail/transport';
import { releaseExpiredCheckouts } from '@/lib/shop/checkout';
import { releaseUnpaidTransfers } from '@/lib/shop/transfer';
import { sendRfqReminders } from '@/lib/procurement/reminders';
import { jobQueue, queues } from './queue';
import { pruneExpired } from './prune';
import { refreshCatalogWordsIfChanged } from '@/lib/catalog/catalog-words';
import { log, metrics, withRequestContext } from '@/lib/observability/log';

const mailBatchSize = 10;
const failure = (reason: unknown) => ({ message: reason instanceof Error ? reason.message : String(reason) });

type Job = { id: string; name: string; data: unknown };

/**
 * Runs one job inside the context of the request that queued it (its log lines carry that
 * request's id; a scheduled job gets an id of its own), logs its outcome and counts it.
 */
async function runJob<T>(job: Job, work: () => Promise<T>): Promise<T> {
  const queued = (job.data as { requestId?: unknown } | null)?.requestId;
  const requestId = typeof queued === 'string' ? queued : `job-${job.id}`;
  return withRequestContext({ requestId, job: `${job.name}/${job.id}` }, async () => {
    const started = Date.now();
    try {
      const result = await work();
      metrics().jobs.inc({ queue: job.name, outcome: 'done' });
      log().info({ queue: job.name, ms: Date.now() - started }, 'job done');
      return result;
    } catch (error) {
      metrics().jobs.inc({ queue: job.name, outcome: 'failed' });
      log().warn({ queue: job.name, error: failure(error).message }, 'job failed; pg-boss retries it');
      throw error;
    }
  });
}

/** A pg-boss handler (one job per call) that runs each job through runJob. */
const each =
  (work: () => Promise<unknown>) =>
  async (jobs: Job[]): Promise<void> => {
    for (const job of jobs) await runJob(job, work);
  };

const globalForWorker = globalThis as unknown as { workerStarted?: boolean };

/**
 * Starts this process's workers and the schedules (pg-boss fires a schedule once across every
 * instance). Called from instrumentation.ts when the app starts; idempotent.
 */
export async function startWorker() {
  if (globalForWorker.workerStarted) return;
  globalForWorker.workerStarted = true;
  const boss = await jobQueue();
  // Up to ten messages at once over pooled SMTP connections. Each job succeeds or fails on its
  // own: a failed send is marked failed (and retried with backoff) here, so completing the batch
  // afterwards touches only the jobs that were sent. pg-boss waits its polling interval after every
  // fetch; a full batch means more are waiting, so the worker is woken to fetch again at once
  // (a program admitting 300 UMKM would otherwise take ten minutes to tell them).
  let mailWorkerId = '';
  mailWorkerId = await boss.work<{ emailId: string }>(
    queues.mail,
    { batchSize: mailBatchSize, pollingIntervalSeconds: 2 },
    async (jobs) => {
      const results = await Promise.allSettled(
        jobs.map((job) => runJob(job, () => deliverEmail(job.data.emailId))),
      );
      for (const [index, result] of results.entries())
        if (result.status === 'rejected')
          await boss.fail(queues.mail, jobs[index].id, failure(result.reason));
      if (jobs.length === mailBatchSize && mailWorkerId) boss.notifyWorker(mailWorkerId);
    },
  );
  await boss.work(
    queues.shopRelease,
    each(async () => {
      await releaseExpiredCheckouts();
      await releaseUnpaidTransfers();
    }),
  );
  await boss.work(queues.rfqReminders, each(sendRfqReminders));
  await boss.work(queues.prune, each(pruneExpired));
  await boss.work(queues.catalogWords, each(refreshCatalogWordsIfChanged));
  await boss.schedule(queues.shopRelease, '* * * * *', {}, { tz: 'Asia/Jakarta' });
  await boss.schedule(queues.catalogWords, '*/15 * * * *', {}, { tz: 'Asia/Jakarta' });
  await boss.schedule(queues.prune, '17 * * * *', {}, { tz: 'Asia/Jakarta' });
  await boss.schedule(queues.rfqReminders, '*/10 * * * *', {}, { tz: 'Asia/Jakarta' });
}
