import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { DomainError } from '@/lib/server/action';
import { imageUrl } from './image-url';
import { unstable_cache } from 'next/cache';
import type { ProductQuery, sorts } from './search-schema';
import { CATALOG_TAG } from './cache-tags';

// Keyset pagination: the cursor holds the sort key and id of the last row (and which matcher
// found it), so page 400 costs what page 1 costs. Relevance is rounded so the cursor compares
// exactly what the query computed.
const cursorSchema = z.tuple([
  z.union([z.number().finite(), z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+$/)]),
  z.string().regex(/^[a-z0-9]{1,40}$/i),
  z.enum(['f', 'c']),
]);
type Matcher = 'f' | 'c';

function encodeCursor(key: number | string, id: string, matcher: Matcher) {
  return Buffer.from(JSON.stringify([key, id, matcher])).toString('base64url');
}

function decodeCursor(cursor: string) {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new z.ZodError([
      {
        code: 'custom',
        path: ['cursor'],
        message: 'kursor tidak valid; gunakan nextCursor dari respons sebelumnya',
        input: cursor,
      },
    ]);
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

/**
 * Two matchers, tried in order: 'f' is full-text search with Indonesian stemming (rajutan finds
 * rajut). When it fills less than a page, 'c' adds close spellings of words in the name (kripik
 * finds keripik, sambel finds sambal: word_similarity ≥ 0.5, set per connection in
 * lib/db/client.ts). Both are served by GIN indexes; the tsquery is computed once per statement.
 */
function textMatch(matcher: Matcher, q: string) {
  const fullText = Prisma.sql`p."searchVector" @@ (SELECT tsq FROM q)`;
  // Each word of the query must be close to a word of the name: one small GIN lookup per word
  // (matching the whole phrase by similarity would recheck most of the table).
  const words = [
    ...new Set(
      q
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 3),
    ),
  ].slice(0, 5);
  if (matcher === 'f' || words.length === 0) return fullText;
  return Prisma.sql`(${fullText} OR (${Prisma.join(
    words.map((w) => Prisma.sql`${w} <% p.name`),
    ' AND ',
  )}))`;
}

function withQuery(q: string | undefined) {
  return Prisma.sql`WITH q AS (SELECT websearch_to_tsquery('indonesian', unaccent(${q ?? ''})) AS tsq)`;
}

// Ranking reads every match; past this many, relevance is ranked among the first matches the
// index returns (the shopper refines with filters; the other sorts stay exact). See
// docs/decisions/004-catalog-search.md.
const RELEVANCE_CANDIDATES = 1000;

type Row = { id: string; key: number | string };

async function pageOf(
  query: ProductQuery,
  sort: (typeof sorts)[number],
  matcher: Matcher | null,
  after: [number | string, string] | null,
) {
  const q = query.q?.trim();
  const where = filters(query);
  if (matcher && q) where.push(textMatch(matcher, q));
  const descending = sort !== 'price-asc';
  let keyset = Prisma.empty;
  if (after) {
    const [value, id] = after;
    if (sort === 'newest' ? typeof value !== 'string' : typeof value !== 'number')
      throw new z.ZodError([
        {
          code: 'custom',
          path: ['cursor'],
          message: 'kursor tidak cocok dengan urutan',
          input: query.cursor,
        },
      ]);
    keyset = descending
      ? Prisma.sql`WHERE (key < ${value} OR (key = ${value} AND id > ${id}))`
      : Prisma.sql`WHERE (key > ${value} OR (key = ${value} AND id > ${id}))`;
  }
  const order = descending ? Prisma.sql`key DESC, id ASC` : Prisma.sql`key ASC, id ASC`;
  const limit = query.limit + 1;
  if (sort === 'relevance') {
    const rank =
      matcher === 'f'
        ? Prisma.sql`round(ts_rank(sv, (SELECT tsq FROM q))::numeric, 6)::float8`
        : Prisma.sql`round((ts_rank(sv, (SELECT tsq FROM q)) + word_similarity(${q}, name))::numeric, 6)::float8`;
    return db.$queryRaw<Row[]>`${withQuery(q)}
      SELECT id, key FROM (
        SELECT id, ${rank} AS key FROM (
          SELECT p.id, p.name, p."searchVector" AS sv ${fromClause} WHERE ${Prisma.join(where, ' AND ')} LIMIT ${RELEVANCE_CANDIDATES}
        ) candidates
      ) ranked ${keyset} ORDER BY ${order} LIMIT ${limit}`;
  }
  const key =
    sort === 'newest'
      ? Prisma.sql`to_char(coalesce(p."publishedAt", p."createdAt") AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`
      : Prisma.sql`p."priceIdr"`;
  return db.$queryRaw<Row[]>`${withQuery(q)}
    SELECT id, key FROM (SELECT p.id, ${key} AS key ${fromClause} WHERE ${Prisma.join(where, ' AND ')}) ranked ${keyset}
    ORDER BY ${order} LIMIT ${limit}`;
}

/** Ids of one page of public products in order, and the cursor for the next page. */
export async function searchProductIds(query: ProductQuery) {
  const q = query.q?.trim() || undefined;
  const sort = query.sort ?? (q ? 'relevance' : 'newest');
  if (sort === 'relevance' && !q)
    throw new z.ZodError([
      { code: 'custom', path: ['sort'], message: 'sort=relevance memerlukan q', input: sort },
    ]);
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  let matcher: Matcher | null = q ? (cursor?.[2] ?? 'f') : null;
  let rows = await pageOf(query, sort, matcher, cursor ? [cursor[0], cursor[1]] : null);
  if (q && matcher === 'f' && rows.length < query.limit && !cursor) {
    matcher = 'c';
    rows = await pageOf(query, sort, matcher, null);
  }
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    ids: page.map((r) => r.id),
    matcher,
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.key, last.id, matcher ?? 'f') : null,
  };
}

const itemSelect = {
  id: true,
  slug: true,
  name: true,
  priceIdr: true,
  unit: true,
  halal: true,
  stock: true,
  minOrder: true,
  leadTimeDays: true,
  category: { select: { slug: true, name: true } },
  images: { take: 1, orderBy: { position: 'asc' }, select: { url: true, asset: { select: { key: true } } } },
  msme: { select: { id: true, slug: true, name: true, kecamatan: { select: { name: true } } } },
  listings: {
    where: { stage: 'LIVE', externalUrl: { not: null } },
    select: { externalUrl: true, partner: { select: { name: true } } },
  },
} satisfies Prisma.ProductSelect;

export type CatalogItem = ReturnType<typeof toItem>;

function toItem(p: Prisma.ProductGetPayload<{ select: typeof itemSelect }>) {
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    priceIdr: p.priceIdr,
    unit: p.unit,
    halal: p.halal,
    stock: p.stock,
    minOrder: p.minOrder,
    leadTimeDays: p.leadTimeDays,
    category: p.category,
    imageUrl: imageUrl(p.images[0], 400),
    msme: { id: p.msme.id, slug: p.msme.slug, name: p.msme.name, kecamatan: p.msme.kecamatan?.name ?? null },
    channels: p.listings.map((l) => ({ partner: l.partner.name, url: l.externalUrl! })),
  };
}

/**
 * One page of public catalog items: two queries whatever the page size (no N+1). Cached for a
 * minute per query (popular searches repeat; the catalog tag expires it when an UMKM edits).
 */
export function searchCatalog(query: ProductQuery) {
  return unstable_cache(() => loadCatalogPage(query), ['catalog-page', JSON.stringify(query)], {
    tags: [CATALOG_TAG],
    revalidate: 60,
  })();
}

async function loadCatalogPage(query: ProductQuery) {
  const { ids, nextCursor, matcher } = await searchProductIds(query);
  const products = ids.length
    ? await db.product.findMany({ where: { id: { in: ids } }, select: itemSelect })
    : [];
  const byId = new Map(products.map((p) => [p.id, p]));
  return { items: ids.flatMap((id) => (byId.has(id) ? [toItem(byId.get(id)!)] : [])), nextCursor, matcher };
}

export async function catalogItem(id: string) {
  const product = await db.product.findFirst({
    where: { id, status: 'PUBLISHED', msme: { status: 'VERIFIED' } },
    select: itemSelect,
  });
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

async function loadFacets(query: ProductQuery, matcher: Matcher | null) {
  const q = query.q?.trim();
  const where = filters({ ...query, category: undefined, kecamatan: undefined });
  if (q && matcher) where.push(textMatch(matcher, q));
  const clause = Prisma.join(where, ' AND ');
  // Each facet counts what its link would show: a category's count keeps the chosen kecamatan,
  // a kecamatan's keeps the chosen category, and the flags keep both (FILTER per facet).
  const inCategory = query.category ? Prisma.sql`c.slug = ${query.category}` : Prisma.sql`true`;
  const inKecamatan = query.kecamatan ? Prisma.sql`k.slug = ${query.kecamatan}` : Prisma.sql`true`;
  const both = Prisma.sql`${inCategory} AND ${inKecamatan}`;
  // One pass over the matches: counts per category and kecamatan, and the flags, by GROUPING SETS.
  const rows = await db.$queryRaw<
    {
      g: number;
      cslug: string | null;
      cname: string | null;
      kslug: string | null;
      kname: string | null;
      ncat: number;
      nkec: number;
      n: number;
      halal: number;
      ready: number;
    }[]
  >`${withQuery(q)}
    SELECT GROUPING(c.slug, k.slug)::int AS g, c.slug AS cslug, c.name AS cname, k.slug AS kslug, k.name AS kname,
      count(*) FILTER (WHERE ${inKecamatan})::int AS ncat, count(*) FILTER (WHERE ${inCategory})::int AS nkec,
      count(*) FILTER (WHERE ${both})::int AS n,
      count(*) FILTER (WHERE p.halal AND ${both})::int AS halal, count(*) FILTER (WHERE p.stock > 0 AND ${both})::int AS ready
    ${fromClause} WHERE ${clause}
    GROUP BY GROUPING SETS ((c.slug, c.name, c.position), (k.slug, k.name), ())`;
  const categoryOrder = (
    await db.category.findMany({ select: { slug: true }, orderBy: { position: 'asc' } })
  ).map((c) => c.slug);
  // GROUPING bits: 1 = per category, 2 = per kecamatan, 3 = the grand total.
  const total = rows.find((r) => r.g === 3);
  return {
    categories: rows
      .filter((r) => r.g === 1 && r.ncat > 0)
      .map((r) => ({ slug: r.cslug!, name: r.cname!, n: r.ncat }))
      .sort((a, b) => categoryOrder.indexOf(a.slug) - categoryOrder.indexOf(b.slug)),
    kecamatan: rows
      .filter((r) => r.g === 2 && r.kslug && r.nkec > 0)
      .map((r) => ({ slug: r.kslug!, name: r.kname!, n: r.nkec }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    total: total?.n ?? 0,
    halal: total?.halal ?? 0,
    ready: total?.ready ?? 0,
  };
}

/**
 * Counts per category and kecamatan, halal and ready stock, for the current filters and the matcher
 * that found the page. Cached for a minute per query (and expired with the catalog).
 */
export function facets(query: ProductQuery, matcher: Matcher | null = query.q?.trim() ? 'f' : null) {
  const key = JSON.stringify({ ...query, cursor: undefined, sort: undefined, limit: undefined, matcher });
  return unstable_cache(() => loadFacets(query, matcher), ['catalog-facets', key], {
    tags: [CATALOG_TAG],
    revalidate: 60,
  })();
}
