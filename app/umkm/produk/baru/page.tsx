import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { registrationChoices } from '@/lib/msme/reference';
import { getPhrases } from '@/lib/i18n/server';
import { ProductForm } from '../product-form';

export const metadata: Metadata = { title: 'Tambah produk' };

export default async function NewProductPage() {
  await requirePageActor(['MSME_OWNER'], '/umkm/produk/baru');
  const [{ categories }, t] = await Promise.all([registrationChoices(), getPhrases()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('Tambah produk')}</h1>
      <ProductForm categories={categories} />
    </div>
  );
}
