import type { MetadataRoute } from 'next';
import { db } from '@/lib/server/db';
import { publicOrigin } from '@/lib/server/env';
import { publicProductWhere } from '@/lib/catalog/public-catalog';

export const dynamic = 'force-dynamic';
export const revalidate = 3600;

// One sitemap holds up to 50,000 URLs; beyond that the catalog would need a sitemap index.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = publicOrigin();
  const [products, msmes] = await Promise.all([
    db.product.findMany({
      where: publicProductWhere,
      select: { slug: true, updatedAt: true },
      orderBy: { updatedAt: 'desc' },
      take: 45_000,
    }),
    db.msme.findMany({ where: { status: 'VERIFIED' }, select: { slug: true, updatedAt: true } }),
  ]);
  return [
    { url: `${base}/`, changeFrequency: 'daily', priority: 1 },
    { url: `${base}/products`, changeFrequency: 'daily', priority: 0.9 },
    ...products.map((p) => ({ url: `${base}/products/${p.slug}`, lastModified: p.updatedAt, priority: 0.7 })),
    ...msmes.map((m) => ({ url: `${base}/umkm/${m.slug}`, lastModified: m.updatedAt, priority: 0.6 })),
  ];
}
