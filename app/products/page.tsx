import type { Metadata } from 'next';
import { db } from '@/lib/server/db';
import { publicProductWhere } from '@/lib/catalog/public-catalog';
import { ProductCardView } from '@/app/components/product-card';

export const metadata: Metadata = { title: 'Katalog produk UMKM' };

export default async function ProductsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q } = await searchParams;
  const products = await db.product.findMany({
    where: { ...publicProductWhere, ...(q ? { name: { contains: q, mode: 'insensitive' } } : {}) },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take: 24,
    select: {
      id: true, slug: true, name: true, priceIdr: true, unit: true, halal: true,
      images: { take: 1, orderBy: { position: 'asc' }, select: { url: true, asset: { select: { key: true } } } },
      msme: { select: { name: true, kecamatan: { select: { name: true } } } },
    },
  });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Katalog produk UMKM Medan</h1>
      <ul className="grid grid-cols-2 gap-4 md:grid-cols-4">
        {products.map((p) => <ProductCardView key={p.id} product={p} />)}
      </ul>
    </div>
  );
}
