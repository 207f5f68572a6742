import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { registrationChoices } from '@/lib/msme/reference';
import { ProductForm } from '../product-form';

export const metadata: Metadata = { title: 'Tambah produk' };

export default async function NewProductPage() {
  await requirePageActor(['MSME_OWNER'], '/umkm/produk/baru');
  const { categories } = await registrationChoices();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Tambah produk</h1>
      <ProductForm categories={categories} />
    </div>
  );
}
