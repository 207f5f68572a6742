import 'server-only';
import { unstable_cache } from 'next/cache';
import { readDb } from '@/lib/server/read-db';
import { CATALOG_TAG } from './cache-tags';
import type { Prisma } from '@/lib/generated/prisma/client';

// Only published products of verified (binaan) UMKM are ever public.
export const publicProductWhere = {
  status: 'PUBLISHED',
  msme: { status: 'VERIFIED' },
} satisfies Prisma.ProductWhereInput;

const cardSelect = {
  id: true,
  slug: true,
  name: true,
  priceIdr: true,
  unit: true,
  halal: true,
  stock: true,
  images: { take: 1, orderBy: { position: 'asc' }, select: { url: true, asset: { select: { key: true } } } },
  msme: { select: { id: true, name: true, slug: true, kecamatan: { select: { name: true } } } },
} satisfies Prisma.ProductSelect;

export type ProductCard = Prisma.ProductGetPayload<{ select: typeof cardSelect }>;

/** The home page's data, cached for a minute and expired with the catalog. */
export const homeData = unstable_cache(loadHomeData, ['home-data'], { tags: [CATALOG_TAG], revalidate: 60 });

async function loadHomeData() {
  const db = await readDb(); // a read-only public query: the replica when safe (read-db.ts)
  const [categories, featured, kecamatan, partners] = await Promise.all([
    db.category.findMany({
      orderBy: { position: 'asc' },
      select: { slug: true, name: true, _count: { select: { products: { where: publicProductWhere } } } },
    }),
    db.product.findMany({
      where: publicProductWhere,
      orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
      take: 8,
      select: cardSelect,
    }),
    db.kecamatan.findMany({
      orderBy: { name: 'asc' },
      select: { slug: true, name: true, _count: { select: { msmes: { where: { status: 'VERIFIED' } } } } },
    }),
    db.channelPartner.findMany({
      where: { active: true, listings: { some: { stage: 'LIVE' } } },
      orderBy: { name: 'asc' },
      select: { slug: true, name: true },
    }),
  ]);
  return { categories, featured, kecamatan, partners };
}
