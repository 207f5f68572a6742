import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { listShopperOrders } from '@/lib/shop/orders';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import { getPhrases } from '@/lib/i18n/server';
import { paymentMethodLabel, shopOrderStatusLabel } from '@/app/components/order-status';
import { transferDetails } from '@/lib/shop/transfer';
import { TransferBox } from './transfer-box';
import { awaitsTransfer, fulfilmentText } from './order-text';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPhrases();
  return { title: t('Akun saya') };
}

export default async function ShopperDashboard({
  searchParams,
}: {
  searchParams: Promise<{ pesanan?: string }>;
}) {
  const actor = await requirePageActor(['SHOPPER'], '/akun');
  const [orders, { pesanan }, t] = await Promise.all([listShopperOrders(actor), searchParams, getPhrases()]);
  const unpaid = orders.filter(awaitsTransfer);
  const transfers = await transferDetails(
    actor,
    unpaid.map((o) => o.id),
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold" data-testid="dashboard-title">
        {t('Halo, {name}', { name: actor.name })}
      </h1>
      {pesanan && (
        <p
          className="rounded border border-green-300 bg-green-50 p-3 text-green-900"
          data-testid="form-success"
        >
          {t('Terima kasih! Pesanan {numbers} sudah diteruskan ke penjual.', {
            numbers: pesanan.split(',').join(', '),
          })}
        </p>
      )}
      <section className="card">
        <h2 className="mb-3 text-lg font-semibold">{t('Pesanan saya')}</h2>
        {orders.length === 0 ? (
          <p className="text-slate-700">
            {t('Belum ada pesanan.')}{' '}
            <Link href="/products" className="text-brand-700 underline">
              {t('Jelajahi katalog UMKM Medan')}
            </Link>
            .
          </p>
        ) : (
          <ul className="divide-y" data-testid="shopper-orders">
            {orders.map((o) => (
              <li key={o.id} className="py-3">
                <p className="flex flex-wrap justify-between gap-2">
                  <Link href={`/akun/pesanan/${o.id}`} className="font-medium text-brand-700 underline">
                    {o.number} · {o.msme.name}
                  </Link>
                  <span data-testid="order-status">{t(shopOrderStatusLabel[o.status])}</span>
                </p>
                <p className="text-sm text-slate-700">
                  {formatWib(o.createdAt, true, t.locale)} · {t(paymentMethodLabel[o.checkout.paymentMethod])}{' '}
                  · {o.paidAt ? t('lunas') : t('belum dibayar')} · {formatRupiah(o.totalIdr)}
                </p>
                <p className="text-sm">{o.items.map((i) => `${i.quantity}× ${i.name}`).join(', ')}</p>
                <p className="text-sm">{fulfilmentText(o, t)}</p>
                {o.cancelReason && (
                  <p className="text-sm text-red-800">
                    {t('Alasan pembatalan: {reason}', { reason: t(o.cancelReason) })}
                  </p>
                )}
                {transfers[o.id] && (
                  <TransferBox
                    orderId={o.id}
                    info={transfers[o.id]}
                    receiptUploadedAt={o.receiptUploadedAt}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
