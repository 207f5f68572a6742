import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { AccessDenied } from '@/lib/auth/actor';
import { DomainError } from '@/lib/server/action';
import { saveRegistration, getOwnRegistration } from '@/lib/msme/registration';
import { getMsmeForReview, revealNik, reviewMsme, verificationQueue } from '@/lib/msme/review';
import { registryExportRows, searchRegistry, registryFilterSchema } from '@/lib/msme/registry';
import { addPremisesPhoto } from '@/lib/msme/photos';
import { demoActor, newActor } from './support/actors';
import { ownerWithBusiness, pngFile, registrationInput } from './support/fixtures';

const issuesOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e) => e);
  expect(error).toBeInstanceOf(DomainError);
  return Object.fromEntries(
    Object.entries((error as DomainError).fieldErrors ?? {}).map(([path, messages]) => [path, messages[0]]),
  );
};

describe('registration formats', () => {
  it('explains a wrong NIK, NIB, WhatsApp, KBLI and P-IRT in Bahasa Indonesia, and writes nothing', async () => {
    const owner = await newActor('MSME_OWNER');
    const issues = await issuesOf(
      saveRegistration(
        owner,
        await registrationInput({
          nik: '12710599078' + '50001',
          nib: '12345',
          whatsapp: '021555',
          kbli: '1079',
          certifications: [{ type: 'PIRT', number: '12345', expiresAt: '2030-01-01' }],
        }),
        false,
      ),
    );
    expect(issues.nik).toMatch(/tanggal lahir DDMMYY/);
    expect(issues.nib).toBe('NIB harus 13 digit angka (dari OSS).');
    expect(issues.whatsapp).toMatch(/nomor seluler Indonesia/);
    expect(issues.kbli).toMatch(/5 digit/);
    expect(issues['certifications.0.number']).toMatch(/P-IRT harus 15 digit/);
    expect(await db.msme.count({ where: { ownerUserId: owner.id } })).toBe(0);
  });

  it('normalises accepted formats: 08… WhatsApp, 15-digit NPWP, P-IRT with dash', async () => {
    const owner = await newActor('MSME_OWNER');
    const { id } = await saveRegistration(
      owner,
      await registrationInput({
        whatsapp: '0812-6000-1111',
        npwp: '01.234.567.8-901.000',
        certifications: [{ type: 'PIRT', number: '212710101012327', expiresAt: '2030-01-01' }],
      }),
      false,
    );
    const saved = await db.msme.findUniqueOrThrow({ where: { id }, include: { certifications: true } });
    expect(saved.whatsapp).toBe('6281260001111');
    expect(saved.npwp).toBe('0012345678901000');
    expect(saved.certifications[0].number).toBe('2127101010123-27');
    expect(saved.nikCipher).not.toContain('1271');
  });

  it('refuses a kelurahan outside the chosen kecamatan, and an unknown category', async () => {
    const owner = await newActor('MSME_OWNER');
    const error = await saveRegistration(
      owner,
      await registrationInput({ kelurahanCode: '12.71.02.1001', categoryId: 'nope' }),
      false,
    ).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.fieldErrors.kelurahanCode[0]).toMatch(/tidak berada di kecamatan/);
    expect(error.fieldErrors.categoryId[0]).toMatch(/Kategori tidak ditemukan/);
  });
});

describe('draft, submission and review', () => {
  it('saves an incomplete draft, refuses to submit it incomplete, then submits it complete', async () => {
    const owner = await newActor('MSME_OWNER');
    const draft = await saveRegistration(owner, { name: 'Kedai Kopi Draf' }, false);
    expect(draft.status).toBe('DRAFT');
    const error = await saveRegistration(owner, { name: 'Kedai Kopi Draf' }, true).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(Object.keys(error.fieldErrors)).toEqual(
      expect.arrayContaining(['nik', 'nib', 'whatsapp', 'bankAccount']),
    );
    expect((await db.msme.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('DRAFT');
    const submitted = await saveRegistration(
      owner,
      await registrationInput({ name: 'Kedai Kopi Draf' }),
      true,
    );
    expect(submitted.status).toBe('SUBMITTED');
    await expect(saveRegistration(owner, { name: 'Ubah Saat Diperiksa' }, false)).rejects.toThrow(
      /sedang diverifikasi/,
    );
  });

  it('goes verified, or back with a reason, fixed and resubmitted', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const owner = await ownerWithBusiness();
    await expect(
      reviewMsme(admin, owner.msmeId!, { decision: 'return', reason: 'pendek' }),
    ).rejects.toBeInstanceOf(z.ZodError);
    await reviewMsme(admin, owner.msmeId!, {
      decision: 'return',
      reason: 'Foto tempat usaha belum diunggah.',
    });
    const returned = await getOwnRegistration(owner);
    expect(returned).toMatchObject({
      status: 'NEEDS_CHANGES',
      reviewNote: 'Foto tempat usaha belum diunggah.',
    });
    await addPremisesPhoto(owner, await pngFile());
    await saveRegistration(owner, { name: returned!.name }, true);
    expect(await reviewMsme(admin, owner.msmeId!, { decision: 'approve' })).toBe('VERIFIED');
    await expect(reviewMsme(admin, owner.msmeId!, { decision: 'approve' })).rejects.toThrow(
      /menunggu verifikasi/,
    );
    const log = await db.auditLog.findMany({
      where: { entityId: owner.msmeId! },
      orderBy: { id: 'asc' },
      select: { action: true },
    });
    expect(log.map((l) => l.action)).toEqual([
      'msme.submit',
      'msme.return',
      'msme.photo.add',
      'msme.submit',
      'msme.verify',
    ]);
  });

  it('flags a NIB, NIK or WhatsApp that another business has, without merging', async () => {
    const first = await ownerWithBusiness();
    const firstRow = await db.msme.findUniqueOrThrow({ where: { id: first.msmeId! } });
    const second = await newActor('MSME_OWNER');
    const result = await saveRegistration(
      second,
      await registrationInput({ nib: firstRow.nib, whatsapp: `0${firstRow.whatsapp!.slice(2)}` }),
      true,
    );
    expect(result.duplicates.map((d) => d.field).sort()).toEqual(['nib', 'whatsapp']);
    const queue = await verificationQueue(await demoActor('DINAS_ADMIN'));
    expect(queue.find((q) => q.id === result.id)?.duplicates.length).toBeGreaterThan(0);
    expect(await db.msme.count({ where: { nib: firstRow.nib } })).toBe(2);
  });
});

describe('who may do what', () => {
  it('keeps the Dinas actions to Dinas admins', async () => {
    const owner = await ownerWithBusiness();
    for (const role of ['SHOPPER', 'MSME_OWNER', 'OPD_STAFF'] as const) {
      const actor = await demoActor(role);
      await expect(reviewMsme(actor, owner.msmeId!, { decision: 'approve' })).rejects.toBeInstanceOf(
        AccessDenied,
      );
      await expect(revealNik(actor, owner.msmeId!, { purpose: 'IDENTITY_CHECK' })).rejects.toBeInstanceOf(
        AccessDenied,
      );
      await expect(getMsmeForReview(actor, owner.msmeId!)).rejects.toBeInstanceOf(AccessDenied);
      await expect(verificationQueue(actor)).rejects.toBeInstanceOf(AccessDenied);
      await expect(searchRegistry(actor, registryFilterSchema.parse({}))).rejects.toBeInstanceOf(
        AccessDenied,
      );
    }
    await expect(reviewMsme(null, owner.msmeId!, { decision: 'approve' })).rejects.toMatchObject({
      status: 401,
    });
  });

  it('lets only owners register, each only their own business', async () => {
    for (const role of ['SHOPPER', 'OPD_STAFF', 'DINAS_ADMIN'] as const) {
      await expect(
        saveRegistration(await demoActor(role), await registrationInput(), false),
      ).rejects.toBeInstanceOf(AccessDenied);
    }
    const a = await ownerWithBusiness();
    const b = await newActor('MSME_OWNER');
    expect(await getOwnRegistration(b)).toBeNull();
    await saveRegistration(b, { name: 'Usaha B' }, false);
    expect((await db.msme.findUniqueOrThrow({ where: { id: a.msmeId! } })).name).not.toBe('Usaha B');
  });

  it('reveals a NIK only to an admin, and logs each reveal', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const owner = await ownerWithBusiness();
    const before = await db.auditLog.count({ where: { action: 'msme.nik.reveal', entityId: owner.msmeId! } });
    const nik = await revealNik(admin, owner.msmeId!, { purpose: 'OTHER', note: 'Cek laporan warga' });
    expect(nik).toMatch(/^1271\d{12}$/);
    expect(
      await db.auditLog.count({
        where: { action: 'msme.nik.reveal', entityId: owner.msmeId!, actorId: admin.id },
      }),
    ).toBe(before + 1);
    const review = await getMsmeForReview(admin, owner.msmeId!);
    expect(JSON.stringify(review)).not.toContain(nik);
  });
});

describe('registry', () => {
  it('filters by kecamatan, status and certificate, and exports without NIK', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const medanKota = await searchRegistry(
      admin,
      registryFilterSchema.parse({ kecamatan: '12.71.01', status: 'VERIFIED' }),
    );
    expect(medanKota.total).toBeGreaterThan(0);
    expect(medanKota.rows.every((r) => r.kecamatan?.name === 'Medan Kota' && r.status === 'VERIFIED')).toBe(
      true,
    );
    const halal = await searchRegistry(admin, registryFilterSchema.parse({ cert: 'HALAL' }));
    const all = await searchRegistry(admin, registryFilterSchema.parse({}));
    expect(halal.total).toBeGreaterThan(0);
    expect(halal.total).toBeLessThan(all.total);
    const table = await registryExportRows(admin, registryFilterSchema.parse({ kecamatan: '12.71.01' }));
    const headers = table.columns.map((c) => c.header);
    expect(headers).toContain('NIB');
    expect(headers.join()).not.toMatch(/NIK/);
    expect(table.filters).toBe('Saringan: Kecamatan Medan Kota');
    expect(table.rows.length).toBe(
      (await searchRegistry(admin, registryFilterSchema.parse({ kecamatan: '12.71.01' }))).total,
    );
  });
});

describe('a submission with many problems', () => {
  it('reports every missing and invalid field at once, and writes nothing', async () => {
    const owner = await newActor('MSME_OWNER');
    const error = await saveRegistration(owner, { nik: '123', whatsapp: 'bukan nomor' }, true).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    const fields = Object.keys(error.fieldErrors);
    // The business name, the two invalid numbers and every other required field, together.
    for (const field of [
      'name',
      'nik',
      'whatsapp',
      'nib',
      'kecamatanCode',
      'kelurahanCode',
      'address',
      'bankAccount',
    ])
      expect(fields).toContain(field);
    expect(await db.msme.count({ where: { ownerUserId: owner.id } })).toBe(0);
  });

  it('shows the duplicate NIK warning when the owner submits straight away', async () => {
    const first = await newActor('MSME_OWNER');
    const input = await registrationInput();
    await saveRegistration(first, input, true);
    const second = await newActor('MSME_OWNER');
    const again = await registrationInput({ nik: input.nik });
    const result = await saveRegistration(second, again, true);
    expect(result.status).toBe('SUBMITTED');
    const page = await getOwnRegistration({ ...second, msmeId: result.id });
    expect(page?.duplicateWarnings.join(' ')).toMatch(/NIK ini sudah terdaftar/);
  });
});
