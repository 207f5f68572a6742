import 'server-only';
import { col, type SheetTable } from '@/lib/spreadsheet/table';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import { dateOnlyField } from '@/lib/format/date-only';
import { searchText } from '@/lib/validation/search-text';
import { roleLabel } from '@/lib/format/labels';

// The audit log viewer for Dinas admins (issue #12): read-only, the table itself stays append-only.

const optionalDate = (label: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v : undefined))
    .pipe(dateOnlyField(label).optional());

export const auditFilterSchema = z
  .object({
    actor: searchText(100).optional(),
    action: searchText(80).optional(),
    entityType: searchText(40).optional(),
    entityId: searchText(60).optional(),
    from: optionalDate('Tanggal awal'),
    to: optionalDate('Tanggal akhir'),
    before: z.coerce.bigint().positive().optional().catch(undefined),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ['to'],
    message: 'Tanggal akhir harus sama atau setelah tanggal awal.',
  });
export type AuditFilter = z.infer<typeof auditFilterSchema>;

const PAGE = 50;
// A day in Medan runs from 00:00 WIB (17:00 UTC the day before).
const startOfWibDay = (date: string) => new Date(`${date}T00:00:00+07:00`);

function whereOf(filter: AuditFilter): Prisma.AuditLogWhereInput {
  const to = filter.to ? new Date(startOfWibDay(filter.to).getTime() + 86_400_000) : undefined;
  return {
    ...(filter.actor
      ? {
          actor: {
            OR: [
              { email: { contains: filter.actor, mode: 'insensitive' } },
              { name: { contains: filter.actor, mode: 'insensitive' } },
            ],
          },
        }
      : {}),
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.entityType ? { entityType: { equals: filter.entityType, mode: 'insensitive' } } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.from || to
      ? { at: { ...(filter.from ? { gte: startOfWibDay(filter.from) } : {}), ...(to ? { lt: to } : {}) } }
      : {}),
  };
}

const select = {
  id: true,
  at: true,
  actorRole: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  actor: { select: { name: true, email: true } },
} as const;

/** Newest first, 50 a page, paged by id (`before`). */
export async function searchAuditLog(actor: Actor | null, filter: AuditFilter) {
  authorize(actor, ['DINAS_ADMIN']);
  const rows = await db.auditLog.findMany({
    where: { ...whereOf(filter), ...(filter.before ? { id: { lt: filter.before } } : {}) },
    orderBy: { id: 'desc' },
    take: PAGE + 1,
    select,
  });
  const page = rows.slice(0, PAGE);
  return {
    rows: page.map((r) => ({ ...r, id: r.id.toString() })),
    nextBefore: rows.length > PAGE ? page[page.length - 1].id.toString() : null,
  };
}

/** The filtered log as spreadsheet rows (at most 50,000), headed in Indonesian. */
export async function auditExportRows(actor: Actor | null, filter: AuditFilter) {
  authorize(actor, ['DINAS_ADMIN']);
  const rows = await db.auditLog.findMany({
    where: whereOf(filter),
    orderBy: { id: 'desc' },
    take: 50_000,
    select,
  });
  return {
    sheet: 'Log audit',
    title: 'Log audit Etalase UMKM Medan',
    filters: Object.entries(filter)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join(', '),
    columns: [
      col.id('No.'),
      col.datetime('Waktu (WIB)'),
      col.text('Pelaku'),
      col.text('Email pelaku'),
      col.text('Peran'),
      col.text('Tindakan'),
      col.text('Jenis data'),
      col.id('ID data'),
      col.text('Sebelum', 60),
      col.text('Sesudah', 60),
    ],
    rows: rows.map((r) => [
      r.id.toString(),
      r.at,
      r.actor?.name ?? 'sistem',
      r.actor?.email ?? '',
      r.actorRole ? roleLabel(r.actorRole) : '',
      r.action,
      r.entityType,
      r.entityId,
      r.before ? JSON.stringify(r.before) : '',
      r.after ? JSON.stringify(r.after) : '',
    ]),
  } satisfies SheetTable;
}
