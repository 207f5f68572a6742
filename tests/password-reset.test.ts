import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { signUp } from '@/lib/accounts/accounts';
import { requestPasswordReset, resetPassword, RESET_REQUESTED_MESSAGE } from '@/lib/accounts/password-reset';
import { checkSignIn } from '@/lib/auth/sign-in';
import { RateLimited } from '@/lib/security/rate-limit';
import { DomainError } from '@/lib/server/action';
import { ZodError } from 'zod';
import { demoActor, uniqueEmail } from './support/actors';
import { listOutbox } from '@/lib/mail/outbox';

async function linkFor(email: string) {
  const mail = await db.outboundEmail.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: 'desc' },
  });
  return new URL(mail.body.match(/https?:\/\/\S+/)![0]);
}

async function newAccount() {
  const email = uniqueEmail();
  await signUp({ name: 'Uji Sandi', email, password: 'SandiLama123', role: 'SHOPPER' }, `ip-${email}`);
  return email;
}

describe('password reset', () => {
  it('answers the same for an unknown email and sends nothing', async () => {
    const email = uniqueEmail();
    expect(await requestPasswordReset({ email }, 'ip-r1', 'http://etalase.test')).toEqual({
      message: RESET_REQUESTED_MESSAGE,
    });
    expect(await db.outboundEmail.count({ where: { to: email } })).toBe(0);
  });

  it('mails a one-hour link whose token is stored only as a hash, and the link sets a new password once', async () => {
    const email = await newAccount();
    expect(
      (await requestPasswordReset({ email: email.toUpperCase() }, 'ip-r2', 'http://etalase.test')).message,
    ).toBe(RESET_REQUESTED_MESSAGE);
    const link = await linkFor(email);
    expect(link.origin + link.pathname).toBe('http://etalase.test/atur-ulang-sandi');
    const token = link.searchParams.get('token')!;
    const stored = await db.passwordReset.findFirstOrThrow({ where: { user: { email } } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(59 * 60_000);

    // A weak password is refused and the link stays usable.
    await expect(resetPassword({ token, password: 'pendek' }, 'ip-r2')).rejects.toBeInstanceOf(ZodError);
    expect((await db.passwordReset.findUniqueOrThrow({ where: { id: stored.id } })).usedAt).toBeNull();

    await resetPassword({ token, password: 'SandiBaru456' }, 'ip-r2');
    expect(await checkSignIn(db, { email, password: 'SandiBaru456' }, { ip: 'ip-r2s' }, 5)).toMatchObject({
      ok: true,
    });
    expect(await checkSignIn(db, { email, password: 'SandiLama123' }, { ip: 'ip-r2s' }, 5)).toEqual({
      ok: false,
      reason: 'credentials',
    });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).passwordChangedAt).not.toBeNull();

    // The used link is no longer readable in the outbox.
    expect((await db.outboundEmail.findFirstOrThrow({ where: { to: email } })).body).not.toContain(token);

    const again = await resetPassword({ token, password: 'SandiKetiga789' }, 'ip-r2').catch((e) => e);
    expect(again).toBeInstanceOf(DomainError);
    expect(again.fieldErrors.token[0]).toContain('Minta tautan baru');
    expect(await checkSignIn(db, { email, password: 'SandiBaru456' }, { ip: 'ip-r2t' }, 5)).toMatchObject({
      ok: true,
    });
  });

  it('refuses an expired link, a made-up token, and an older link once a newer one was used', async () => {
    const email = await newAccount();
    await requestPasswordReset({ email }, 'ip-r3', 'http://etalase.test');
    const first = (await linkFor(email)).searchParams.get('token')!;
    await requestPasswordReset({ email }, 'ip-r3', 'http://etalase.test');
    const second = (await linkFor(email)).searchParams.get('token')!;
    await resetPassword({ token: second, password: 'SandiBaru456' }, 'ip-r3');
    await expect(resetPassword({ token: first, password: 'SandiLain789x' }, 'ip-r3')).rejects.toBeInstanceOf(
      DomainError,
    );
    await expect(
      resetPassword({ token: 'A'.repeat(43), password: 'SandiLain789x' }, 'ip-r3'),
    ).rejects.toBeInstanceOf(DomainError);

    const other = await newAccount();
    await requestPasswordReset({ email: other }, 'ip-r3b', 'http://etalase.test');
    const token = (await linkFor(other)).searchParams.get('token')!;
    await db.passwordReset.updateMany({
      where: { user: { email: other } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(resetPassword({ token, password: 'SandiLain789x' }, 'ip-r3b')).rejects.toBeInstanceOf(
      DomainError,
    );
  });

  it('limits requests per email (registered or not) and per IP, answering with when to retry', async () => {
    const email = await newAccount();
    for (let i = 0; i < 3; i++) await requestPasswordReset({ email }, `ip-r4-${i}`, 'http://etalase.test');
    const limited = await requestPasswordReset({ email }, 'ip-r4-x', 'http://etalase.test').catch((e) => e);
    expect(limited).toBeInstanceOf(RateLimited);
    expect(limited.retryAfterSeconds).toBeGreaterThan(0);
    // Three reset links, besides the welcome email the sign-up sent.
    expect(await db.outboundEmail.count({ where: { to: email, subject: { contains: 'Atur ulang' } } })).toBe(
      3,
    );

    for (let i = 0; i < 10; i++)
      await requestPasswordReset({ email: uniqueEmail() }, 'ip-r4-spray', 'http://etalase.test');
    await expect(
      requestPasswordReset({ email: uniqueEmail() }, 'ip-r4-spray', 'http://etalase.test'),
    ).rejects.toBeInstanceOf(RateLimited);
  });

  it('shows the Dinas admin only the last hour’s message texts, and records every look', async () => {
    const to = uniqueEmail();
    await db.outboundEmail.create({
      data: { to, subject: 'Lama', body: 'tautan lama', createdAt: new Date(Date.now() - 2 * 3_600_000) },
    });
    await db.outboundEmail.create({ data: { to, subject: 'Baru', body: 'tautan baru' } });
    const admin = await demoActor('DINAS_ADMIN');
    const looksBefore = await db.auditLog.count({ where: { action: 'mail.outbox.view', actorId: admin.id } });
    const shown = (await listOutbox(admin, { to })).filter((e) => e.to === to);
    expect(shown.map((e) => [e.subject, e.body])).toEqual([
      ['Baru', 'tautan baru'],
      ['Lama', null],
    ]);
    expect(await db.auditLog.count({ where: { action: 'mail.outbox.view', actorId: admin.id } })).toBe(
      looksBefore + 1,
    );
  });
});
