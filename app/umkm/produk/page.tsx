import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { listOwnProducts } from '@/lib/catalog/owner-products';
import { formatRupiah } from '@/lib/format/money';
import { getPhrases } from '@/lib/i18n/server';

export const metadata: Metadata = { title: 'Produk saya' };
const statusLabel = { DRAFT: 'Draf', PUBLISHED: 'Tayang', ARCHIVED: 'Diarsipkan' } as const;

export default async function OwnProductsPage() {
  const [actor, t] = await Promise.all([requirePageActor(['MSME_OWNER'], '/umkm/produk'), getPhrases()]);
  if (!actor.msmeId) {
    return (
      <p className="card">
        {t('Daftarkan usaha Anda di')}{' '}
        <Link className="underline" href="/umkm/profil">
          {t('Profil usaha')}
        </Link>{' '}
        {t('sebelum menambah produk.')}
      </p>
    );
  }
  const products = await listOwnProducts(actor);
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t('Produk saya')}</h1>
        <Link href="/umkm/produk/baru" className="btn">
          {t('Tambah produk')}
        </Link>
      </div>
      <table className="w-full bg-white text-sm" data-testid="own-products">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="p-2">{t('Nama')}</th>
            <th className="p-2">{t('Harga')}</th>
            <th className="p-2">{t('Stok')}</th>
            <th className="p-2">{t('Foto')}</th>
            <th className="p-2">{t('Status')}</th>
          </tr>
        </thead>
        <tbody>
          {products.map((p) => (
            <tr key={p.id} className="border-t">
              <td className="p-2">
                <Link href={`/umkm/produk/${p.id}`} className="text-brand-700 underline">
                  {p.name}
                </Link>
              </td>
              <td className="p-2">
                {formatRupiah(p.priceIdr)} / {t(p.unit)}
              </td>
              <td className="p-2">{p.stock ?? t('dibuat sesuai pesanan')}</td>
              <td className="p-2">{p._count.images}</td>
              <td className="p-2">{t(statusLabel[p.status])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
