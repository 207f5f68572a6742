import 'server-only';
import { deliverEmail } from '@/lib/mail/transport';
import { releaseExpiredCheckouts } from '@/lib/shop/checkout';
import { releaseUnpaidTransfers } from '@/lib/shop/transfer';
import { sendRfqReminders } from '@/lib/procurement/reminders';
import { jobQueue, queues } from './queue';
import { pruneExpired } from './prune';

const globalForWorker = globalThis as unknown as { workerStarted?: boolean };

/**
 * Starts this process's workers and the schedules (pg-boss fires a schedule once across every
 * instance). Called from instrumentation.ts when the app starts; idempotent.
 */
export async function startWorker() {
  if (globalForWorker.workerStarted) return;
  globalForWorker.workerStarted = true;
  const boss = await jobQueue();
  await boss.work<{ emailId: string }>(
    queues.mail,
    { batchSize: 1, pollingIntervalSeconds: 2 },
    async ([job]) => {
      await deliverEmail(job.data.emailId);
    },
  );
  await boss.work(queues.shopRelease, async () => {
    await releaseExpiredCheckouts();
    await releaseUnpaidTransfers();
  });
  await boss.work(queues.rfqReminders, async () => {
    await sendRfqReminders();
  });
  await boss.work(queues.prune, async () => {
    await pruneExpired();
  });
  await boss.schedule(queues.shopRelease, '* * * * *', {}, { tz: 'Asia/Jakarta' });
  await boss.schedule(queues.prune, '17 * * * *', {}, { tz: 'Asia/Jakarta' });
  await boss.schedule(queues.rfqReminders, '*/10 * * * *', {}, { tz: 'Asia/Jakarta' });
}
