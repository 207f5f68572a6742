import 'server-only';
import { z } from 'zod';
import { searchText } from '@/lib/validation/search-text';
import { certificationLabel, labelOf, msmeStatusLabel, sizeLabel } from '@/lib/format/labels';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isStillValid, stillValid } from '@/lib/msme/certificates';
import { col, type SheetTable } from '@/lib/spreadsheet/table';

export const registryFilterSchema = z.object({
  q: searchText(100).optional(),
  kecamatan: z
    .string()
    .regex(/^12\.71\.\d{2}$/)
    .optional()
    .catch(undefined),
  category: z.string().max(60).optional(),
  size: z.enum(['MICRO', 'SMALL', 'MEDIUM']).optional().catch(undefined),
  status: z
    .enum(['DRAFT', 'SUBMITTED', 'VERIFIED', 'NEEDS_CHANGES', 'SUSPENDED'])
    .optional()
    .catch(undefined),
  cert: z.enum(['HALAL', 'PIRT', 'BPOM_MD', 'BPOM_ML']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type RegistryFilter = z.infer<typeof registryFilterSchema>;

function whereOf(filter: RegistryFilter): Prisma.MsmeWhereInput {
  const q = filter.q || undefined;
  return {
    ...(q
      ? {
          OR: [
            { name: { contains: q, mode: 'insensitive' } },
            { nib: { startsWith: q.replace(/\D/g, '') || q } },
            { ownerName: { contains: q, mode: 'insensitive' } },
          ],
        }
      : {}),
    ...(filter.kecamatan ? { kecamatanCode: filter.kecamatan } : {}),
    ...(filter.category ? { category: { slug: filter.category } } : {}),
    ...(filter.size ? { size: filter.size } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.cert
      ? {
          certifications: {
            some: { type: filter.cert, ...stillValid() },
          },
        }
      : {}),
  };
}

const rowSelect = {
  id: true,
  name: true,
  ownerName: true,
  nib: true,
  size: true,
  status: true,
  whatsapp: true,
  createdAt: true,
  kecamatan: { select: { name: true } },
  kelurahan: { select: { name: true } },
  category: { select: { name: true } },
  certifications: { select: { type: true, expiresAt: true } },
} satisfies Prisma.MsmeSelect;

export const REGISTRY_PAGE_SIZE = 50;

export async function searchRegistry(actor: Actor | null, filter: RegistryFilter) {
  authorize(actor, ['DINAS_ADMIN']);
  const where = whereOf(filter);
  const [total, rows] = await Promise.all([
    db.msme.count({ where }),
    db.msme.findMany({
      where,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      skip: (filter.page - 1) * REGISTRY_PAGE_SIZE,
      take: REGISTRY_PAGE_SIZE,
      select: rowSelect,
    }),
  ]);
  return { total, rows };
}

/** The whole filtered list as rows of text, for CSV and XLSX export. NIK never leaves the app. */
/** What a filter chose, in words, for the export's title block. */
async function describeFilter(filter: RegistryFilter) {
  const parts: string[] = [];
  if (filter.q) parts.push(`cari "${filter.q}"`);
  if (filter.kecamatan) {
    const kecamatan = await db.kecamatan.findUnique({
      where: { code: filter.kecamatan },
      select: { name: true },
    });
    parts.push(`Kecamatan ${kecamatan?.name ?? filter.kecamatan}`);
  }
  if (filter.category) parts.push(`kategori ${filter.category}`);
  if (filter.size) parts.push(`skala ${sizeLabel[filter.size]}`);
  if (filter.status) parts.push(`status ${msmeStatusLabel[filter.status]}`);
  if (filter.cert) parts.push(`sertifikat ${labelOf(certificationLabel, filter.cert)} berlaku`);
  return parts.length ? `Saringan: ${parts.join(', ')}` : 'Semua UMKM';
}

export async function registryExportRows(actor: Actor | null, filter: RegistryFilter) {
  authorize(actor, ['DINAS_ADMIN']);
  const rows = await db.msme.findMany({
    where: whereOf(filter),
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: rowSelect,
  });
  return {
    sheet: 'Registri UMKM',
    title: 'Registri UMKM Kota Medan',
    filters: await describeFilter(filter),
    columns: [
      col.text('Nama usaha'),
      col.text('Pemilik'),
      col.id('NIB'),
      col.text('Skala'),
      col.text('Status'),
      col.text('Kategori'),
      col.text('Kecamatan'),
      col.text('Kelurahan'),
      col.id('WhatsApp'),
      col.text('Sertifikat berlaku'),
    ],
    rows: rows.map((r) => [
      r.name,
      r.ownerName,
      r.nib ?? '',
      sizeLabel[r.size],
      msmeStatusLabel[r.status],
      r.category?.name ?? '',
      r.kecamatan?.name ?? '',
      r.kelurahan?.name ?? '',
      r.whatsapp ?? '',
      r.certifications
        .filter((c) => isStillValid(c.expiresAt))
        .map((c) => labelOf(certificationLabel, c.type))
        .join(', '),
    ]),
  } satisfies SheetTable;
}
