import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getShopperOrder } from '@/lib/shop/orders';
import { transferDetails } from '@/lib/shop/transfer';
import { orNotFound } from '@/lib/server/not-found';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import { getPhrases } from '@/lib/i18n/server';
import { paymentMethodLabel, shopOrderStatusLabel } from '@/app/components/order-status';
import { TransferBox } from '../../transfer-box';
import { awaitsTransfer, fulfilmentText } from '../../order-text';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPhrases();
  return { title: t('Pesanan saya'), robots: { index: false } };
}

export default async function ShopperOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(['SHOPPER'], `/akun/pesanan/${id}`);
  const [order, t] = await Promise.all([orNotFound(getShopperOrder(actor, id)), getPhrases()]);
  const transfer = awaitsTransfer(order) ? (await transferDetails(actor, [order.id]))[order.id] : null;
  return (
    <div className="space-y-4">
      <p>
        <Link href="/akun" className="text-brand-700 underline">
          ← {t('Pesanan saya')}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">
        {order.number} · <span translate="no">{order.msme.name}</span>
      </h1>
      <p className="card">
        {t('Status:')} <strong data-testid="order-status">{t(shopOrderStatusLabel[order.status])}</strong> ·{' '}
        {t(paymentMethodLabel[order.checkout.paymentMethod])} ·{' '}
        {order.paidAt ? t('lunas') : t('belum dibayar')}
      </p>
      <ul className="card divide-y">
        {order.items.map((i) => (
          <li key={i.name} className="flex justify-between gap-2 py-2">
            <span>
              {i.quantity}× <span translate="no">{i.name}</span>
            </span>
            <span>{formatRupiah(i.totalIdr)}</span>
          </li>
        ))}
        <li className="flex justify-between gap-2 py-2 font-semibold">
          <span>{t('Total:')}</span>
          <span>{formatRupiah(order.totalIdr)}</span>
        </li>
      </ul>
      <p className="card">
        {fulfilmentText(order, t)} · {order.deliveryName} · WA {order.deliveryPhone}
        <br />
        <span className="text-sm text-slate-700">
          {t('Dipesan {date}', { date: formatWib(order.createdAt, true, t.locale) })}
        </span>
      </p>
      {order.cancelReason && (
        <p className="card text-red-800">
          {t('Alasan pembatalan: {reason}', { reason: t(order.cancelReason) })}
        </p>
      )}
      {transfer && (
        <TransferBox orderId={order.id} info={transfer} receiptUploadedAt={order.receiptUploadedAt} />
      )}
    </div>
  );
}
