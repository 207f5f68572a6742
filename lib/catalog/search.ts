import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { DomainError } from '@/lib/server/action';
import { imageUrl } from './image-url';
import type { ProductQuery } from './search-schema';

// Keyset pagination: the cursor holds the sort key and id of the last row, so page 400 costs what
// page 1 costs. Relevance is rounded so the cursor compares exactly what the query computed.
const cursorSchema = z.tuple([z.union([z.number(), z.string()]), z.string()]);

function encodeCursor(key: number | string, id: string) {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

function decodeCursor(cursor: string) {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new z.ZodError([{ code: 'custom', path: ['cursor'], message: 'kursor tidak valid; gunakan nextCursor dari respons sebelumnya', input: cursor }]);
  }
}

/** The WHERE clause for public products matching the filters (search text handled separately). */
function filters(query: ProductQuery) {
  const parts: Prisma.Sql[] = [Prisma.sql`p.status = 'PUBLISHED' AND m.status = 'VERIFIED'`];
  if (query.category) parts.push(Prisma.sql`c.slug = ${query.category}`);
  if (query.kecamatan) parts.push(Prisma.sql`k.slug = ${query.kecamatan}`);
  if (query.halal) parts.push(Prisma.sql`p.halal = ${query.halal === 'true'}`);
  if (query.availability === 'ready') parts.push(Prisma.sql`p.stock > 0`);
  if (query.availability === 'made-to-order') parts.push(Prisma.sql`p.stock IS NULL`);
  if (query.minPrice !== undefined) parts.push(Prisma.sql`p."priceIdr" >= ${query.minPrice}`);
  if (query.maxPrice !== undefined) parts.push(Prisma.sql`p."priceIdr" <= ${query.maxPrice}`);
  if (query.channel) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "ChannelListing" l JOIN "ChannelPartner" cp ON cp.id = l."partnerId"
      WHERE l."productId" = p.id AND l.stage = 'LIVE' AND cp.slug = ${query.channel})`);
  }
  return parts;
}

const fromClause = Prisma.sql`FROM "Product" p
  JOIN "Msme" m ON m.id = p."msmeId"
  JOIN "Category" c ON c.id = p."categoryId"
  LEFT JOIN "Kecamatan" k ON k.code = m."kecamatanCode"`;

function textMatch(q: string) {
  // Stemmed full-text match, or a close spelling of a word in the name (word_similarity ≥ 0.5,
  // set per connection in lib/db/client.ts), both served by GIN indexes.
  return Prisma.sql`(p."searchVector" @@ websearch_to_tsquery('indonesian', unaccent(${q})) OR ${q} <% p.name)`;
}

function rankOf(q: string) {
  return Prisma.sql`round((ts_rank_cd(p."searchVector", websearch_to_tsquery('indonesian', unaccent(${q}))) + word_similarity(${q}, p.name))::numeric, 6)::float8`;
}

type Row = { id: string; key: number | string };

/** Ids of one page of public products in order, and the cursor for the next page. */
export async function searchProductIds(query: ProductQuery) {
  const q = query.q?.trim() || undefined;
  const sort = query.sort ?? (q ? 'relevance' : 'newest');
  if (sort === 'relevance' && !q) throw new z.ZodError([{ code: 'custom', path: ['sort'], message: 'sort=relevance memerlukan q', input: sort }]);
  const where = filters(query);
  if (q) where.push(textMatch(q));
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const key =
    sort === 'relevance' ? rankOf(q!) : sort === 'newest' ? Prisma.sql`to_char(coalesce(p."publishedAt", p."createdAt") AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')` : Prisma.sql`p."priceIdr"`;
  const descending = sort === 'relevance' || sort === 'newest' || sort === 'price-desc';
  let keyset = Prisma.empty;
  if (after) {
    const [value, id] = after;
    if (sort === 'newest' ? typeof value !== 'string' : typeof value !== 'number') throw new z.ZodError([{ code: 'custom', path: ['cursor'], message: 'kursor tidak cocok dengan urutan', input: query.cursor }]);
    keyset = descending
      ? Prisma.sql`WHERE (key < ${value} OR (key = ${value} AND id > ${id}))`
      : Prisma.sql`WHERE (key > ${value} OR (key = ${value} AND id > ${id}))`;
  }
  const order = descending ? Prisma.sql`key DESC, id ASC` : Prisma.sql`key ASC, id ASC`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT id, key FROM (
      SELECT p.id, ${key} AS key ${fromClause} WHERE ${Prisma.join(where, ' AND ')}
    ) ranked ${keyset}
    ORDER BY ${order} LIMIT ${query.limit + 1}`;
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return { ids: page.map((r) => r.id), nextCursor: rows.length > query.limit && last ? encodeCursor(last.key, last.id) : null };
}

const itemSelect = {
  id: true, slug: true, name: true, priceIdr: true, unit: true, halal: true, stock: true, minOrder: true, leadTimeDays: true,
  category: { select: { slug: true, name: true } },
  images: { take: 1, orderBy: { position: 'asc' }, select: { url: true, asset: { select: { key: true } } } },
  msme: { select: { id: true, slug: true, name: true, kecamatan: { select: { name: true } } } },
  listings: { where: { stage: 'LIVE', externalUrl: { not: null } }, select: { externalUrl: true, partner: { select: { name: true } } } },
} satisfies Prisma.ProductSelect;

export type CatalogItem = ReturnType<typeof toItem>;

function toItem(p: Prisma.ProductGetPayload<{ select: typeof itemSelect }>) {
  return {
    id: p.id, slug: p.slug, name: p.name, priceIdr: p.priceIdr, unit: p.unit, halal: p.halal, stock: p.stock, minOrder: p.minOrder, leadTimeDays: p.leadTimeDays,
    category: p.category,
    imageUrl: imageUrl(p.images[0], 400),
    msme: { id: p.msme.id, slug: p.msme.slug, name: p.msme.name, kecamatan: p.msme.kecamatan?.name ?? null },
    channels: p.listings.map((l) => ({ partner: l.partner.name, url: l.externalUrl! })),
  };
}

/** One page of public catalog items: two queries whatever the page size (no N+1). */
export async function searchCatalog(query: ProductQuery) {
  const { ids, nextCursor } = await searchProductIds(query);
  const products = ids.length ? await db.product.findMany({ where: { id: { in: ids } }, select: itemSelect }) : [];
  const byId = new Map(products.map((p) => [p.id, p]));
  return { items: ids.flatMap((id) => (byId.has(id) ? [toItem(byId.get(id)!)] : [])), nextCursor };
}

export async function catalogItem(id: string) {
  const product = await db.product.findFirst({ where: { id, status: 'PUBLISHED', msme: { status: 'VERIFIED' } }, select: itemSelect });
  if (!product) throw new DomainError('Produk tidak ditemukan.', undefined, 404);
  return toItem(product);
}

/** Names close to a query that found nothing ("maksud Anda…"). */
export async function suggestions(q: string) {
  const rows = await db.$queryRaw<{ name: string; score: number }[]>`
    SELECT DISTINCT ON (lower(p.name)) p.name, word_similarity(${q}, p.name)::float8 AS score
    FROM "Product" p JOIN "Msme" m ON m.id = p."msmeId"
    WHERE p.status = 'PUBLISHED' AND m.status = 'VERIFIED' AND word_similarity(${q}, p.name) > 0.3
    ORDER BY lower(p.name), score DESC LIMIT 50`;
  return rows
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
    .map((r) => r.name);
}

/** Counts per category and kecamatan, halal and ready stock, for the current filters. */
export async function facets(query: ProductQuery) {
  const where = filters({ ...query, category: undefined, kecamatan: undefined });
  if (query.q?.trim()) where.push(textMatch(query.q.trim()));
  const clause = Prisma.join(where, ' AND ');
  const [categories, kecamatan, flags] = await Promise.all([
    db.$queryRaw<{ slug: string; name: string; n: number }[]>`SELECT c.slug, c.name, count(*)::int AS n ${fromClause} WHERE ${clause} GROUP BY c.slug, c.name, c.position ORDER BY c.position`,
    db.$queryRaw<{ slug: string; name: string; n: number }[]>`SELECT k.slug, k.name, count(*)::int AS n ${fromClause} WHERE ${clause} AND k.slug IS NOT NULL GROUP BY k.slug, k.name ORDER BY k.name`,
    db.$queryRaw<{ halal: number; ready: number; total: number }[]>`SELECT count(*) FILTER (WHERE p.halal)::int AS halal, count(*) FILTER (WHERE p.stock > 0)::int AS ready, count(*)::int AS total ${fromClause} WHERE ${clause}`,
  ]);
  return { categories, kecamatan, ...flags[0] };
}
