import { describe, expect, it } from 'vitest';
import { signUpAction } from '@/app/daftar/actions';
import { clientIp, PEER_HEADER } from '@/lib/security/client-ip';
import { deviceIdFor, issueDeviceToken } from '@/lib/auth/device-cookie';
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
        { ip: `ip-ok-${role}` },
        5,
      );
      expect(result).toMatchObject({ ok: true, user: { role } });
    }
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const wrong = await checkSignIn(
      db,
      { email: demoAccounts.SHOPPER.email, password: 'salah-sekali-1' },
      { ip: 'ip-a' },
      5,
    );
    const unknown = await checkSignIn(
      db,
      { email: 'nobody@test.local', password: 'salah-sekali-1' },
      { ip: 'ip-a' },
      5,
    );
    expect(wrong).toEqual({ ok: false, reason: 'credentials' });
    expect(unknown).toEqual({ ok: false, reason: 'credentials' });
  });

  // The limits of docs/decisions/010: one attacker cannot lock the owner out.
  it('locks out the failing client, not the owner signing in from elsewhere', async () => {
    const email = uniqueEmail();
    await signUp({ name: 'Uji Batas', email, password: 'RahasiaSekali1', role: 'SHOPPER' });
    for (let i = 0; i < 3; i++)
      await checkSignIn(db, { email, password: 'keliru-terus-1' }, { ip: 'ip-attacker' }, 3);
    // The attacker is locked out of this account, even with the right password…
    expect(
      await checkSignIn(db, { email, password: 'RahasiaSekali1' }, { ip: 'ip-attacker' }, 3),
    ).toMatchObject({
      ok: false,
      reason: 'rateLimited',
    });
    // …and the owner, from a client that has not been failing, still gets in.
    expect(await checkSignIn(db, { email, password: 'RahasiaSekali1' }, { ip: 'ip-owner' }, 3)).toMatchObject(
      {
        ok: true,
      },
    );
  });

  it('stops a distributed attack on one account, but not the device its owner signed in on before', async () => {
    const email = uniqueEmail();
    await signUp({ name: 'Uji Sebar', email, password: 'RahasiaSekali1', role: 'SHOPPER' });
    // 3 failures from each of 10 addresses: the account-wide limit (10 × 3) is reached.
    for (let i = 0; i < 30; i++)
      await checkSignIn(db, { email, password: 'keliru-terus-1' }, { ip: `ip-botnet-${i % 10}` }, 3);
    expect(await checkSignIn(db, { email, password: 'RahasiaSekali1' }, { ip: 'ip-new' }, 3)).toMatchObject({
      reason: 'rateLimited',
    });
    expect(
      await checkSignIn(
        db,
        { email, password: 'RahasiaSekali1' },
        { ip: 'ip-new', deviceId: 'known-device' },
        3,
      ),
    ).toMatchObject({ ok: true });
  });

  it('limits one IP that tries many accounts', async () => {
    for (let i = 0; i < 60; i++)
      await checkSignIn(db, { email: uniqueEmail(), password: 'keliru-terus-1' }, { ip: 'ip-spray' }, 3);
    const result = await checkSignIn(
      db,
      { email: demoAccounts.SHOPPER.email, password: demoAccounts.SHOPPER.password },
      { ip: 'ip-spray' },
      3,
    );
    expect(result).toMatchObject({ ok: false, reason: 'rateLimited' });
    expect((result as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('device cookies', () => {
  it('name one account and cannot be forged or moved to another', () => {
    const token = issueDeviceToken('a@test.local', 'secret-secret-secret-secret-secret!');
    expect(deviceIdFor('a@test.local', token, 'secret-secret-secret-secret-secret!')).toBeTruthy();
    expect(deviceIdFor('b@test.local', token, 'secret-secret-secret-secret-secret!')).toBeNull();
    expect(deviceIdFor('a@test.local', token, 'another-secret-another-secret-12')).toBeNull();
    expect(
      deviceIdFor('a@test.local', `${token.split('.')[0]}.forged`, 'secret-secret-secret-secret-secret!'),
    ).toBeNull();
  });
});

describe('client addresses', () => {
  const headers = (xff?: string, peer = '203.0.113.9') =>
    new Headers({ ...(xff ? { 'x-forwarded-for': xff } : {}), [PEER_HEADER]: peer });

  it('ignore X-Forwarded-For unless proxies are trusted, and then skip only those hops', () => {
    expect(clientIp(headers('1.1.1.1'), 0)).toBe('203.0.113.9');
    expect(clientIp(headers('6.6.6.6, 198.51.100.4'), 1)).toBe('198.51.100.4');
    expect(clientIp(headers('6.6.6.6, 198.51.100.4, 10.0.0.2'), 2)).toBe('198.51.100.4');
    expect(clientIp(headers(undefined, '::ffff:198.51.100.7'), 0)).toBe('198.51.100.7');
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.1.1.1' }), 0)).toBe('local');
  });

  it('keep an IPv6 client to its /64, so rotating addresses inside it escapes nothing', () => {
    expect(clientIp(headers(undefined, '2001:db8:abcd:12:1::7'), 0)).toBe('2001:db8:abcd:12::/64');
    expect(clientIp(headers(undefined, '2001:db8:abcd:12:ffff:1:2:3'), 0)).toBe('2001:db8:abcd:12::/64');
    expect(clientIp(headers(undefined, '::1'), 0)).toBe('0:0:0:0::/64');
  });

  it('ignore a client-sent peer header when the front door is not loaded', () => {
    process.env.ETALASE_FRONT_DOOR = '';
    expect(clientIp(headers(), 0)).toBe('local');
    process.env.ETALASE_FRONT_DOOR = '1';
  });

  it('a malformed device cookie is no device, not an error', async () => {
    const { signInClient } = await import('@/lib/auth/sign-in-client');
    const client = signInClient(
      new Headers({ cookie: 'umkm_device=%E0', [PEER_HEADER]: '203.0.113.9' }),
      'a@b.id',
    );
    expect(client).toEqual({ ip: '203.0.113.9', deviceId: null });
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
    expect(owner?.role).toBe('MSME_OWNER');
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

  it('answers a taken email as it answers a new one, and tells the address owner by email', async () => {
    const email = demoAccounts.SHOPPER.email;
    const before = await db.outboundEmail.count({ where: { to: email } });
    const hash = (await db.user.findUniqueOrThrow({ where: { email } })).passwordHash;
    const again = await signUp({ name: 'Dobel', email, password: 'RahasiaSekali1', role: 'SHOPPER' });
    expect(again).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { email } })).passwordHash).toBe(hash);
    const notice = await db.outboundEmail.findFirstOrThrow({
      where: { to: email },
      orderBy: { createdAt: 'desc' },
    });
    expect(notice.subject).toMatch(/mencoba mendaftar/);
    expect(await db.outboundEmail.count({ where: { to: email } })).toBe(before + 1);
  });

  it('gives the sign-up form the same answer either way', async () => {
    const form = (email: string) => {
      const data = new FormData();
      for (const [k, v] of Object.entries({
        name: 'Sama Saja',
        email,
        password: 'RahasiaSekali1',
        role: 'SHOPPER',
      }))
        data.set(k, v);
      return data;
    };
    const fresh = await signUpAction(null, form(uniqueEmail()));
    const taken = await signUpAction(null, form(demoAccounts.MSME_OWNER.email));
    expect(taken).toEqual(fresh);
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
  it('refuses one sign-up too many from one address within the hour, saying when to retry', async () => {
    const { RateLimited } = await import('@/lib/security/rate-limit');
    const { SIGN_UPS_PER_IP_HOUR } = await import('@/lib/accounts/accounts');
    for (let i = 0; i < SIGN_UPS_PER_IP_HOUR; i++)
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
