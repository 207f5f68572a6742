// How Medan writes: spelling variants and synonyms kept as data (lib/catalog/search-variants.ts),
// particles -nya and -lah, and facet counts that say when they are only lower bounds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { productQuerySchema } from '@/lib/catalog/search-schema';
import { facets, noFacets, searchCatalog, searchTuning, suggestions } from '@/lib/catalog/search';
import { catalogListPage } from '@/lib/catalog/list-page';
import { queryTerms, searchVariantGroups } from '@/lib/catalog/search-variants';

const search = (q: string) => searchCatalog(productQuerySchema.parse({ q, limit: '100' }));
// A made-up word in every fixture name, so that a hit can only be one of ours.
const tag = 'zqvar';
// One product per spelling: the query in the first column must find the name in the second.
const pairs = [
  ['kripik', 'Keripik Pedas'],
  ['keripik', 'Kripik Singkong'],
  ['sambel', 'Sambal Andaliman'],
  ['kueh', 'Kue Lapis'],
  ['bolu kukus', 'Bolu Pandan'],
  ['tea', 'Teh Melati'],
  ['coffee', 'Kopi Lintong'],
  ['kopi', 'Coffee Beans'],
  ['ulos', 'Tenun Sadum'],
  ['tenun', 'Ulos Ragi Hotang'],
] as const;
const created: string[] = [];

beforeAll(async () => {
  const msme = await db.msme.findFirstOrThrow({ where: { status: 'VERIFIED' }, orderBy: { slug: 'asc' } });
  const category = await db.category.findFirstOrThrow();
  for (const [i, [, name]] of pairs.entries()) {
    const product = await db.product.create({
      data: {
        slug: `${tag}-${i}`,
        name: `${name} ${tag}${i}`,
        msmeId: msme.id,
        categoryId: category.id,
        priceIdr: 10_000,
        unit: 'pcs',
        status: 'PUBLISHED',
        publishedAt: new Date(),
      },
    });
    created.push(product.id);
  }
});

afterAll(async () => {
  await db.product.deleteMany({ where: { id: { in: created } } });
});

describe('search variants and synonyms', () => {
  it('the groups asked for are data: kripik/keripik, sambel/sambal, kue/kueh, bolu/bolu kukus, teh/tea, kopi/coffee, ulos/tenun', () => {
    for (const pair of [
      ['keripik', 'kripik'],
      ['sambal', 'sambel'],
      ['kue', 'kueh'],
      ['bolu', 'bolu kukus'],
      ['teh', 'tea'],
      ['kopi', 'coffee'],
      ['ulos', 'tenun'],
    ])
      expect(
        searchVariantGroups.some((g) => pair.every((w) => g.includes(w))),
        pair.join('/'),
      ).toBe(true);
  });

  it('reads a query as terms with their alternatives, phrases and particles included', () => {
    const sorted = (q: string) => queryTerms(q).map((alternatives) => [...alternatives].sort());
    expect(sorted('Kripiknya balado')).toEqual([['keripik', 'kripik', 'kripiknya'], ['balado']]);
    expect(sorted('bolu kukus pandan')).toEqual([['bolu', 'bolu kukus'], ['pandan']]);
    expect(sorted('enaklah')).toEqual([['enak', 'enaklah']]);
    // "sekolah" is a word of its own: it still matches as typed.
    expect(queryTerms('seragam sekolah')[1][0]).toBe('sekolah');
  });

  for (const [i, [query, name]] of pairs.entries())
    it(`"${query}" finds "${name}"`, async () => {
      const result = await search(`${query} ${tag}${i}`);
      expect(result.items.map((p) => p.name)).toContain(`${name} ${tag}${i}`);
    });

  it('a word with -nya or -lah finds the word without it', async () => {
    const nya = await search(`kopinya ${tag}7`);
    expect(nya.items.map((p) => p.name)).toContain(`Coffee Beans ${tag}7`);
    const lah = await search(`sambellah ${tag}2`);
    expect(lah.items.map((p) => p.name)).toContain(`Sambal Andaliman ${tag}2`);
  });
});

describe('maksud Anda', () => {
  it('corrects each word the catalog does not use to the closest one it does, and the correction finds products', async () => {
    expect(await suggestions('bolu merenti')).toEqual(['bolu meranti']);
    expect(await suggestions('keripk  baladoo')).toEqual(['keripik balado']);
    const corrected = await catalogListPage({ q: 'bolu meranti' });
    expect(corrected.items.length).toBeGreaterThan(0);
  });

  it('says nothing when every word is the catalog’s own, or nothing is close', async () => {
    expect(await suggestions('bolu meranti')).toEqual([]);
    expect(await suggestions('xq')).toEqual([]);
  });

  it('offers each word the catalog uses, one at a time, when several found nothing together', async () => {
    const apart = await catalogListPage({ q: 'Ulos bolunya zzqqx ulos' });
    expect(apart.items).toEqual([]);
    expect(apart.oneWord).toEqual(['ulos', 'bolunya']);
    expect((await catalogListPage({ q: 'zzqqx' })).oneWord).toEqual([]);
    expect((await catalogListPage({ q: 'bolu meranti' })).oneWord).toEqual([]);
  });

  it('leaves a word with a particle alone when the catalog knows it without one', async () => {
    expect(await suggestions('bolunya meranti')).toEqual([]);
    expect(await suggestions('bolunya merenti')).toEqual(['bolunya meranti']);
    // the search itself already matched "bolu": no second, "corrected" search was tried
    const page = await searchCatalog(productQuerySchema.parse({ q: 'bolunya meranti zzqqx' }));
    expect(page.items).toEqual([]);
    expect(page.correctionFoundNothing).toBe(false);
  });

  it('a misspelled query shows the corrected query and its products; a correction that finds nothing is not offered', async () => {
    const list = await catalogListPage({ q: 'bolu merenti' });
    expect(list.corrected).toBe('bolu meranti');
    expect(list.items.length).toBeGreaterThan(0);
    const none = await catalogListPage({ q: 'bolu merentii zzqqx' });
    expect(none.items).toEqual([]);
    expect(none.corrected).toBeNull();
    expect(none.hints).toEqual([]);
  });
});

describe('facet counts', () => {
  it('are exact while the matches fit the sample, lower bounds (and said so) past it', async () => {
    const query = productQuerySchema.parse({});
    const exact = await facets(query, { matcher: null });
    expect(exact.estimated).toBe(false);
    const sampled = await facets(query, { matcher: null }, 20);
    expect(sampled.estimated).toBe(true);
    // the sample plus the one match that shows there are more
    expect(sampled.total).toBe(21);
    for (const c of sampled.categories)
      expect(c.n).toBeLessThanOrEqual(exact.categories.find((e) => e.slug === c.slug)!.n);
    expect(sampled.categories.reduce((sum, c) => sum + c.n, 0)).toBe(sampled.total);
  });

  it('are zero when a first page in no category or kecamatan finds nothing, and counted when a filter left nothing', async () => {
    let counted = 0;
    searchTuning.onFacetsCounted = () => counted++;
    const none = await catalogListPage({ q: `${tag}0 zzqqx` });
    expect(none.items).toEqual([]);
    expect(none.counts).toEqual(noFacets());
    expect(counted).toBe(0);
    // In another category: nothing on the page, and the counts say where the product is.
    const own = await db.product.findUniqueOrThrow({
      where: { id: created[0] },
      select: { categoryId: true },
    });
    const other = await db.category.findFirstOrThrow({ where: { id: { not: own.categoryId } } });
    const elsewhere = await catalogListPage({ q: `${tag}0`, category: other.slug });
    expect(elsewhere.items).toEqual([]);
    expect(elsewhere.counts.total).toBe(0);
    expect(elsewhere.counts.categories.map((c) => c.n)).toEqual([1]);
    expect(counted).toBe(1);
    searchTuning.onFacetsCounted = undefined;
    // A later page with nothing on it is the end of the list, not a search that found nothing.
    const pastTheEnd = Buffer.from(JSON.stringify([2_000_000_000, 'zzzz', 'f'])).toString('base64url');
    const end = await catalogListPage({ q: 'kopi', sort: 'price-asc', cursor: pastTheEnd });
    expect(end.items).toEqual([]);
    expect(end.counts.total).toBeGreaterThan(0);
  });

  it('the list page says when its counts are estimated', async () => {
    const list = await catalogListPage({});
    expect(list.counts.estimated).toBe(false);
    expect(list.counts.total).toBeGreaterThan(300);
  });
});
