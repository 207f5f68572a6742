import 'server-only';
import { notifyMsme } from '@/lib/notify/notify';
import { helpHistories } from '@/lib/programs/history';
import { ruleSetFor } from '@/lib/programs/rule-sets';
import { sizeClassOf } from '@/lib/programs/rules';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { openPii } from '@/lib/security/pii';
import { reviewSchema } from './schema';
import { findDuplicates } from './duplicates';
import { expireCatalog } from '@/lib/catalog/cache-tags';

export async function verificationQueue(actor: Actor | null) {
  authorize(actor, ['DINAS_ADMIN']);
  const rows = await db.msme.findMany({
    where: { status: 'SUBMITTED' },
    orderBy: { submittedAt: 'asc' },
    select: {
      id: true,
      name: true,
      ownerName: true,
      nib: true,
      submittedAt: true,
      kecamatan: { select: { name: true } },
      category: { select: { name: true } },
    },
  });
  return Promise.all(rows.map(async (row) => ({ ...row, duplicates: await findDuplicates(row.id) })));
}

/** Everything the owner submitted, for the reviewer; NIK and bank account stay masked. */
export async function getMsmeForReview(actor: Actor | null, id: string) {
  authorize(actor, ['DINAS_ADMIN']);
  const msme = await db.msme.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      ownerName: true,
      nikLast4: true,
      nib: true,
      npwp: true,
      kbli: true,
      size: true,
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
      submittedAt: true,
      verifiedAt: true,
      createdAt: true,
      category: { select: { name: true } },
      kecamatan: { select: { name: true } },
      kelurahan: { select: { name: true } },
      owner: { select: { id: true, email: true, disabledAt: true } },
      certifications: { orderBy: { type: 'asc' }, select: { type: true, number: true, expiresAt: true } },
      photos: { orderBy: { position: 'asc' }, select: { id: true, asset: { select: { key: true } } } },
      _count: { select: { products: true } },
    },
  });
  if (!msme) throw new DomainError('UMKM tidak ditemukan.', undefined, 404);
  const [duplicates, { histories }, size] = await Promise.all([
    findDuplicates(id),
    helpHistories([id]),
    ruleSetFor('msme-size'),
  ]);
  return {
    ...msme,
    duplicates,
    computedSize: sizeClassOf(msme, size.rules),
    helpHistory: histories.get(id) ?? [],
  };
}

export const nikRevealPurposes = {
  IDENTITY_CHECK: 'Mencocokkan identitas pemilik (verifikasi)',
  DUPLICATE_CHECK: 'Memeriksa kemungkinan data ganda',
  OWNER_REQUEST: 'Permintaan pemilik usaha',
  PROGRAM_ELIGIBILITY: 'Memeriksa kelayakan program bantuan',
  OTHER: 'Lainnya',
} as const;

export const nikRevealSchema = z
  .object({
    purpose: z.enum(Object.keys(nikRevealPurposes) as [keyof typeof nikRevealPurposes], {
      error: 'Pilih tujuan melihat NIK.',
    }),
    note: z.string().trim().max(300, 'Keterangan maksimal 300 karakter.').default(''),
  })
  .refine((v) => v.purpose !== 'OTHER' || v.note.length >= 5, {
    path: ['note'],
    message: 'Jelaskan tujuannya (minimal 5 karakter).',
  });

/**
 * Shows the full NIK to a Dinas admin who says why (UU 27/2022: personal data is opened for a stated
 * purpose); every reveal and its purpose are written to the audit log.
 */
export async function revealNik(actor: Actor | null, id: string, input: unknown) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const { purpose, note } = nikRevealSchema.parse(input);
  const msme = await db.msme.findUnique({ where: { id }, select: { nikCipher: true } });
  if (!msme) throw new DomainError('UMKM tidak ditemukan.', undefined, 404);
  if (!msme.nikCipher) throw new DomainError('NIK belum diisi.', undefined, 404);
  await db.$transaction((tx) =>
    audit(tx, admin, {
      action: 'msme.nik.reveal',
      entityType: 'Msme',
      entityId: id,
      after: { purpose, purposeLabel: nikRevealPurposes[purpose], note: note || null },
    }),
  );
  return openPii(env.PII_ENCRYPTION_KEY!, msme.nikCipher);
}

/** Approves a submitted business as binaan, or sends it back to the owner with a reason. */
export async function reviewMsme(actor: Actor | null, id: string, input: unknown) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const decision = reviewSchema.parse(input);
  const status = await db.$transaction(async (tx) => {
    const current = await tx.msme.findUnique({ where: { id }, select: { status: true, name: true } });
    if (!current) throw new DomainError('UMKM tidak ditemukan.', undefined, 404);
    if (current.status !== 'SUBMITTED')
      throw new DomainError(
        'Hanya pengajuan yang menunggu verifikasi yang dapat diputuskan.',
        undefined,
        409,
      );
    const data =
      decision.decision === 'approve'
        ? { status: 'VERIFIED' as const, verifiedAt: new Date(), verifiedById: admin.id, reviewNote: null }
        : { status: 'NEEDS_CHANGES' as const, reviewNote: decision.reason };
    // The status in the where clause makes a concurrent second decision fail instead of overwrite.
    const updated = await tx.msme.updateMany({ where: { id, status: 'SUBMITTED' }, data });
    if (updated.count !== 1)
      throw new DomainError('Pengajuan ini baru saja diputuskan oleh admin lain.', undefined, 409);
    await audit(tx, admin, {
      action: decision.decision === 'approve' ? 'msme.verify' : 'msme.return',
      entityType: 'Msme',
      entityId: id,
      before: { status: current.status },
      after: { status: data.status, reason: decision.decision === 'return' ? decision.reason : null },
    });
    await notifyMsme(tx, id, {
      kind: decision.decision === 'approve' ? 'registration.verified' : 'registration.returned',
      params: { msme: current.name, note: decision.decision === 'return' ? decision.reason : '' },
      link: '/umkm/profil',
      key: `msme:${id}:${decision.decision}:${Date.now()}`,
    });
    return data.status;
  });
  // Verification decides whether the business's products and storefront are public: every cached
  // page and answer that depends on it is expired now, not when its cache would have run out.
  expireCatalog([], true);
  return status;
}
