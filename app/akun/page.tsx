import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { listShopperOrders } from '@/lib/shop/orders';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import { paymentMethodLabel, shopOrderStatusLabel } from '@/app/components/order-status';

export const metadata: Metadata = { title: 'Akun saya' };

export default async function ShopperDashboard({
  searchParams,
}: {
  searchParams: Promise<{ pesanan?: string }>;
}) {
  const actor = await requirePageActor(['SHOPPER'], '/akun');
  const [orders, { pesanan }] = await Promise.all([listShopperOrders(actor), searchParams]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold" data-testid="dashboard-title">
        Halo, {actor.name}
      </h1>
      {pesanan && (
        <p
          className="rounded border border-green-300 bg-green-50 p-3 text-green-900"
          data-testid="form-success"
        >
          Terima kasih! Pesanan {pesanan.split(',').join(', ')} sudah diteruskan ke penjual.
        </p>
      )}
      <section className="card">
        <h2 className="mb-3 text-lg font-semibold">Pesanan saya</h2>
        {orders.length === 0 ? (
          <p className="text-slate-700">
            Belum ada pesanan.{' '}
            <Link href="/products" className="text-brand-700 underline">
              Jelajahi katalog UMKM Medan
            </Link>
            .
          </p>
        ) : (
          <ul className="divide-y" data-testid="shopper-orders">
            {orders.map((o) => (
              <li key={o.id} className="py-3">
                <p className="flex flex-wrap justify-between gap-2">
                  <span className="font-medium">
                    {o.number} · {o.msme.name}
                  </span>
                  <span data-testid="order-status">{shopOrderStatusLabel[o.status]}</span>
                </p>
                <p className="text-sm text-slate-700">
                  {formatWib(o.createdAt)} · {paymentMethodLabel[o.checkout.paymentMethod]} ·{' '}
                  {o.paidAt ? 'lunas' : 'belum dibayar'} · {formatRupiah(o.totalIdr)}
                </p>
                <p className="text-sm">{o.items.map((i) => `${i.quantity}× ${i.name}`).join(', ')}</p>
                {o.cancelReason && (
                  <p className="text-sm text-red-800">Alasan pembatalan: {o.cancelReason}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
