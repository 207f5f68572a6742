import 'server-only';
import { cache } from 'react';
import { unstable_cache } from 'next/cache';
import { readDb } from '@/lib/server/read-db';
import { publicProductWhere } from './public-catalog';
import { CATALOG_TAG, productTag } from './cache-tags';
import { stillValid } from '@/lib/msme/certificates';

async function loadProductPage(slug: string) {
  const db = await readDb(); // a read-only public query: the replica when safe (read-db.ts)
  const product = await db.product.findFirst({
    where: { slug, ...publicProductWhere },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      priceIdr: true,
      unit: true,
      minOrder: true,
      dailyCapacity: true,
      leadTimeDays: true,
      stock: true,
      halal: true,
      updatedAt: true,
      categoryId: true,
      category: { select: { slug: true, name: true } },
      images: {
        orderBy: { position: 'asc' },
        select: { id: true, url: true, alt: true, asset: { select: { key: true } } },
      },
      msme: {
        select: {
          id: true,
          slug: true,
          name: true,
          whatsapp: true,
          kecamatan: { select: { name: true, slug: true } },
          certifications: {
            // A tax certificate (PP 55/2022) is between the UMKM and the tax office, not a product badge.
            where: { ...stillValid(), type: { not: 'PP55' } },
            select: { type: true, number: true, expiresAt: true },
          },
        },
      },
      listings: {
        where: { stage: 'LIVE', externalUrl: { not: null } },
        select: { externalUrl: true, partner: { select: { name: true, slug: true } } },
      },
    },
  });
  if (!product) return null;
  const related = await db.product.findMany({
    where: { ...publicProductWhere, categoryId: product.categoryId, id: { not: product.id } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take: 4,
    select: {
      id: true,
      slug: true,
      name: true,
      priceIdr: true,
      unit: true,
      halal: true,
      images: {
        take: 1,
        orderBy: { position: 'asc' },
        select: { url: true, asset: { select: { key: true } } },
      },
      msme: { select: { name: true, kecamatan: { select: { name: true } } } },
    },
  });
  return { ...product, related };
}

/**
 * The public product page's data, cached (dates arrive as ISO strings from the cache). Expired when
 * an UMKM edits its catalog (CATALOG_TAG) or a sale changes this product's stock (productTag).
 */
// React's cache: the page and its metadata share one load per request.
export const productPage = cache((slug: string) =>
  unstable_cache(() => loadProductPage(slug), ['product-page', slug], {
    tags: [CATALOG_TAG, productTag(slug)],
    revalidate: 300,
  })(),
);

export const storefront = cache(async (slug: string) => {
  const db = await readDb(); // a read-only public query: the replica when safe (read-db.ts)
  const msme = await db.msme.findFirst({
    where: { slug, status: 'VERIFIED' },
    select: {
      id: true,
      name: true,
      description: true,
      whatsapp: true,
      yearFounded: true,
      kecamatan: { select: { name: true } },
      category: { select: { name: true } },
      certifications: {
        where: { ...stillValid(), type: { not: 'PP55' } },
        select: { type: true },
      },
      products: {
        where: { status: 'PUBLISHED' },
        orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
        take: 60,
        select: {
          id: true,
          slug: true,
          name: true,
          priceIdr: true,
          unit: true,
          halal: true,
          images: {
            take: 1,
            orderBy: { position: 'asc' },
            select: { url: true, asset: { select: { key: true } } },
          },
        },
      },
    },
  });
  return msme;
});
