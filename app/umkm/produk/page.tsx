import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { listOwnProducts } from '@/lib/catalog/owner-products';
import { formatRupiah } from '@/lib/format/money';

export const metadata: Metadata = { title: 'Produk saya' };
const statusLabel = { DRAFT: 'Draf', PUBLISHED: 'Tayang', ARCHIVED: 'Diarsipkan' } as const;

export default async function OwnProductsPage() {
  const actor = await requirePageActor(['MSME_OWNER'], '/umkm/produk');
  if (!actor.msmeId) {
    return (
      <p className="card">
        Daftarkan usaha Anda di{' '}
        <Link className="underline" href="/umkm/profil">
          Profil usaha
        </Link>{' '}
        sebelum menambah produk.
      </p>
    );
  }
  const products = await listOwnProducts(actor);
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Produk saya</h1>
        <Link href="/umkm/produk/baru" className="btn">
          Tambah produk
        </Link>
      </div>
      <table className="w-full bg-white text-sm" data-testid="own-products">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="p-2">Nama</th>
            <th className="p-2">Harga</th>
            <th className="p-2">Stok</th>
            <th className="p-2">Foto</th>
            <th className="p-2">Status</th>
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
                {formatRupiah(p.priceIdr)} / {p.unit}
              </td>
              <td className="p-2">{p.stock ?? 'dibuat sesuai pesanan'}</td>
              <td className="p-2">{p._count.images}</td>
              <td className="p-2">{statusLabel[p.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
