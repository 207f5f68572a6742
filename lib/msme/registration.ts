import 'server-only';
import { notifyDinas } from '@/lib/notify/notify';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError, fieldErrorsOf } from '@/lib/server/action';
import { sealPii } from '@/lib/security/pii';
import { msmeSlugBase } from './slug';
import type { Tx } from '@/lib/db/client';
import { draftSchema, dropBlanks, type RegistrationDraft } from './schema';
import { describeDuplicateForOwner, findDuplicates } from './duplicates';
import { enforceLimit } from '@/lib/security/rate-limit';
import { dateOnlyToDb } from '@/lib/format/date-only';

const editable = ['DRAFT', 'NEEDS_CHANGES'] as const;

const required: (keyof RegistrationDraft)[] = [
  'name',
  'ownerName',
  'nik',
  'nib',
  'kbli',
  'size',
  'categoryId',
  'kecamatanCode',
  'kelurahanCode',
  'address',
  'whatsapp',
  'yearFounded',
  'employees',
  'bankName',
  'bankAccount',
  'bankAccountHolder',
];

/** The owner's own business, as the registration form shows it (NIK and account masked). */
export async function getOwnRegistration(actor: Actor | null) {
  const owner = authorize(actor, ['MSME_OWNER']);
  const registration = await db.msme.findUnique({
    where: { ownerUserId: owner.id },
    select: {
      id: true,
      name: true,
      ownerName: true,
      nikLast4: true,
      nib: true,
      npwp: true,
      kbli: true,
      size: true,
      categoryId: true,
      kecamatanCode: true,
      kelurahanCode: true,
      address: true,
      whatsapp: true,
      yearFounded: true,
      employees: true,
      capitalIdr: true,
      annualTurnoverIdr: true,
      description: true,
      bankName: true,
      bankAccountLast4: true,
      bankAccountHolder: true,
      status: true,
      reviewNote: true,
      slug: true,
      certifications: { select: { type: true, number: true, expiresAt: true } },
      photos: { orderBy: { position: 'asc' }, select: { id: true, asset: { select: { key: true } } } },
    },
  });
  if (!registration) return null;
  // Shown whenever the owner opens the page, whether the data was saved as a draft or submitted.
  const duplicateWarnings = describeDuplicateForOwner(
    (await findDuplicates(registration.id)).map((d) => d.field),
  );
  return { ...registration, duplicateWarnings };
}

async function referenceErrors(
  data: Pick<RegistrationDraft, 'categoryId' | 'kecamatanCode' | 'kelurahanCode'>,
) {
  const errors: Record<string, string[]> = {};
  if (
    data.categoryId &&
    !(await db.category.findUnique({ where: { id: data.categoryId }, select: { id: true } }))
  ) {
    errors.categoryId = ['Kategori tidak ditemukan.'];
  }
  if (
    data.kecamatanCode &&
    !(await db.kecamatan.findUnique({ where: { code: data.kecamatanCode }, select: { code: true } }))
  ) {
    errors.kecamatanCode = ['Kecamatan tidak ditemukan.'];
  }
  if (data.kelurahanCode) {
    const kelurahan = await db.kelurahan.findUnique({
      where: { code: data.kelurahanCode },
      select: { kecamatanCode: true },
    });
    if (!kelurahan) errors.kelurahanCode = ['Kelurahan tidak ditemukan.'];
    else if (data.kecamatanCode && kelurahan.kecamatanCode !== data.kecamatanCode)
      errors.kelurahanCode = ['Kelurahan ini tidak berada di kecamatan yang dipilih.'];
  }
  return errors;
}

async function uniqueSlug(tx: Tx, name: string, ownId?: string) {
  const base = msmeSlugBase(name);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const taken = await tx.msme.findUnique({ where: { slug }, select: { id: true } });
    if (!taken || taken.id === ownId) return slug;
  }
}

/**
 * Saves the owner's registration as a draft, or submits it for verification. A draft may be
 * incomplete; a submission must be complete. Returns possible duplicates (same NIB, NIK or WhatsApp
 * as another business): shown to the owner and flagged to the Dinas, never merged.
 */
export async function saveRegistration(actor: Actor | null, input: Record<string, unknown>, submit: boolean) {
  const owner = authorize(actor, ['MSME_OWNER']);
  // Saves are limited: each answer says whether a NIK or number is already registered.
  await enforceLimit(
    db,
    { key: `registration:${owner.id}`, max: 30, windowSeconds: 3600 },
    'penyimpanan data usaha',
  );
  // Every problem is reported at once: invalid fields, unknown references and, on submit, every
  // required field still missing (not the business name first and the other 14 on the next try).
  const cleaned = dropBlanks(input);
  const parsed = draftSchema.safeParse(cleaned);
  const errors: Record<string, string[]> = parsed.success ? {} : fieldErrorsOf(parsed.error);
  // References are checked on what was typed, whatever else failed (one answer for everything).
  const typed = (field: 'categoryId' | 'kecamatanCode' | 'kelurahanCode') =>
    typeof cleaned[field] === 'string' && !errors[field] ? (cleaned[field] as string) : undefined;
  for (const [field, messages] of Object.entries(
    await referenceErrors({
      categoryId: typed('categoryId'),
      kecamatanCode: typed('kecamatanCode'),
      kelurahanCode: typed('kelurahanCode'),
    }),
  ))
    errors[field] ??= messages;
  const existing = await db.msme.findUnique({
    where: { ownerUserId: owner.id },
    select: { id: true, status: true, nikHash: true, bankAccountCipher: true },
  });
  if (existing && !(editable as readonly string[]).includes(existing.status)) {
    throw new DomainError(
      existing.status === 'SUBMITTED'
        ? 'Data usaha sedang diverifikasi Dinas dan tidak dapat diubah sekarang.'
        : 'Data usaha sudah diverifikasi. Hubungi Dinas Koperasi UKM untuk mengubah data identitas.',
      undefined,
      409,
    );
  }
  if (submit) {
    const stored = await (existing ? db.msme.findUniqueOrThrow({ where: { id: existing.id } }) : null);
    for (const field of required) {
      const have =
        cleaned[field] !== undefined ||
        (field === 'nik' && stored?.nikHash) ||
        (field === 'bankAccount' && stored?.bankAccountCipher) ||
        (field !== 'nik' &&
          field !== 'bankAccount' &&
          stored &&
          (stored as Record<string, unknown>)[field] != null);
      if (!have && !errors[field]) errors[field] = ['Wajib diisi sebelum diajukan.'];
    }
  }
  if (Object.keys(errors).length || !parsed.success)
    throw new DomainError(
      submit
        ? 'Lengkapi dan perbaiki isian yang ditandai sebelum mengajukan verifikasi.'
        : 'Periksa kembali isian yang ditandai.',
      errors,
      422,
    );
  const data = parsed.data;
  const key = env.PII_ENCRYPTION_KEY!;
  const nik = data.nik ? sealPii(key, data.nik) : null;
  const account = data.bankAccount ? sealPii(key, data.bankAccount) : null;
  const values = {
    name: data.name,
    ownerName: data.ownerName,
    nib: data.nib,
    npwp: data.npwp,
    kbli: data.kbli,
    size: data.size,
    categoryId: data.categoryId,
    kecamatanCode: data.kecamatanCode,
    kelurahanCode: data.kelurahanCode,
    address: data.address,
    whatsapp: data.whatsapp,
    yearFounded: data.yearFounded,
    employees: data.employees,
    capitalIdr: data.capitalIdr === undefined ? undefined : BigInt(data.capitalIdr),
    annualTurnoverIdr: data.annualTurnoverIdr === undefined ? undefined : BigInt(data.annualTurnoverIdr),
    description: data.description,
    bankName: data.bankName,
    bankAccountHolder: data.bankAccountHolder,
    ...(nik ? { nikCipher: nik.cipher, nikHash: nik.hash, nikLast4: nik.last4 } : {}),
    ...(account ? { bankAccountCipher: account.cipher, bankAccountLast4: account.last4 } : {}),
    ...(submit ? { status: 'SUBMITTED' as const, submittedAt: new Date() } : {}),
  };
  const msme = await db.$transaction(async (tx) => {
    const slug = await uniqueSlug(tx, data.name, existing?.id);
    if (existing) {
      // The status in the where clause: a save racing a submission or a verification changes nothing.
      const updated = await tx.msme.updateMany({
        where: { id: existing.id, ownerUserId: owner.id, status: { in: [...editable] } },
        data: { ...values, slug },
      });
      if (updated.count !== 1)
        throw new DomainError(
          'Data usaha baru saja diajukan atau diverifikasi; muat ulang halaman.',
          undefined,
          409,
        );
    }
    const saved = existing
      ? await tx.msme.findUniqueOrThrow({ where: { id: existing.id }, select: { id: true, status: true } })
      : await tx.msme.create({
          data: { ...values, slug, ownerName: data.ownerName ?? owner.name, ownerUserId: owner.id },
          select: { id: true, status: true },
        });
    if (data.certifications) {
      await tx.certification.deleteMany({ where: { msmeId: saved.id } });
      await tx.certification.createMany({
        data: data.certifications.map((c) => ({
          msmeId: saved.id,
          type: c.type,
          number: c.number,
          expiresAt: dateOnlyToDb(c.expiresAt),
        })),
      });
    }
    if (submit)
      await notifyDinas(tx, {
        kind: 'registration.submitted',
        params: { msme: data.name ?? '' },
        link: `/dinas/umkm/${saved.id}`,
        key: `msme:${saved.id}:submitted:${Date.now()}`,
      });
    await audit(tx, owner, {
      action: submit ? 'msme.submit' : 'msme.draft.save',
      entityType: 'Msme',
      entityId: saved.id,
      after: {
        status: saved.status,
        fields: Object.keys(data).filter((k) => k !== 'nik' && k !== 'bankAccount'),
      },
    });
    return saved;
  });
  return { id: msme.id, status: msme.status, duplicates: await findDuplicates(msme.id) };
}
