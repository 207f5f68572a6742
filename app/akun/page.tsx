import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { shopperOverview } from '@/lib/dashboard/dashboards';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';

export const metadata: Metadata = { title: 'Akun saya' };

export default async function ShopperDashboard() {
  const actor = await requirePageActor(['SHOPPER'], '/akun');
  const orders = await shopperOverview(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold" data-testid="dashboard-title">Halo, {actor.name}</h1>
      <section className="card">
        <h2 className="mb-3 text-lg font-semibold">Pesanan saya</h2>
        {orders.length === 0 ? (
          <p className="text-slate-700">
            Belum ada pesanan. <Link href="/products" className="text-brand-700 underline">Jelajahi katalog UMKM Medan</Link>.
          </p>
        ) : (
          <ul className="divide-y">
            {orders.map((o) => (
              <li key={o.id} className="flex justify-between py-2">
                <span>{o.number} · {o.msme.name} · {formatWib(o.createdAt)}</span>
                <span>{formatRupiah(o.totalIdr)} · {o.status}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
