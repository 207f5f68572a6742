import 'server-only';
import { db } from '@/lib/server/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';
import type { Tx } from '@/lib/db/client';
import { DomainError } from '@/lib/server/action';
import { activeOrderStatuses, opdStaff } from './events';
import { daysBeforeDelivery, fitProblem } from './fit';
import { candidateFilterSchema } from './schema';

type Need = {
  description: string;
  unit: string;
  categoryId: string | null;
  quantity: number;
  deliveryFrom: Date;
};

export type FittingProduct = {
  id: string;
  name: string;
  priceIdr: number;
  unit: string;
  dailyCapacity: number | null;
  leadTimeDays: number;
  stock: number | null;
  halal: boolean;
  msmeId: string;
  msmeName: string;
  kecamatan: string | null;
  /** How well the product matches the need's words (Indonesian full text and close spellings). */
  textScore: number;
  sameCategory: boolean;
  sameUnit: boolean;
};

/**
 * Published products of verified UMKM that could be what the need asks for: its words (Indonesian
 * stemming, close spellings) or its category. Each carries its relevance, so a caterer shows its
 * nasi kotak for a nasi kotak need, not its coffee break.
 */
async function relevantProducts(
  client: Tx,
  need: Need,
  where: { msmeId?: string; kecamatan?: string; halal?: boolean } = {},
) {
  const words = need.description;
  const conditions = [
    Prisma.sql`p.status = 'PUBLISHED'`,
    Prisma.sql`m.status = 'VERIFIED'`,
    Prisma.sql`(p."searchVector" @@ (SELECT tsq FROM q) OR ${words} <% p.name${
      need.categoryId ? Prisma.sql` OR p."categoryId" = ${need.categoryId}` : Prisma.empty
    })`,
  ];
  if (where.msmeId) conditions.push(Prisma.sql`p."msmeId" = ${where.msmeId}`);
  if (where.kecamatan) conditions.push(Prisma.sql`m."kecamatanCode" = ${where.kecamatan}`);
  if (where.halal) conditions.push(Prisma.sql`p.halal`);
  const rows = await client.$queryRaw<FittingProduct[]>`
    -- Any of the need's words (stemmed), so "nasi kotak makan siang" finds "Nasi Kotak Rendang".
    WITH q AS (SELECT replace(plainto_tsquery('indonesian', unaccent(${words}))::text, '&', '|')::tsquery AS tsq)
    SELECT p.id, p.name, p."priceIdr", p.unit, p."dailyCapacity", p."leadTimeDays", p.stock, p.halal,
      p."msmeId", m.name AS "msmeName", k.name AS kecamatan,
      -- The name must say it: a description that mentions "makan siang" does not make teri a lunch box.
      (ts_rank(to_tsvector('indonesian', unaccent(p.name)), (SELECT tsq FROM q))
        + CASE WHEN ${words} <% p.name THEN word_similarity(${words}, p.name) ELSE 0 END)::float8 AS "textScore",
      (p."categoryId" IS NOT DISTINCT FROM ${need.categoryId}) AS "sameCategory",
      (lower(p.unit) = lower(${need.unit})) AS "sameUnit"
    FROM "Product" p JOIN "Msme" m ON m.id = p."msmeId" LEFT JOIN "Kecamatan" k ON k.code = m."kecamatanCode"
    WHERE ${Prisma.join(conditions, ' AND ')}
    LIMIT 5000`;
  return rows.filter((p) => p.textScore > 0 || (need.categoryId !== null && p.sameCategory));
}

const score = (p: FittingProduct) => p.textScore + (p.sameCategory ? 0.3 : 0) + (p.sameUnit ? 0.2 : 0);

/** Per UMKM, the product that best fits: one that can be supplied in time first, then relevance, then price. */
function bestPerMsme(products: FittingProduct[], need: Need) {
  const days = daysBeforeDelivery(need.deliveryFrom);
  const best = new Map<string, { product: FittingProduct; problem: ReturnType<typeof fitProblem> }>();
  for (const product of products) {
    const problem = fitProblem(product, need.quantity, days);
    const current = best.get(product.msmeId);
    const better =
      !current ||
      (!problem && current.problem) ||
      (!problem === !current.problem &&
        (score(product) > score(current.product) ||
          (score(product) === score(current.product) && product.priceIdr < current.product.priceIdr)));
    if (better) best.set(product.msmeId, { product, problem });
  }
  return { best, days };
}

/** The UMKM's product an award or order for this need is judged by (null if it sells nothing relevant). */
export async function fittingProductOf(client: Tx, msmeId: string, need: Need) {
  const { best } = bestPerMsme(await relevantProducts(client, need, { msmeId }), need);
  return best.get(msmeId)?.product ?? null;
}

/**
 * UMKM that could supply a need, each with its best-fitting product and the rule it fails if any,
 * how many OPD orders it won in the last 12 months and whether it ever won one. Those that fit come
 * first; then those whose product matches the need's words; then fewer awards, so orders spread
 * across UMKM (the mayor's instruction is for all of them); then price.
 */
export async function candidatesForNeed(actor: Actor | null, needId: string, rawFilters: unknown = {}) {
  const { opdId } = opdStaff(actor);
  const filters = candidateFilterSchema.parse(rawFilters);
  const need = await db.eventNeed.findFirst({
    where: { id: needId, event: { opdId } },
    select: { id: true, description: true, unit: true, categoryId: true, quantity: true, deliveryFrom: true },
  });
  if (!need) throw new DomainError('Kebutuhan tidak ditemukan.', undefined, 404);
  const products = await relevantProducts(db, need, { kecamatan: filters.kecamatan, halal: !!filters.halal });
  const { best } = bestPerMsme(products, need);
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
    .map(({ product, problem }) => ({
      msmeId: product.msmeId,
      msmeName: product.msmeName,
      kecamatan: product.kecamatan,
      product: {
        id: product.id,
        name: product.name,
        priceIdr: product.priceIdr,
        unit: product.unit,
        dailyCapacity: product.dailyCapacity,
        leadTimeDays: product.leadTimeDays,
        halal: product.halal,
      },
      matchesWords: product.textScore > 0,
      awardsLast12Months: recentBy.get(product.msmeId) ?? 0,
      everWon: everBy.has(product.msmeId),
      fits: !problem,
      failedRule: problem?.rule ?? null,
      reason: problem?.text ?? null,
    }))
    .sort(
      (a, b) =>
        Number(b.fits) - Number(a.fits) ||
        Number(b.matchesWords) - Number(a.matchesWords) ||
        a.awardsLast12Months - b.awardsLast12Months ||
        a.product.priceIdr - b.product.priceIdr,
    );
}
