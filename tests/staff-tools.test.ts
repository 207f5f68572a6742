// What a Dinas office needs on day one (issue #12): account management, owner invitations, the
// audit log viewer, a NIK reveal with its purpose, and exports in Indonesian.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { createStaffAccount, signUp } from '@/lib/accounts/accounts';
import {
  changeStaffAccess,
  inviteMsmeOwner,
  sendStaffPasswordLink,
  setAccountDisabled,
} from '@/lib/accounts/staff-admin';
import { resetPassword } from '@/lib/accounts/password-reset';
import { checkSignIn } from '@/lib/auth/sign-in';
import { auditExportRows, auditFilterSchema, searchAuditLog } from '@/lib/audit/viewer';
import { revealNik } from '@/lib/msme/review';
import { registryExportRows, registryFilterSchema } from '@/lib/msme/registry';
import { spendingReportRows, opdSpendingFor } from '@/lib/procurement/transparency';
import { formatMonth, formatPercent } from '@/lib/format/labels';
import { DomainError } from '@/lib/server/action';
import { demoActor, uniqueEmail } from './support/actors';
import { ownerWithBusiness } from './support/fixtures';

async function linkToken(email: string) {
  const mail = await db.outboundEmail.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: 'desc' },
  });
  return new URL(mail.body.match(/https?:\/\/\S+/)![0]).searchParams.get('token')!;
}

describe('staff accounts', () => {
  it('a new staff member without a typed password gets a link, sets a password and signs in', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const opd = await db.opd.findUniqueOrThrow({ where: { code: 'DISHUB' } });
    const email = uniqueEmail();
    const created = await createStaffAccount(admin, {
      name: 'Staf Baru',
      email,
      role: 'OPD_STAFF',
      opdId: opd.id,
    });
    expect(created.passwordLinkSent).toBe(true);
    await resetPassword({ token: await linkToken(email), password: 'SandiPertama1' }, 'local');
    expect(
      await checkSignIn(db, { email, password: 'SandiPertama1' }, { ip: 'ip-staff-1' }, 5),
    ).toMatchObject({ ok: true });
  });

  it('a disabled account cannot sign in and is back once re-enabled; each step is audited', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const email = uniqueEmail();
    const user = (await signUp({
      name: 'Akan Dinonaktifkan',
      email,
      password: 'RahasiaSekali1',
      role: 'SHOPPER',
    }))!;
    await setAccountDisabled(admin, user.id, { disabled: 'true', reason: 'Laporan penyalahgunaan' });
    expect(await checkSignIn(db, { email, password: 'RahasiaSekali1' }, { ip: 'ip-d' }, 5)).toEqual({
      ok: false,
      reason: 'disabled',
    });
    await setAccountDisabled(admin, user.id, { disabled: 'false' });
    expect(await checkSignIn(db, { email, password: 'RahasiaSekali1' }, { ip: 'ip-d' }, 5)).toMatchObject({
      ok: true,
    });
    const actions = await db.auditLog.findMany({
      where: { entityId: user.id },
      select: { action: true, after: true },
    });
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['user.disable', 'user.enable']));
    expect(actions.find((a) => a.action === 'user.disable')?.after).toMatchObject({
      reason: 'Laporan penyalahgunaan',
    });
    await expect(setAccountDisabled(admin, admin.id, { disabled: 'true' })).rejects.toBeInstanceOf(
      DomainError,
    );
  });

  it("changes a staff member's role and OPD, and sends a new password link", async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const [dishub, dinkes] = await Promise.all(
      ['DISHUB', 'DINKES'].map((code) => db.opd.findUniqueOrThrow({ where: { code } })),
    );
    const staff = await createStaffAccount(admin, {
      name: 'Pindah OPD',
      email: uniqueEmail(),
      password: 'RahasiaSekali1',
      role: 'OPD_STAFF',
      opdId: dishub.id,
    });
    await changeStaffAccess(admin, staff.id, { role: 'OPD_STAFF', opdId: dinkes.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).opdId).toBe(dinkes.id);
    await expect(changeStaffAccess(admin, staff.id, { role: 'OPD_STAFF' })).rejects.toThrow();
    await changeStaffAccess(admin, staff.id, { role: 'DINAS_ADMIN' });
    expect(await db.user.findUniqueOrThrow({ where: { id: staff.id } })).toMatchObject({
      role: 'DINAS_ADMIN',
      opdId: null,
    });
    await sendStaffPasswordLink(admin, staff.id);
    expect(await linkToken(staff.email)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const audited = await db.auditLog.count({ where: { entityId: staff.id, action: 'user.access.change' } });
    expect(audited).toBe(2);
  });
});

describe('inviting the owner of an imported UMKM', () => {
  it('creates the owner account linked to the business, and the owner sets a password', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const imported = await db.msme.findFirstOrThrow({ where: { ownerUserId: null }, select: { id: true } });
    const email = uniqueEmail();
    await inviteMsmeOwner(admin, imported.id, { email, name: "Siti Nur'aini Lubis" });
    const owner = await db.user.findUniqueOrThrow({ where: { email }, include: { msme: true } });
    expect(owner).toMatchObject({ role: 'MSME_OWNER', name: "Siti Nur'aini Lubis" });
    expect(owner.msme?.id).toBe(imported.id);
    await resetPassword({ token: await linkToken(email), password: 'PemilikBaru12' }, 'local');
    expect(await checkSignIn(db, { email, password: 'PemilikBaru12' }, { ip: 'ip-i' }, 5)).toMatchObject({
      ok: true,
    });
    await expect(
      inviteMsmeOwner(admin, imported.id, { email: uniqueEmail(), name: 'Lain' }),
    ).rejects.toMatchObject({
      status: 409,
    });
    expect(await db.auditLog.count({ where: { action: 'msme.owner.invite', entityId: imported.id } })).toBe(
      1,
    );
  });
});

describe('the audit log viewer', () => {
  it('filters by actor, action, entity and WIB dates, shows the NIK purpose, and exports CSV', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const owner = await ownerWithBusiness();
    await revealNik(admin, owner.msmeId!, { purpose: 'DUPLICATE_CHECK', note: 'NIK sama dengan usaha lain' });
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const [y, m, d] = today.split('-');
    const filter = auditFilterSchema.parse({
      actor: admin.email,
      action: 'msme.nik',
      entityType: 'Msme',
      entityId: owner.msmeId!,
      from: `${d}/${m}/${y}`,
      to: today,
    });
    const { rows } = await searchAuditLog(admin, filter);
    expect(rows).toHaveLength(1);
    expect(rows[0].after).toMatchObject({ purpose: 'DUPLICATE_CHECK', note: 'NIK sama dengan usaha lain' });
    const yesterday = new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
    expect((await searchAuditLog(admin, { ...filter, from: yesterday, to: yesterday })).rows).toHaveLength(0);
    const table = await auditExportRows(admin, filter);
    expect(table.columns.map((c) => c.header)).toEqual(
      expect.arrayContaining(['Waktu (WIB)', 'Pelaku', 'Tindakan']),
    );
    expect(table.rows[0]).toEqual(expect.arrayContaining(['Admin Dinas', 'msme.nik.reveal']));
    expect(auditFilterSchema.safeParse({ from: '31/02/2026' }).success).toBe(false);
  });

  it('refuses a NIK reveal without a purpose', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const owner = await ownerWithBusiness();
    await expect(revealNik(admin, owner.msmeId!, {})).rejects.toThrow();
    await expect(revealNik(admin, owner.msmeId!, { purpose: 'OTHER' })).rejects.toThrow();
  });
});

describe('exports and reports speak Indonesian', () => {
  it('the registry export says Mikro and Terverifikasi', async () => {
    const table = await registryExportRows(
      await demoActor('DINAS_ADMIN'),
      registryFilterSchema.parse({ status: 'VERIFIED' }),
    );
    const header = table.columns.map((c) => c.header);
    const body = table.rows;
    const size = header.indexOf('Skala');
    const status = header.indexOf('Status');
    expect(new Set(body.map((r) => r[status]))).toEqual(new Set(['Terverifikasi']));
    expect(body.every((r) => ['Mikro', 'Kecil', 'Menengah'].includes(String(r[size])))).toBe(true);
    expect(JSON.stringify(table.rows)).not.toMatch(/"(MICRO|SMALL|MEDIUM|VERIFIED|HALAL)"/);
  });

  it('the OPD report has words for headers, months and shares', async () => {
    const table = spendingReportRows(await opdSpendingFor());
    const headers = table.columns.map((c) => c.header);
    expect(headers).toContain('Kode OPD');
    expect(headers.join(' ')).not.toMatch(/opd_code|_idr|_pct/);
    expect(String(table.rows[0][2])).toMatch(
      /^(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}$/,
    );
    expect(formatMonth('2026-11')).toBe('November 2026');
    expect(formatPercent(85.4)).toBe('85,4%');
  });
});

describe('emails in the recipient language', () => {
  it('a person who signed up in English gets English emails, and Indonesian after switching back', async () => {
    const { requestPasswordReset } = await import('@/lib/accounts/password-reset');
    const { rememberLocale } = await import('@/lib/accounts/accounts');
    const email = uniqueEmail();
    const user = (await signUp(
      { name: 'Jane Tan', email, password: 'RahasiaSekali1', role: 'SHOPPER' },
      'local',
      'http://etalase.test',
      'en',
    ))!;
    const welcome = await db.outboundEmail.findFirstOrThrow({ where: { to: email } });
    expect(welcome.subject).toBe('Welcome to Etalase UMKM Medan');
    await requestPasswordReset({ email }, 'local', 'http://etalase.test');
    const reset = await db.outboundEmail.findFirstOrThrow({
      where: { to: email },
      orderBy: { createdAt: 'desc' },
    });
    expect(reset.subject).toBe('Reset your Etalase UMKM Medan password');
    expect(reset.body).toMatch(/valid for 1 hour/);
    await rememberLocale(
      { id: user.id, role: 'SHOPPER', email, name: 'Jane Tan', msmeId: null, opdId: null },
      'id',
    );
    await requestPasswordReset({ email }, 'local', 'http://etalase.test');
    const again = await db.outboundEmail.findFirstOrThrow({
      where: { to: email },
      orderBy: { createdAt: 'desc' },
    });
    expect(again.subject).toBe('Atur ulang kata sandi Etalase UMKM Medan');
  });
});
