import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import type { Tx } from '@/lib/db/client';
import { productQuerySchema } from '@/lib/catalog/search-schema';
import { catalogItem, facets, searchCatalog, suggestions } from '@/lib/catalog/search';
import { openApiDocument } from '@/lib/catalog/openapi';

const search = (params: Record<string, string>) => searchCatalog(productQuerySchema.parse(params));

describe('catalog search', () => {
  it('finds keripik when the shopper types kripik, and sambal for sambel', async () => {
    const kripik = await search({ q: 'kripik' });
    expect(kripik.items.length).toBeGreaterThan(0);
    expect(kripik.items[0].name).toMatch(/K(e)?ripik/i);
    const sambel = await search({ q: 'sambel' });
    expect(sambel.items.some((i) => /Sambal/.test(i.name))).toBe(true);
  });

  it('stems Indonesian words: rajutan finds rajut', async () => {
    const result = await search({ q: 'rajutan' });
    expect(result.items.some((i) => /Rajut/i.test(i.name))).toBe(true);
  });

  it('filters by kecamatan, category, halal and price', async () => {
    const result = await search({ kecamatan: 'medan-kota', limit: '100' });
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.items.every((i) => i.msme.kecamatan === 'Medan Kota')).toBe(true);
    const cheapHalalSnacks = await search({
      category: 'makanan-ringan',
      halal: 'true',
      maxPrice: '30000',
      limit: '100',
    });
    expect(
      cheapHalalSnacks.items.every(
        (i) => i.category.slug === 'makanan-ringan' && i.halal && i.priceIdr <= 30000,
      ),
    ).toBe(true);
  });

  it('pages with cursors through every result exactly once, in every sort', async () => {
    const total = (await facets(productQuerySchema.parse({}))).total;
    for (const sort of ['newest', 'price-asc', 'price-desc']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { id: string; priceIdr: number }[]; nextCursor: string | null } = await search({
          sort,
          limit: '50',
          ...(cursor ? { cursor } : {}),
        });
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(total);
      expect(seen.length).toBe(total);
    }
  });

  it('shows only published products of verified UMKM', async () => {
    const unverified = await db.product.findFirstOrThrow({
      where: { msme: { status: { not: 'VERIFIED' } } },
    });
    const draft = await db.product.findFirstOrThrow({
      where: { status: 'DRAFT', msme: { status: 'VERIFIED' } },
    });
    for (const product of [unverified, draft]) {
      await expect(catalogItem(product.id)).rejects.toMatchObject({ status: 404 });
      const found = await search({ q: product.name, limit: '100' });
      expect(found.items.map((i) => i.id)).not.toContain(product.id);
    }
  });

  it("keeps each product's copy of its UMKM's standing and kecamatan exact (migration triggers)", async () => {
    const product = await db.product.findFirstOrThrow({
      where: { status: 'PUBLISHED', msme: { status: 'VERIFIED', kecamatanCode: { not: null } } },
      select: { id: true, msmeId: true, msme: { select: { kecamatanCode: true } } },
    });
    const other = await db.kecamatan.findFirstOrThrow({
      where: { code: { not: product.msme.kecamatanCode! } },
    });
    const facts = (tx: Tx) =>
      tx.product.findUniqueOrThrow({
        where: { id: product.id },
        select: { msmeVerified: true, kecamatanCode: true },
      });
    const rolledBack = new Error('rolled back');
    // In a transaction rolled back at the end: the other test files never see the changes.
    await expect(
      db.$transaction(async (tx) => {
        expect(await facts(tx)).toEqual({ msmeVerified: true, kecamatanCode: product.msme.kecamatanCode });
        await tx.msme.update({ where: { id: product.msmeId }, data: { status: 'SUSPENDED' } });
        expect(await facts(tx)).toEqual({ msmeVerified: false, kecamatanCode: product.msme.kecamatanCode });
        await tx.msme.update({
          where: { id: product.msmeId },
          data: { status: 'VERIFIED', kecamatanCode: other.code },
        });
        expect(await facts(tx)).toEqual({ msmeVerified: true, kecamatanCode: other.code });
        // A product moved to another UMKM, or written with other values, takes that UMKM's facts.
        const unverified = await tx.msme.findFirstOrThrow({ where: { status: { not: 'VERIFIED' } } });
        await tx.product.update({
          where: { id: product.id },
          data: { msmeId: unverified.id, msmeVerified: true, kecamatanCode: null },
        });
        expect(await facts(tx)).toEqual({ msmeVerified: false, kecamatanCode: unverified.kecamatanCode });
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(await facts(db)).toEqual({ msmeVerified: true, kecamatanCode: product.msme.kecamatanCode });
  });

  it('lists live channels with their links', async () => {
    const listing = await db.channelListing.findFirstOrThrow({
      where: { stage: 'LIVE', product: { status: 'PUBLISHED', msme: { status: 'VERIFIED' } } },
      include: { partner: true },
    });
    const item = await catalogItem(listing.productId);
    expect(item.channels).toContainEqual({ partner: listing.partner.name, url: listing.externalUrl });
    const viaChannel = await search({ channel: listing.partner.slug, limit: '100' });
    expect(viaChannel.items.map((i) => i.id)).toContain(listing.productId);
  });

  it('suggests close names when nothing matches', async () => {
    expect(await suggestions('bolu merenti')).toEqual(
      expect.arrayContaining([expect.stringMatching(/bolu meranti/i)]),
    );
  });
});

describe('catalog query validation', () => {
  it.each([
    [{ limit: '0' }, 'limit'],
    [{ limit: '101' }, 'limit'],
    [{ minPrice: '-5' }, 'minPrice'],
    [{ minPrice: '5000', maxPrice: '100' }, 'maxPrice'],
    [{ halal: 'ya' }, 'halal'],
    [{ sort: 'cheapest' }, 'sort'],
    [{ kecamatan: 'Medan Kota!' }, 'kecamatan'],
  ])('rejects %j at %s', (params, path) => {
    const result = productQuerySchema.safeParse(params);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path.join('.')).toBe(path);
  });

  it('rejects a forged cursor and relevance without a query', async () => {
    await expect(search({ cursor: 'bm90LWpzb24' })).rejects.toBeInstanceOf(z.ZodError);
    await expect(search({ sort: 'relevance' })).rejects.toBeInstanceOf(z.ZodError);
    // A newest-first cursor whose time is no time: refused, not handed to the database.
    const noTime = Buffer.from(JSON.stringify(['2026-13-45T99:99:99', 'abc', 'f'])).toString('base64url');
    await expect(search({ q: 'kopi', sort: 'newest', cursor: noTime })).rejects.toBeInstanceOf(z.ZodError);
    // A price cursor no price can be (the price bands take it as a whole rupiah): refused too.
    for (const price of [1e12, 12.5]) {
      const noPrice = Buffer.from(JSON.stringify([price, 'abc', 'f'])).toString('base64url');
      for (const sort of ['price-asc', 'price-desc'])
        await expect(search({ q: 'kopi', sort, cursor: noPrice })).rejects.toBeInstanceOf(z.ZodError);
    }
  });

  it('documents the API as OpenAPI 3.1 from the same schemas', () => {
    const doc = openApiDocument();
    expect(doc.openapi).toBe('3.1.0');
    const names = doc.paths['/api/v1/products'].get.parameters.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'q',
        'category',
        'kecamatan',
        'halal',
        'channel',
        'minPrice',
        'maxPrice',
        'sort',
        'cursor',
        'limit',
      ]),
    );
    expect(JSON.stringify(doc.components.schemas.Product)).toContain('priceIdr');
  });
});
