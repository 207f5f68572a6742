import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { readImportFile } from '@/lib/msme/bulk-import';
import type { Template } from '@/lib/spreadsheet/template';
import { moveListing } from './listings';

const partnerSchema = z.object({
  kind: z.enum(['FOOD_DELIVERY', 'MARKETPLACE', 'MODERN_RETAIL'], { error: 'Pilih jenis mitra.' }),
  website: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.url({ protocol: /^https?$/, error: 'Situs harus URL http(s).' }).optional()),
  contact: z.string().trim().max(200, 'Kontak maksimal 200 karakter.').optional(),
  active: z
    .enum(['on', 'true', 'false', ''])
    .optional()
    .transform((v) => v === 'on' || v === 'true'),
});

const requirementSchema = z.object({
  code: z
    .string({ error: 'Kode wajib diisi.' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9_]{2,30}$/, 'Kode 2–30 huruf besar, angka, atau garis bawah, contoh GS1.'),
  label: z.string({ error: 'Uraian wajib diisi.' }).trim().min(2, 'Uraian minimal 2 karakter.').max(120),
  required: z
    .enum(['on', 'true', 'false', ''])
    .optional()
    .transform((v) => v === 'on' || v === 'true'),
});

export async function listPartners(actor: Actor | null) {
  authorize(actor, ['DINAS_ADMIN']);
  return db.channelPartner.findMany({
    orderBy: { name: 'asc' },
    include: { requirements: { orderBy: { code: 'asc' } }, _count: { select: { listings: true } } },
  });
}

export async function updatePartner(actor: Actor | null, id: string, input: unknown) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const data = partnerSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await tx.channelPartner.findUnique({
      where: { id },
      select: { kind: true, website: true, contact: true, active: true },
    });
    if (!before) throw new DomainError('Mitra tidak ditemukan.', undefined, 404);
    await tx.channelPartner.update({
      where: { id },
      data: {
        kind: data.kind,
        website: data.website ?? null,
        contact: data.contact ?? null,
        active: data.active,
      },
    });
    await audit(tx, admin, {
      action: 'channel.partner.update',
      entityType: 'ChannelPartner',
      entityId: id,
      before,
      after: { ...data, website: data.website ?? null, contact: data.contact ?? null },
    });
  });
}

export async function setRequirement(actor: Actor | null, partnerId: string, input: unknown) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const data = requirementSchema.parse(input);
  if (!(await db.channelPartner.findUnique({ where: { id: partnerId }, select: { id: true } })))
    throw new DomainError('Mitra tidak ditemukan.', undefined, 404);
  await db.$transaction(async (tx) => {
    await tx.channelRequirement.upsert({
      where: { partnerId_code: { partnerId, code: data.code } },
      create: { partnerId, ...data },
      update: { label: data.label, required: data.required },
    });
    await audit(tx, admin, {
      action: 'channel.requirement.set',
      entityType: 'ChannelPartner',
      entityId: partnerId,
      after: data,
    });
  });
}

export async function removeRequirement(actor: Actor | null, partnerId: string, code: string) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  await db.$transaction(async (tx) => {
    const removed = await tx.channelRequirement.deleteMany({ where: { partnerId, code } });
    if (removed.count === 0) throw new DomainError('Persyaratan tidak ditemukan.', undefined, 404);
    await audit(tx, admin, {
      action: 'channel.requirement.remove',
      entityType: 'ChannelPartner',
      entityId: partnerId,
      before: { code },
    });
  });
}

export type AcceptanceResult = { row: number; product: string; ok: boolean; message: string };

/**
 * A partner's acceptance list (CSV with columns `product` — the product's slug — and `url`, optional
 * `sku`): each listed listing under review (or submitted) goes live with its URL, by the same stage
 * rules as a manual move. Rows that cannot be applied are reported, not guessed.
 */
export async function importAcceptance(
  actor: Actor | null,
  partnerId: string,
  file: File | null,
): Promise<AcceptanceResult[]> {
  authorize(actor, ['DINAS_ADMIN']);
  if (file && file.size > 2 * 1024 * 1024)
    throw new DomainError('Berkas terlalu besar.', { file: ['Maksimal 2 MB.'] }, 422);
  // CSV or XLSX (the template), read by the same reader as the pendataan import.
  const rows = await readImportFile(file);
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  if (!header.includes('product') || !header.includes('url'))
    throw new DomainError(
      'Kolom wajib: product, url.',
      { file: ['Kolom wajib: product (slug produk), url.'] },
      422,
    );
  const results: AcceptanceResult[] = [];
  for (let i = 1; i < rows.length && i <= 1000; i++) {
    const cell = (name: string) => (rows[i][header.indexOf(name)] ?? '').trim();
    const product = cell('product');
    const listing = await db.channelListing.findFirst({
      where: { partnerId, product: { slug: product } },
      select: { id: true, stage: true },
    });
    if (!listing) {
      results.push({
        row: i + 1,
        product,
        ok: false,
        message: 'Listing untuk produk ini di mitra ini tidak ditemukan.',
      });
      continue;
    }
    try {
      if (listing.stage === 'SUBMITTED')
        await moveListing(actor, listing.id, { to: 'UNDER_REVIEW', reason: 'Diterima mitra (impor daftar)' });
      await moveListing(actor, listing.id, {
        to: 'LIVE',
        externalUrl: cell('url'),
        storeSku: cell('sku') || undefined,
        reason: 'Diterima mitra (impor daftar)',
      });
      results.push({ row: i + 1, product, ok: true, message: 'Tayang.' });
    } catch (error) {
      const message =
        error instanceof z.ZodError
          ? error.issues.map((x) => x.message).join(' ')
          : error instanceof Error
            ? error.message
            : 'Gagal.';
      results.push({ row: i + 1, product, ok: false, message });
    }
  }
  return results;
}

/**
 * The acceptance list template for one partner: the products waiting for its decision (submitted
 * or under review) in a drop-down, the listing URL and the store SKU; instructions; an example.
 */
export async function acceptanceTemplate(actor: Actor | null, partnerId: string): Promise<Template> {
  authorize(actor, ['DINAS_ADMIN']);
  const partner = await db.channelPartner.findUnique({ where: { id: partnerId }, select: { name: true } });
  if (!partner) throw new DomainError('Mitra tidak ditemukan.', undefined, 404);
  const waiting = await db.channelListing.findMany({
    where: { partnerId, stage: { in: ['SUBMITTED', 'UNDER_REVIEW'] } },
    orderBy: { product: { slug: 'asc' } },
    select: { product: { select: { slug: true } } },
  });
  const slugs = waiting.map((w) => w.product.slug);
  return {
    sheet: 'Diterima',
    title: `Daftar produk yang diterima ${partner.name}`,
    instructions: [
      `Isi satu baris per produk yang diterima ${partner.name}, mulai baris 3 (baris 2 adalah contoh).`,
      'Kolom product dipilih dari daftar: produk yang sedang diajukan atau ditinjau mitra ini.',
      'Kolom url adalah alamat listing di mitra (https://…); sku boleh kosong.',
      'Unggah di halaman Mitra kanal: setiap baris dilaporkan, yang tidak dapat diterapkan tidak ditebak.',
    ],
    columns: [
      {
        key: 'product',
        example: slugs[0] ?? 'slug-produk',
        kind: 'text',
        required: true,
        note: 'Slug produk (pilih dari daftar)',
        list: 'product',
      },
      {
        key: 'url',
        example: 'https://toko.example/produk/123',
        kind: 'text',
        required: true,
        note: 'Alamat listing di mitra',
      },
      { key: 'sku', example: 'SKU-0001', kind: 'id', note: 'SKU toko; boleh kosong' },
    ],
    lists: { product: slugs.length ? slugs : ['(belum ada produk yang diajukan)'] },
    maxRows: 1_000,
  };
}
