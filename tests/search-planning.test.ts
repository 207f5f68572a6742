// Search at a million products (decisions 023, 024): the first page of a sorted search is found by
// a short walk of the sort order, the few matches read whole, a long walk or every match sorted,
// and must be the same page whichever way; category and kecamatan
// filters reach the product indexes as ids, which follow the catalog's expiry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { productQuerySchema } from '@/lib/catalog/search-schema';
import { searchProductIds, searchTuning } from '@/lib/catalog/search';
import { expireCatalog } from '@/lib/catalog/cache-tags';
import { productIdsIn } from './support/sample-ids';

const tag = 'zqplan';
const COUNT = 30;
let msmeId = '';
let categorySlug = '';
const [home, away] = ['medan-kota', 'medan-johor'];

const ids = (params: Record<string, string>) =>
  searchProductIds(productQuerySchema.parse({ q: tag, ...params })).then((page) => page);

beforeAll(async () => {
  const [kecamatan, category] = await Promise.all([
    db.kecamatan.findUniqueOrThrow({ where: { slug: home } }),
    db.category.findFirstOrThrow({ orderBy: { position: 'asc' } }),
  ]);
  categorySlug = category.slug;
  const msme = await db.msme.create({
    data: {
      slug: `${tag}-umkm`,
      name: `Dapur ${tag}`,
      ownerName: 'Butet Sihombing',
      status: 'VERIFIED',
      kecamatanCode: kecamatan.code,
    },
  });
  msmeId = msme.id;
  const start = Date.UTC(2099, 0, 1);
  // None in the search samples (decisions 025, 026): the sixteenth would skip the few matches' step, as for a
  // common word; tests/search-sample.test.ts covers that way.
  const ids = await productIdsIn('neither', COUNT);
  for (let i = 0; i < COUNT; i++)
    await db.product.create({
      data: {
        id: ids[i],
        slug: `${tag}-${i}`,
        name: `Lemper ${tag} ${i}`,
        msmeId,
        categoryId: category.id,
        // The cheapest and newest products of the catalog, so that a short walk of the price and
        // newest orders meets them; ties on purpose: the id decides among equal prices.
        priceIdr: 1 + (i % 7),
        unit: 'pcs',
        status: 'PUBLISHED',
        publishedAt: new Date(start + ((i * 37) % COUNT) * 60_000),
      },
    });
});

afterAll(async () => {
  await db.product.deleteMany({ where: { msmeId } });
  await db.msme.delete({ where: { id: msmeId } });
  expireCatalog([], true);
});

/** The whole order, computed the plain way: every match (up to a price) sorted. */
async function fullOrder(sort: 'price-asc' | 'price-desc' | 'newest', maxPrice = Infinity) {
  const products = await db.product.findMany({
    where: { msmeId },
    select: { id: true, priceIdr: true, publishedAt: true },
  });
  const key = (p: (typeof products)[number]) => (sort === 'newest' ? p.publishedAt!.getTime() : p.priceIdr);
  const direction = sort === 'price-asc' ? 1 : -1;
  return products
    .filter((p) => p.priceIdr <= maxPrice)
    .sort((a, b) => direction * (key(a) - key(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) => p.id);
}

describe('sorted search', () => {
  const tuning = { ...searchTuning };
  // Walks of 5 and 10 products: ours are the first 30 of the price-asc and newest orders, and the
  // last of price-desc (no walk finds them there). Each part of the statement gets its turn: a
  // page of 4 from the short walk (asc, newest), of 7 from the long walk (5 < 7 ≤ 10, and 30
  // matches are more than 10), of 100 (or any desc page) from every match sorted, and a narrow
  // filter (nine products up to Rp 2) from the few matches read whole.
  beforeAll(() => void Object.assign(searchTuning, { shortWalk: 5, sortedWalk: 10 }));
  afterAll(() => void Object.assign(searchTuning, tuning));

  it.each(['price-asc', 'price-desc', 'newest'] as const)(
    'gives the first page of the full %s order, from the walks and from the sorted matches alike',
    async (sort) => {
      const order = await fullOrder(sort);
      expect((await ids({ sort, limit: '4' })).ids).toEqual(order.slice(0, 4));
      expect((await ids({ sort, limit: '7' })).ids).toEqual(order.slice(0, 7));
      expect((await ids({ sort, limit: '100' })).ids).toEqual(order);
      expect((await ids({ sort, limit: '4', category: categorySlug })).ids).toEqual(order.slice(0, 4));
      const cheap = await fullOrder(sort, 2);
      expect(cheap.length).toBeLessThanOrEqual(10);
      expect((await ids({ sort, limit: '4', maxPrice: '2' })).ids).toEqual(cheap.slice(0, 4));
      expect((await ids({ sort, limit: '100', maxPrice: '2' })).ids).toEqual(cheap);
    },
  );

  it.each(['price-asc', 'price-desc', 'newest'] as const)(
    'pages through the %s order exactly once with cursors',
    async (sort) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await ids({ sort, limit: '7', ...(cursor ? { cursor } : {}) });
        seen.push(...page.ids);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(await fullOrder(sort));
    },
  );
});

describe('category and kecamatan filters by id', () => {
  it('finds by category, and nothing for an unknown one', async () => {
    expect((await ids({ category: categorySlug, limit: '100' })).ids).toHaveLength(COUNT);
    expect((await ids({ category: 'tidak-ada', limit: '100' })).ids).toEqual([]);
  });

  it('follows a UMKM to its new kecamatan once the catalog expires', async () => {
    expect((await ids({ kecamatan: home, limit: '100' })).ids).toHaveLength(COUNT);
    expect((await ids({ kecamatan: away, limit: '100' })).ids).toEqual([]);
    const moved = await db.kecamatan.findUniqueOrThrow({ where: { slug: away } });
    await db.msme.update({ where: { id: msmeId }, data: { kecamatanCode: moved.code } });
    // What a verification (the only way a verified UMKM's kecamatan changes) does afterwards.
    expireCatalog([], true);
    expect((await ids({ kecamatan: away, limit: '100' })).ids).toHaveLength(COUNT);
    expect((await ids({ kecamatan: home, limit: '100' })).ids).toEqual([]);
  });
});
