// The samples' text indexes (decisions 025, 026): a sixteenth and a quarter of the products, by a
// hash of the id, have text indexes of their own, read for relevance candidates and facet counts
// when a search likely matches enough (catalog_words) and the sample holds enough. Product ids are
// chosen here so that 8 products are in the sixteenth, 24 more in the quarter, and 68 in neither.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { productQuerySchema } from '@/lib/catalog/search-schema';
import { facets, searchProductIds, searchTuning } from '@/lib/catalog/search';
import { expireCatalog } from '@/lib/catalog/cache-tags';
import { productIdsIn } from './support/sample-ids';
import { refreshCatalogWords } from '@/lib/catalog/catalog-words';

const tag = 'zqsampel';
let msmeId = '';
const inSample = new Set<string>();
const outside = new Set<string>();
/** in the quarter but not the sixteenth (a part of `outside`) */
const quarterOnly = new Set<string>();
/** in no sample (a part of `outside`) */
const neither = new Set<string>();

beforeAll(async () => {
  const [kecamatan, category] = await Promise.all([
    db.kecamatan.findFirstOrThrow(),
    db.category.findFirstOrThrow({ orderBy: { position: 'asc' } }),
  ]);
  const msme = await db.msme.create({
    data: {
      slug: `${tag}-umkm`,
      name: `Dapur ${tag}`,
      ownerName: "Nur'aini Lubis",
      status: 'VERIFIED',
      kecamatanCode: kecamatan.code,
    },
  });
  msmeId = msme.id;
  const [sampled, quarter, none] = await Promise.all([
    productIdsIn('sixteenth', 8),
    productIdsIn('quarter', 24),
    productIdsIn('neither', 68),
  ]);
  const others = [...none, ...quarter];
  sampled.forEach((id) => inSample.add(id));
  others.forEach((id) => outside.add(id));
  quarter.forEach((id) => quarterOnly.add(id));
  none.forEach((id) => neither.add(id));
  // The samples' products last, so that the whole catalog's index returns the others first.
  // Only the samples' products are halal: a count made from a sample alone shows as halal = total.
  await db.product.createMany({
    data: [...others, ...sampled].map((id, i) => ({
      id,
      slug: `${tag}-${i}`,
      name: `Kacang ${tag} ${i}`,
      msmeId,
      categoryId: category.id,
      priceIdr: 1_000 + i * 500,
      unit: 'pcs',
      halal: inSample.has(id) || quarterOnly.has(id),
      status: 'PUBLISHED' as const,
      publishedAt: new Date(Date.UTC(2026, 0, 1 + i)),
    })),
  });
});

// The products' word reaches catalog_words, whose counts say how many a search likely matches.
const tuning = { ...searchTuning };
beforeAll(async () => {
  await refreshCatalogWords();
  // 100 products have the word: with a margin of 1, a sample is worth trying for up to 6 (16 × 6).
  Object.assign(searchTuning, { sampleMargin: 1 });
});

afterAll(async () => {
  Object.assign(searchTuning, tuning);
  await db.product.deleteMany({ where: { msmeId } });
  await db.msme.delete({ where: { id: msmeId } });
  expireCatalog([], true);
});

const query = (params: Record<string, string> = {}) => productQuerySchema.parse({ q: tag, ...params });

/** Every product of the test listed live on the first channel partner, which is returned. */
async function listEveryProduct() {
  const partner = await db.channelPartner.findFirstOrThrow({ orderBy: { slug: 'asc' } });
  await db.channelListing.createMany({
    data: [...inSample, ...outside].map((productId) => ({
      productId,
      partnerId: partner.id,
      stage: 'LIVE' as const,
      externalUrl: `https://example.com/${productId}`,
    })),
  });
  return partner;
}

describe('relevance candidates', () => {
  it('are read from the sample when it holds enough matches', async () => {
    Object.assign(searchTuning, { relevanceCandidates: 5 });
    const page = await searchProductIds(query({ limit: '100' }));
    expect(page.ids).toHaveLength(5);
    for (const id of page.ids) expect(inSample.has(id)).toBe(true);
  });

  it('are read from the sample for words that go together, judged by the rarest word', async () => {
    // "kacang" and the tag are in the same 100 names: taken as independent, the two words would
    // say about 100 × 100 / (the catalog's size) match, too few for any sample.
    Object.assign(searchTuning, { relevanceCandidates: 5, sampleMargin: 1 });
    const page = await searchProductIds(query({ q: `kacang ${tag}`, limit: '100' }));
    expect(page.ids).toHaveLength(5);
    for (const id of page.ids) expect(inSample.has(id)).toBe(true);
  });

  it('are read from the whole catalog in one kecamatan or category, through the filter tokens', async () => {
    // Even where a sample would hold enough (no margin): the words paired with the category or
    // the UMKM hold the filter's matches only (decision 028). The whole catalog's first 5 are
    // products inserted first, in no sample.
    Object.assign(searchTuning, { relevanceCandidates: 5, sampleMargin: 0.01 });
    const product = await db.product.findFirstOrThrow({
      where: { msmeId },
      select: { category: { select: { slug: true } }, msme: { select: { kecamatan: true } } },
    });
    const kecamatan = product.msme.kecamatan!.slug;
    const category = product.category.slug;
    const filters: Record<string, string>[] = [{ kecamatan }, { category }, { kecamatan, category }];
    for (const filter of filters) {
      const page = await searchProductIds(query({ limit: '100', ...filter }));
      expect(page.ids).toHaveLength(5);
      for (const id of page.ids) expect(neither.has(id)).toBe(true);
    }
    // Every match, for one word and for two (each term paired with the filter), and none elsewhere.
    Object.assign(searchTuning, { relevanceCandidates: 300, sampleMargin: 1000 });
    const everyOne = new Set([...inSample, ...outside]);
    for (const filter of filters)
      for (const q of [tag, `kacangnya ${tag}`, `Kacang ${tag.toUpperCase()}`]) {
        const page = await searchProductIds(query({ limit: '100', q, ...filter }));
        expect(new Set(page.ids)).toEqual(everyOne);
      }
    const [elsewhere, otherCategory] = await Promise.all([
      db.kecamatan.findFirstOrThrow({ where: { code: { not: product.msme.kecamatan!.code } } }),
      db.category.findFirstOrThrow({ where: { slug: { not: category } } }),
    ]);
    const notTheirs: Record<string, string>[] = [
      { kecamatan: elsewhere.slug },
      { category: otherCategory.slug },
    ];
    for (const filter of notTheirs) {
      expect((await searchProductIds(query({ limit: '100', ...filter }))).ids).toEqual([]);
      expect((await searchProductIds(query({ limit: '100', q: `kacang ${tag}`, ...filter }))).ids).toEqual(
        [],
      );
    }
    // A word of the query the products lack: none, though the other word is theirs.
    expect((await searchProductIds(query({ limit: '100', q: `${tag} ulos`, category }))).ids).toEqual([]);
    Object.assign(searchTuning, { sampleMargin: 1 });
  });

  it('are read from the whole catalog with a channel filter, which the index does not hold', async () => {
    // A channel would be checked on each sample match in the table: the sample is not tried, and
    // the whole catalog's index gives its first matches (the others, inserted first).
    Object.assign(searchTuning, { relevanceCandidates: 5 });
    const partner = await listEveryProduct();
    try {
      const page = await searchProductIds(query({ limit: '100', channel: partner.slug }));
      expect(page.ids).toHaveLength(5);
      for (const id of page.ids) expect(neither.has(id)).toBe(true);
    } finally {
      await db.channelListing.deleteMany({ where: { product: { msmeId } } });
    }
  });

  it('are read from the quarter when the sixteenth likely holds too few, or holds too few', async () => {
    // 9 candidates: 16 × 9 = 144 likely matches wanted for the sixteenth, 4 × 9 = 36 for the
    // quarter; 100 there: the quarter's 32 give them.
    Object.assign(searchTuning, { relevanceCandidates: 9, sampleMargin: 1 });
    const quarter = await searchProductIds(query({ limit: '100' }));
    expect(quarter.ids).toHaveLength(9);
    for (const id of quarter.ids) expect(neither.has(id)).toBe(false);
    expect(quarter.ids.some((id) => quarterOnly.has(id))).toBe(true);
    // Tried from the sixteenth anyway (no margin): its 8 are too few for 9, and the quarter answers.
    Object.assign(searchTuning, { sampleMargin: 0 });
    const tried = await searchProductIds(query({ limit: '100' }));
    expect(tried.ids).toHaveLength(9);
    for (const id of tried.ids) expect(neither.has(id)).toBe(false);
    expect(tried.ids.some((id) => quarterOnly.has(id))).toBe(true);
  });

  it('are read from the whole catalog when the samples likely hold too few, or hold too few', async () => {
    // 40 candidates: 4 × 40 = 160 likely matches wanted for the quarter, 100 there.
    Object.assign(searchTuning, { relevanceCandidates: 40, sampleMargin: 1 });
    const few = await searchProductIds(query({ limit: '100' }));
    expect(few.ids).toHaveLength(40);
    expect(few.ids.some((id) => neither.has(id))).toBe(true);
    // Tried anyway: the sixteenth's 8 and the quarter's 32 are too few for 40.
    Object.assign(searchTuning, { sampleMargin: 0 });
    const tried = await searchProductIds(query({ limit: '100' }));
    expect(tried.ids).toHaveLength(40);
    expect(tried.ids.some((id) => neither.has(id))).toBe(true);
    Object.assign(searchTuning, { relevanceCandidates: 300, sampleMargin: 1 });
    const all = await searchProductIds(query({ limit: '100' }));
    expect(new Set(all.ids)).toEqual(new Set([...inSample, ...outside]));
  });

  it('page through the same candidates with cursors, even when the estimate changes meanwhile', async () => {
    Object.assign(searchTuning, { relevanceCandidates: 6 });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchProductIds(query({ limit: '4', ...(cursor ? { cursor } : {}) }));
      seen.push(...page.ids);
      cursor = page.nextCursor ?? undefined;
      // The word list says otherwise by the next page (refreshed meanwhile): the cursor decides.
      Object.assign(searchTuning, { sampleMargin: 100 });
    } while (cursor);
    Object.assign(searchTuning, { sampleMargin: 1 });
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    for (const id of seen) expect(inSample.has(id)).toBe(true);
  });
});

describe('facet counts', () => {
  it('count the sample when it holds more matches than are counted, and say they are estimated', async () => {
    const counts = await facets(query(), { matcher: 'f' }, 4);
    expect(counts).toMatchObject({ estimated: true, total: 5, halal: 5 });
  });

  it('count the quarter, or the whole catalog, when the sixteenth holds too few', async () => {
    // 11 counted: the quarter's 32 hold them, all halal (the whole catalog's first 11 are not).
    const counts = await facets(query(), { matcher: 'f' }, 10);
    expect(counts).toMatchObject({ estimated: true, total: 11, halal: 11 });
    const exact = await facets(query(), { matcher: 'f' }, 200);
    expect(exact).toMatchObject({ estimated: false, total: 100, halal: 32 });
  });
});

describe('a sorted search whose sample says the matches are many', () => {
  it.each([16, 400])('gives the exact first page (sortedWalk %i)', async (sortedWalk) => {
    // 16: 100 likely matches, and a sixteenth (1) in the sample say "many", so the few matches are
    // not read and the long walk or every match sorted finds the page; 400: likely fewer, read.
    Object.assign(searchTuning, { shortWalk: 2, sortedWalk, sampleMargin: 1 });
    const products = await db.product.findMany({ where: { msmeId }, select: { id: true, priceIdr: true } });
    const dearest = products.sort((a, b) => b.priceIdr - a.priceIdr).map((p) => p.id);
    expect((await searchProductIds(query({ sort: 'price-desc', limit: '5' }))).ids).toEqual(
      dearest.slice(0, 5),
    );
    expect((await searchProductIds(query({ sort: 'price-asc', limit: '5' }))).ids).toEqual(
      dearest.reverse().slice(0, 5),
    );
  });
});

describe('a sorted page far along the order (decision 026)', () => {
  // Walks of 2 and 4 products and pages of 4: no walk finds a page, and 100 matches are more than
  // 4 read whole. The sample's 8 are the dearest and newest of the 100.
  const steps: string[] = [];
  // Every product listed on one channel: a price order with a channel filter (which the price
  // bands' index does not hold) takes the sample's band; without one, the price bands.
  let channel = '';
  beforeAll(async () => {
    Object.assign(searchTuning, { shortWalk: 2, sortedWalk: 4, sampleMargin: 1, bandMargin: 4 });
    searchTuning.onSortedStep = (step) => steps.push(step);
    channel = (await listEveryProduct()).slug;
  });
  afterAll(async () => {
    Object.assign(searchTuning, tuning, { sampleMargin: 1 });
    await db.channelListing.deleteMany({ where: { product: { msmeId } } });
  });

  const order = async (sort: 'price-asc' | 'price-desc' | 'newest') => {
    const products = await db.product.findMany({
      where: { msmeId },
      select: { id: true, priceIdr: true, publishedAt: true },
    });
    const key = (p: (typeof products)[number]) => (sort === 'newest' ? p.publishedAt!.getTime() : p.priceIdr);
    const direction = sort === 'price-asc' ? 1 : -1;
    return products.sort((a, b) => direction * (key(a) - key(b)) || (a.id < b.id ? -1 : 1)).map((p) => p.id);
  };
  // By price in one channel: without it, a price order is read from the price bands (below).
  const firstPage = async (sort: 'price-asc' | 'price-desc' | 'newest', bandMargin: number) => {
    Object.assign(searchTuning, { bandMargin });
    steps.length = 0;
    const inChannel: Record<string, string> = sort === 'newest' ? {} : { channel };
    const page = await searchProductIds(query({ q: `kacang ${tag}`, sort, limit: '4', ...inChannel }));
    return { ids: page.ids, step: steps.at(-1) };
  };

  it('is read from the band the sample marks out, when the sample reaches past a page', async () => {
    // From the cheapest: the sample's 2nd cheapest match is the 94th of the 100, so the band
    // holds 94 matches, the page among them.
    expect(await firstPage('price-asc', 4)).toEqual({
      ids: (await order('price-asc')).slice(0, 4),
      step: 'band',
    });
    // From the dearest, with a margin of 16: the sample's 5th match ends a band of 5 (a page and one).
    expect(await firstPage('price-desc', 16)).toEqual({
      ids: (await order('price-desc')).slice(0, 4),
      step: 'band',
    });
    expect(await firstPage('newest', 16)).toEqual({ ids: (await order('newest')).slice(0, 4), step: 'band' });
  });

  it('is read from every match when the band holds less than a page', async () => {
    // From the dearest, a margin of 4: the band ends at the sample's 2nd, 2 matches.
    expect(await firstPage('price-desc', 4)).toEqual({
      ids: (await order('price-desc')).slice(0, 4),
      step: 'every',
    });
    expect(await firstPage('newest', 4)).toEqual({ ids: (await order('newest')).slice(0, 4), step: 'every' });
  });

  it.each(['price-asc', 'price-desc'] as const)(
    'is read by price from the price-band index, the words as the shopper wrote them (%s)',
    async (sort) => {
      // The page comes from the index of words paired with price bands (decision 027): a suffix,
      // capitals, an accent and punctuation ask it for what the text index matches; each word of
      // several is asked in each band.
      for (const q of [`${tag}nya`, 'ZQSÁMPEL', `${tag}!`, tag, `kacang ${tag}`, `kacangnya ${tag}`]) {
        steps.length = 0;
        const page = await searchProductIds(query({ q, sort, limit: '4' }));
        expect({ q, ids: page.ids, step: steps.at(-1) }).toEqual({
          q,
          ids: (await order(sort)).slice(0, 4),
          step: 'bands',
        });
      }
      // In the product's category and kecamatan, which the price bands' index holds.
      const product = await db.product.findFirstOrThrow({
        where: { msmeId },
        select: { category: { select: { slug: true } }, msme: { select: { kecamatan: true } } },
      });
      const filters: Record<string, string>[] = [
        { category: product.category.slug },
        { kecamatan: product.msme.kecamatan!.slug },
      ];
      for (const filter of filters) {
        steps.length = 0;
        const page = await searchProductIds(query({ sort, limit: '4', ...filter }));
        expect({ filter, ids: page.ids, step: steps.at(-1) }).toEqual({
          filter,
          ids: (await order(sort)).slice(0, 4),
          step: 'bands',
        });
      }
      // Between the price filter's bounds, and with a filter that leaves half.
      const prices = await db.product.findMany({ where: { msmeId }, select: { id: true, priceIdr: true } });
      const priceOf = new Map(prices.map((p) => [p.id, p.priceIdr]));
      for (const [min, max] of [
        [20_000, undefined],
        [undefined, 20_000],
        [15_000, 30_000],
      ]) {
        const bounds: Record<string, string> = {};
        if (min !== undefined) bounds.minPrice = String(min);
        if (max !== undefined) bounds.maxPrice = String(max);
        const within = (id: string) =>
          priceOf.get(id)! >= (min ?? 0) && priceOf.get(id)! <= (max ?? Infinity);
        const page = await searchProductIds(query({ sort, limit: '4', ...bounds }));
        expect({ bounds, ids: page.ids }).toEqual({
          bounds,
          ids: (await order(sort)).filter(within).slice(0, 4),
        });
      }
      const halal = await searchProductIds(query({ sort, limit: '4', halal: 'true' }));
      const halalIds = new Set([...inSample, ...quarterOnly]);
      expect(halal.ids).toEqual((await order(sort)).filter((id) => halalIds.has(id)).slice(0, 4));
    },
  );

  it('follows a price changed after the product was listed', async () => {
    const [dearest] = await order('price-desc');
    const { priceIdr } = await db.product.findUniqueOrThrow({ where: { id: dearest } });
    await db.product.update({ where: { id: dearest }, data: { priceIdr: 600 } });
    try {
      Object.assign(searchTuning, { bandMargin: 16 });
      const asc = await searchProductIds(query({ sort: 'price-asc', limit: '4' }));
      expect(asc.ids).toEqual((await order('price-asc')).slice(0, 4));
      expect(asc.ids[0]).toBe(dearest);
      const desc = await searchProductIds(query({ sort: 'price-desc', limit: '4' }));
      expect(desc.ids).toEqual((await order('price-desc')).slice(0, 4));
      expect(desc.ids).not.toContain(dearest);
    } finally {
      await db.product.update({ where: { id: dearest }, data: { priceIdr } });
    }
  });

  it.each([
    ['price-asc', tag, 'bands', false],
    ['price-desc', tag, 'bands', false],
    ['price-asc', `kacang ${tag}`, 'bands', false],
    ['price-desc', `kacang ${tag}`, 'bands', false],
    ['price-asc', `kacang ${tag}`, 'band', true],
    ['price-desc', `kacang ${tag}`, 'band', true],
    ['newest', tag, 'band', false],
  ] as const)(
    'pages through the %s order of "%s" exactly once, later pages found the same ways (%s)',
    async (sort, q, step, inChannel) => {
      Object.assign(searchTuning, { bandMargin: 16 });
      steps.length = 0;
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const params = { q, sort, limit: '4', ...(inChannel ? { channel } : {}) };
        const page = await searchProductIds(query({ ...params, ...(cursor ? { cursor } : {}) }));
        seen.push(...page.ids);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(await order(sort));
      expect(steps).toContain(step);
    },
  );
});

describe('a sorted search in one kecamatan and category', () => {
  it.each(['price-asc', 'price-desc', 'newest'] as const)(
    'gives the exact %s order, its matches read through the filter tokens',
    async (sort) => {
      // Walks of 2 and at most 400 matches read: the few-matches step finds the page.
      Object.assign(searchTuning, { shortWalk: 2, sortedWalk: 400, sampleMargin: 1000 });
      const product = await db.product.findFirstOrThrow({
        where: { msmeId },
        select: { category: { select: { slug: true } }, msme: { select: { kecamatan: true } } },
      });
      const products = await db.product.findMany({
        where: { msmeId },
        select: { id: true, priceIdr: true, publishedAt: true },
      });
      const key = (p: (typeof products)[number]) =>
        sort === 'newest' ? -p.publishedAt!.getTime() : sort === 'price-asc' ? p.priceIdr : -p.priceIdr;
      const expected = products.sort((a, b) => key(a) - key(b) || a.id.localeCompare(b.id)).map((p) => p.id);
      const filter = { kecamatan: product.msme.kecamatan!.slug, category: product.category.slug };
      const page = await searchProductIds(query({ sort, limit: '7', q: `kacang ${tag}`, ...filter }));
      expect(page.ids).toEqual(expected.slice(0, 7));
      Object.assign(searchTuning, tuning, { sampleMargin: 1 });
    },
  );
});
