import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getOwnProduct } from '@/lib/catalog/owner-products';
import { registrationChoices } from '@/lib/msme/reference';
import { orNotFound } from '@/lib/server/not-found';
import { ProductForm } from '../product-form';
import { ProductPhotos } from './product-photos';
import { ProductStatus } from './product-status';

export const metadata: Metadata = { title: 'Ubah produk' };

export default async function EditProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(['MSME_OWNER'], `/umkm/produk/${id}`);
  const product = await orNotFound(getOwnProduct(actor, id));
  const { categories } = await registrationChoices();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{product.name}</h1>
      <ProductStatus
        id={product.id}
        status={product.status}
        slug={product.slug}
        businessVerified={product.msme.status === 'VERIFIED'}
      />
      <ProductPhotos id={product.id} images={product.images} />
      <ProductForm categories={categories} product={product} />
    </div>
  );
}
