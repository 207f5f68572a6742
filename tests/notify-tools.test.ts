// The pieces of #14 around the mail itself: WhatsApp links and the Dinas view of failed jobs.
import { describe, expect, it } from 'vitest';
import { normalizeWhatsapp, whatsappLink } from '@/lib/notify/whatsapp';
import { jobIdFor, jobQueue, queues } from '@/lib/jobs/queue';
import { retryJob, troubledJobs } from '@/lib/jobs/admin';
import { pruneExpired } from '@/lib/jobs/prune';
import { db } from '@/lib/server/db';
import { demoActor } from './support/actors';

describe('WhatsApp click-to-chat', () => {
  it('normalizes the numbers people type and refuses what is not an Indonesian mobile', () => {
    for (const typed of ['0812-3456-7890', '+62 812 3456 7890', '6281234567890', '812 3456 7890'])
      expect(normalizeWhatsapp(typed)).toBe('6281234567890');
    for (const bad of ['061 4567 890', '12', '', null, '+1 415 555 0100'])
      expect(normalizeWhatsapp(bad)).toBeNull();
    const link = whatsappLink('0812 3456 7890', 'Halo Bu Ros’ma, pesanan 0001/SP/2026 & BAST?');
    expect(link).toBe(
      `https://wa.me/6281234567890?text=${encodeURIComponent('Halo Bu Ros’ma, pesanan 0001/SP/2026 & BAST?')}`,
    );
    expect(whatsappLink('061 123', 'x')).toBeNull();
  });
});

describe('the hourly prune', () => {
  it('drops rate-limit windows older than a day and reset links expired a week ago, nothing newer', async () => {
    const now = new Date();
    const key = `prune-test:${now.getTime()}`;
    await db.rateLimitBucket.createMany({
      data: [
        { key, windowStart: new Date(now.getTime() - 2 * 86_400_000), count: 3 },
        { key, windowStart: new Date(now.getTime() - 3_600_000), count: 1 },
      ],
    });
    await pruneExpired(now);
    expect((await db.rateLimitBucket.findMany({ where: { key } })).map((b) => b.count)).toEqual([1]);
  });
});

describe('failed background jobs', () => {
  it('are listed for the Dinas admin, who can put one back in its queue', async () => {
    const boss = await jobQueue();
    const key = `failed-job-test:${Date.now()}`;
    const id = jobIdFor(key);
    await boss.send(queues.mail, { emailId: 'tidak-ada' }, { id, retryLimit: 0 });
    // As a worker that gave up would leave it: failed after its attempts.
    await db.$executeRawUnsafe(
      `UPDATE pgboss.job SET state = 'failed', retry_count = 3, output = '{"message":"connect ECONNREFUSED 127.0.0.1:25"}'::jsonb WHERE id = $1::uuid`,
      id,
    );
    const admin = await demoActor('DINAS_ADMIN');
    const listed = (await troubledJobs(admin)).find((j) => j.id === id);
    expect(listed).toMatchObject({
      name: queues.mail,
      state: 'failed',
      retryCount: 3,
      error: expect.stringMatching(/ECONNREFUSED/),
    });
    await expect(retryJob(admin, { jobId: id, queue: 'bukan.antrean' })).rejects.toMatchObject({
      name: 'ZodError',
    });
    expect(await retryJob(admin, { jobId: id, queue: queues.mail })).toMatch(/dijadwalkan ulang/);
    const [row] = await db.$queryRawUnsafe<{ state: string }[]>(
      `SELECT state::text FROM pgboss.job WHERE id = $1::uuid`,
      id,
    );
    expect(row.state).toBe('retry');
    expect(await db.auditLog.count({ where: { action: 'jobs.retry', entityId: id } })).toBe(1);
  });
});
