// Notifications and mail on the PostgreSQL job queue, against a real SMTP server in this process
// (smtp-server): what arrives, to whom, how often, also when a worker dies mid-send.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { queueEmail } from '@/lib/mail/outbox';
import { notifyUsers } from '@/lib/notify/notify';
import { jobIdFor, jobQueue, stopJobQueue } from '@/lib/jobs/queue';
import { startWorker } from '@/lib/jobs/worker';
import { sendRfq } from '@/lib/procurement/ordering';
import { candidatesForNeed } from '@/lib/procurement/candidates';
import { requestPasswordReset, resetPassword } from '@/lib/accounts/password-reset';
import { listNotifications, markAllRead, markRead, unreadCount } from '@/lib/notify/center';
import { cateringOwner, eventWithNeed, inDays } from './support/procurement';
import { newActor } from './support/actors';

type Arrived = { to: string[]; subject: string; messageId: string; raw: string };
const arrived: Arrived[] = [];
const held = new Set<string>(); // recipients whose DATA the server keeps waiting (a slow server)
const dataStarted: string[] = [];
let smtp: SMTPServer;
let smtpUrl = '';

const header = (raw: string, name: string) =>
  new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(raw)?.[1].replace(/\r?\n[ \t]/g, ' ') ?? '';

beforeAll(async () => {
  smtp = new SMTPServer({
    disableReverseLookup: true, // a reverse DNS lookup per connection costs up to 1.5 s
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((r) => r.address);
      dataStarted.push(...to);
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        if (to.some((t) => held.has(t))) return; // never answers: the sender waits mid-send
        arrived.push({ to, subject: header(raw, 'Subject'), messageId: header(raw, 'Message-ID'), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const address = smtp.server.address();
  smtpUrl = `smtp://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  (env as { SMTP_URL?: string }).SMTP_URL = smtpUrl;
}, 60_000);

afterAll(async () => {
  await stopJobQueue();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

async function until<T>(check: () => T | Promise<T>, what: string, ms = 20_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
const arrivedFor = (to: string) => arrived.filter((m) => m.to.includes(to));

describe('mail on the job queue', () => {
  it('delivers each message exactly once when the worker is killed mid-send and another takes over', async () => {
    const to = `tewas-${Date.now()}@test.local`;
    held.add(to);
    const key = `mail:kill-test:${to}`;
    await db.$transaction((tx) => queueEmail(tx, { to, subject: 'Uji pekerja mati', body: 'Halo', key }));
    const child = spawn(
      process.execPath,
      [
        '--require',
        './tests/support/server-only-stub.cjs',
        '--import',
        'tsx',
        'tests/support/mail-worker.ts',
      ],
      {
        cwd: path.resolve(__dirname, '..'),
        env: { ...process.env, SMTP_URL: smtpUrl, JOBS_WORKER: 'off' },
        stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      },
    );
    try {
      // Starting a Node process with the whole lib/ takes a while on a busy machine.
      await until(() => dataStarted.includes(to), 'the child worker to start sending', 120_000);
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null)));
      // The dead connection's end arrives after the kill; only then does the server answer again.
      await new Promise((r) => setTimeout(r, 500));
      held.delete(to);
    }
    expect(arrivedFor(to)).toHaveLength(0);
    // The job is still "active" for the dead worker; once its expiry passes (30 s, moved here so
    // the test need not wait) the queue hands it to a live worker.
    const boss = await jobQueue();
    const id = jobIdFor(key);
    await db.$executeRawUnsafe(
      `UPDATE pgboss.job SET started_on = now() - interval '10 minutes' WHERE id = $1::uuid AND state = 'active'`,
      id,
    );
    await boss.expire();
    await db.$executeRawUnsafe(`UPDATE pgboss.job SET start_after = now() WHERE id = $1::uuid`, id);
    await startWorker();
    await until(() => arrivedFor(to).length > 0, 'the retried message', 60_000);
    await new Promise((r) => setTimeout(r, 3000));
    expect(arrivedFor(to)).toHaveLength(1);
    const row = await db.outboundEmail.findUniqueOrThrow({ where: { key } });
    expect(row.sentAt).not.toBeNull();
    expect(arrivedFor(to)[0].messageId).toBe(`<${row.id}@etalase-umkm.medan.go.id>`);
  }, 240_000);

  it('sends an RFQ to each invited UMKM once, with the deadline and a link to it', async () => {
    await startWorker();
    const { staff, needId } = await eventWithNeed({ paguIdr: 50_000_000, quantity: 100 });
    const [first] = (await candidatesForNeed(staff, needId)).filter((c) => c.fits);
    const owner = await cateringOwner(first.msmeId);
    const before = await unreadCount(owner);
    const rfq = await sendRfq(staff, needId, { msmeIds: [first.msmeId], deadline: inDays(5) });
    // The same owner also gets mail from other test files' requests: this RFQ's is found by its link.
    const forThisRfq = () => arrivedFor(owner.email).filter((m) => m.raw.includes(`#rfq-${rfq.id}`));
    const mail = await until(() => forThisRfq()[0], 'the RFQ email', 60_000);
    expect(mail.subject).toMatch(/Permintaan penawaran dari Dinas Komunikasi dan Informatika/);
    expect(mail.raw).toMatch(/Batas penawaran/);
    await new Promise((r) => setTimeout(r, 3000));
    expect(forThisRfq()).toHaveLength(1);
    // In the app: the count rises, the notification links to the RFQ, and reading it lowers the count.
    expect(await unreadCount(owner)).toBe(before + 1);
    const [latest] = await listNotifications(owner, 'en');
    expect(latest).toMatchObject({ kind: 'rfq.received', link: `/umkm/pengadaan#rfq-${rfq.id}` });
    expect(latest.title).toMatch(/^Request for quotation from/);
    expect(await markRead(owner, latest.id)).toBe(latest.link);
    expect(await unreadCount(owner)).toBe(before);
    await markAllRead(owner);
    expect(await unreadCount(owner)).toBe(0);
    await expect(markRead(await newActor('SHOPPER'), latest.id)).rejects.toMatchObject({ status: 404 });
  }, 120_000);

  it('sends a password-reset email whose link sets a new password', async () => {
    await startWorker();
    const user = await newActor('SHOPPER');
    await requestPasswordReset({ email: user.email }, '10.9.8.7', 'http://localhost:3000');
    const mail = await until(() => arrivedFor(user.email)[0], 'the reset email', 60_000);
    const text = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    const token = /atur-ulang-sandi\?token=([\w-]{43})/.exec(text)?.[1];
    expect(token).toBeTruthy();
    await resetPassword({ token, password: 'Sandi-Baru#2026-Medan' }, '10.9.8.7');
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).not.toBe('x');
  }, 120_000);

  it('sends nothing for a change that rolls back, and one message per key however often it is queued', async () => {
    await startWorker();
    const user = await newActor('MSME_OWNER');
    await expect(
      db.$transaction(async (tx) => {
        await notifyUsers(tx, [user.id], {
          kind: 'registration.verified',
          params: { msme: 'Usaha Batal' },
          link: '/umkm/profil',
          key: 'rollback-test',
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    for (let n = 0; n < 3; n++)
      await db.$transaction((tx) =>
        notifyUsers(tx, [user.id], {
          kind: 'registration.verified',
          params: { msme: 'Usaha Jadi' },
          link: '/umkm/profil',
          key: `twice-test:${user.id}`,
        }),
      );
    await until(() => arrivedFor(user.email).length > 0, 'the committed message', 60_000);
    await new Promise((r) => setTimeout(r, 3000));
    expect(arrivedFor(user.email).map((m) => m.subject)).toEqual([
      'Usaha Jadi terverifikasi sebagai UMKM binaan',
    ]);
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(1);
  }, 120_000);

  it('emails only the kinds a person keeps on', async () => {
    await startWorker();
    const user = await newActor('MSME_OWNER');
    await db.user.update({ where: { id: user.id }, data: { emailMuted: ['registration.verified'] } });
    await db.$transaction((tx) =>
      notifyUsers(tx, [user.id], {
        kind: 'registration.verified',
        params: { msme: 'Usaha Senyap' },
        link: '/umkm/profil',
        key: `muted:${user.id}`,
      }),
    );
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.outboundEmail.count({ where: { to: user.email } })).toBe(0);
  });
});
