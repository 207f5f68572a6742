import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { jobQueue, queues } from './queue';

/** Jobs that used up their retries (or are still retrying after failures), for the Dinas admin. */
export async function troubledJobs(actor: Actor | null) {
  authorize(actor, ['DINAS_ADMIN']);
  await jobQueue(); // the queue's tables exist once it has started
  return db.$queryRaw<
    { id: string; name: string; state: string; retryCount: number; error: string | null; createdOn: Date }[]
  >`SELECT id::text, name, state::text, retry_count AS "retryCount", output->>'message' AS error, created_on AS "createdOn"
    FROM pgboss.job WHERE state IN ('failed', 'retry') AND retry_count > 0
    ORDER BY created_on DESC LIMIT 50`;
}

export const retrySchema = z.object({
  jobId: z.uuid('Pekerjaan tidak dikenal.'),
  queue: z.enum(Object.values(queues) as [string, ...string[]], { error: 'Antrean tidak dikenal.' }),
});

/** Puts a failed job back in its queue (audited). */
export async function retryJob(actor: Actor | null, input: unknown) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const { jobId, queue } = retrySchema.parse(input);
  const boss = await jobQueue();
  const job = await boss.getJobById(queue, jobId);
  if (!job) throw new DomainError('Pekerjaan tidak ditemukan.', undefined, 404);
  await boss.retry(queue, jobId);
  await db.$transaction((tx) =>
    audit(tx, admin, { action: 'jobs.retry', entityType: 'Job', entityId: jobId, after: { queue } }),
  );
  return 'Pekerjaan dijadwalkan ulang.';
}
