import 'server-only';
import { db } from '@/lib/server/db';
import type { Actor } from '@/lib/auth/actor';
import { DomainError } from '@/lib/server/action';
import { activeOrderStatuses, opdStaff } from './events';
import { daysUntil } from './rules';
import { candidateFilterSchema } from './schema';

/**
 * UMKM that could supply a need, each with its best-fitting product, how many OPD orders it won in
 * the last 12 months and whether it ever won one. Those that fit come first, and among them the
 * ones with fewer awards, so orders spread across UMKM (the mayor's instruction is for all of them).
 */
export async function candidatesForNeed(actor: Actor | null, needId: string, rawFilters: unknown = {}) {
  const { opdId } = opdStaff(actor);
  const filters = candidateFilterSchema.parse(rawFilters);
  const need = await db.eventNeed.findFirst({
    where: { id: needId, event: { opdId } },
    select: { id: true, categoryId: true, quantity: true, deliveryFrom: true, kind: true },
  });
  if (!need) throw new DomainError('Kebutuhan tidak ditemukan.', undefined, 404);
  const days = daysUntil(need.deliveryFrom);
  const products = await db.product.findMany({
    where: {
      status: 'PUBLISHED',
      msme: { status: 'VERIFIED', ...(filters.kecamatan ? { kecamatanCode: filters.kecamatan } : {}) },
      ...(need.categoryId ? { categoryId: need.categoryId } : {}),
      ...(filters.halal ? { halal: true } : {}),
    },
    orderBy: [{ priceIdr: 'asc' }, { id: 'asc' }],
    take: 3000,
    select: {
      id: true,
      name: true,
      priceIdr: true,
      unit: true,
      dailyCapacity: true,
      leadTimeDays: true,
      stock: true,
      halal: true,
      msme: { select: { id: true, name: true, kecamatan: { select: { name: true } } } },
    },
  });
  const best = new Map<
    string,
    { product: (typeof products)[number]; fits: boolean; reason: string | null }
  >();
  for (const product of products) {
    const reason =
      product.stock !== null && product.stock < need.quantity
        ? `stok ${product.stock}`
        : product.dailyCapacity !== null && product.dailyCapacity < need.quantity
          ? `kapasitas ${product.dailyCapacity}/hari`
          : product.leadTimeDays > days
            ? `perlu ${product.leadTimeDays} hari persiapan`
            : null;
    const current = best.get(product.msme.id);
    if (!current || (!current.fits && !reason)) best.set(product.msme.id, { product, fits: !reason, reason });
  }
  const msmeIds = [...best.keys()];
  const since = new Date(Date.now() - 365 * 86_400_000);
  const [recent, ever] = await Promise.all([
    db.procurementOrder.groupBy({
      by: ['msmeId'],
      where: { msmeId: { in: msmeIds }, status: { in: [...activeOrderStatuses] }, orderedAt: { gte: since } },
      _count: { _all: true },
    }),
    db.procurementOrder.groupBy({
      by: ['msmeId'],
      where: { msmeId: { in: msmeIds }, status: { in: [...activeOrderStatuses] } },
      _count: { _all: true },
    }),
  ]);
  const recentBy = new Map(recent.map((r) => [r.msmeId, r._count._all]));
  const everBy = new Set(ever.map((r) => r.msmeId));
  return [...best.values()]
    .map(({ product, fits, reason }) => ({
      msmeId: product.msme.id,
      msmeName: product.msme.name,
      kecamatan: product.msme.kecamatan?.name ?? null,
      product: {
        id: product.id,
        name: product.name,
        priceIdr: product.priceIdr,
        unit: product.unit,
        dailyCapacity: product.dailyCapacity,
        leadTimeDays: product.leadTimeDays,
        halal: product.halal,
      },
      awardsLast12Months: recentBy.get(product.msme.id) ?? 0,
      everWon: everBy.has(product.msme.id),
      fits,
      reason,
    }))
    .sort(
      (a, b) =>
        Number(b.fits) - Number(a.fits) ||
        a.awardsLast12Months - b.awardsLast12Months ||
        a.product.priceIdr - b.product.priceIdr,
    );
}
