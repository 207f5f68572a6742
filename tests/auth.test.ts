import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { checkSignIn } from '@/lib/auth/sign-in';
import { createStaffAccount, signUp } from '@/lib/accounts/accounts';
import { AccessDenied } from '@/lib/auth/actor';
import { demoAccounts } from '@/prisma/seed/demo-accounts';
import { demoActor, uniqueEmail } from './support/actors';
import { z } from 'zod';

describe('sign-in', () => {
  it('accepts each demo account with its role', async () => {
    for (const [role, account] of Object.entries(demoAccounts)) {
      const result = await checkSignIn(
        db,
        { email: account.email, password: account.password },
        `ip-ok-${role}`,
        5,
      );
      expect(result).toMatchObject({ ok: true, user: { role } });
    }
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const wrong = await checkSignIn(
      db,
      { email: demoAccounts.SHOPPER.email, password: 'salah-sekali-1' },
      'ip-a',
      5,
    );
    const unknown = await checkSignIn(
      db,
      { email: 'nobody@test.local', password: 'salah-sekali-1' },
      'ip-a',
      5,
    );
    expect(wrong).toEqual({ ok: false, reason: 'credentials' });
    expect(unknown).toEqual({ ok: false, reason: 'credentials' });
  });

  it('locks an account after repeated failures, even with the right password, from any IP', async () => {
    const email = uniqueEmail();
    await signUp({ name: 'Uji Batas', email, password: 'RahasiaSekali1', role: 'SHOPPER' });
    for (let i = 0; i < 3; i++) await checkSignIn(db, { email, password: 'keliru-terus-1' }, `ip-${i}`, 3);
    const locked = await checkSignIn(db, { email, password: 'RahasiaSekali1' }, 'ip-fresh', 3);
    expect(locked).toEqual({ ok: false, reason: 'rateLimited' });
  });

  it('limits one IP that tries many accounts', async () => {
    for (let i = 0; i < 12; i++)
      await checkSignIn(db, { email: uniqueEmail(), password: 'keliru-terus-1' }, 'ip-spray', 3);
    const result = await checkSignIn(
      db,
      { email: demoAccounts.SHOPPER.email, password: demoAccounts.SHOPPER.password },
      'ip-spray',
      3,
    );
    expect(result).toEqual({ ok: false, reason: 'rateLimited' });
  });
});

describe('sign-up and staff accounts', () => {
  it('lets shoppers and owners sign up, not staff roles', async () => {
    const owner = await signUp({
      name: 'Pemilik Baru',
      email: uniqueEmail(),
      password: 'RahasiaSekali1',
      role: 'MSME_OWNER',
    });
    expect(owner.role).toBe('MSME_OWNER');
    await expect(
      signUp({ name: 'Nakal', email: uniqueEmail(), password: 'RahasiaSekali1', role: 'DINAS_ADMIN' }),
    ).rejects.toBeInstanceOf(z.ZodError);
  });

  it('gives field errors in Bahasa Indonesia and writes nothing', async () => {
    const before = await db.user.count();
    const error = await signUp({
      name: 'A',
      email: 'bukan-email',
      password: 'pendek',
      role: 'SHOPPER',
    }).catch((e) => e);
    expect(error).toBeInstanceOf(z.ZodError);
    const messages = (error as z.ZodError).issues.map((i) => i.message).join(' ');
    expect(messages).toMatch(/Nama minimal 2 karakter/);
    expect(messages).toMatch(/Format email tidak valid/);
    expect(messages).toMatch(/Kata sandi minimal 10 karakter/);
    expect(await db.user.count()).toBe(before);
  });

  it('refuses a duplicate email', async () => {
    await expect(
      signUp({
        name: 'Dobel',
        email: demoAccounts.SHOPPER.email,
        password: 'RahasiaSekali1',
        role: 'SHOPPER',
      }),
    ).rejects.toThrow(/sudah terdaftar/);
  });

  it('lets only a Dinas admin create OPD staff, and records it in the audit log', async () => {
    const opd = await db.opd.findUniqueOrThrow({ where: { code: 'DISHUB' } });
    const input = {
      name: 'Staf Dishub',
      email: uniqueEmail(),
      password: 'RahasiaSekali1',
      role: 'OPD_STAFF',
      opdId: opd.id,
    };
    for (const role of ['SHOPPER', 'MSME_OWNER', 'OPD_STAFF'] as const) {
      await expect(createStaffAccount(await demoActor(role), input)).rejects.toBeInstanceOf(AccessDenied);
    }
    await expect(createStaffAccount(null, input)).rejects.toMatchObject({ status: 401 });
    const created = await createStaffAccount(await demoActor('DINAS_ADMIN'), input);
    expect(created.opdId).toBe(opd.id);
    expect(await db.auditLog.count({ where: { action: 'user.create', entityId: created.id } })).toBe(1);
  });

  it('requires an OPD for OPD staff', async () => {
    const input = { name: 'Tanpa OPD', email: uniqueEmail(), password: 'RahasiaSekali1', role: 'OPD_STAFF' };
    await expect(createStaffAccount(await demoActor('DINAS_ADMIN'), input)).rejects.toThrow(/Pilih OPD/);
  });
});

describe('audit log', () => {
  it('is append-only at the database', async () => {
    const entry = await db.auditLog.findFirstOrThrow();
    await expect(
      db.auditLog.update({ where: { id: entry.id }, data: { action: 'changed' } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
  });
});

describe('sign-up limits', () => {
  it('refuses an eleventh sign-up from one address within the hour, saying when to retry', async () => {
    const { RateLimited } = await import('@/lib/security/rate-limit');
    for (let i = 0; i < 10; i++)
      await signUp(
        { name: `Pembeli ${i}`, email: uniqueEmail(), password: 'RahasiaSekali1', role: 'SHOPPER' },
        'ip-signup-burst',
      );
    const error = await signUp(
      { name: 'Pembeli 11', email: uniqueEmail(), password: 'RahasiaSekali1', role: 'SHOPPER' },
      'ip-signup-burst',
    ).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimited);
    expect(error.message).toMatch(/Coba lagi dalam \d+ menit/);
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
  });
});
