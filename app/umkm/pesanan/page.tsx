import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { listIncomingShopOrders } from '@/lib/shop/orders';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import { paymentMethodLabel, shopOrderStatusLabel } from '@/app/components/order-status';
import { getPhrases } from '@/lib/i18n/server';
import { OrderActions } from './order-actions';
import { formatDateOnly } from '@/lib/format/date-only';

export const metadata: Metadata = { title: 'Pesanan masuk' };

export default async function IncomingOrdersPage() {
  const actor = await requirePageActor(['MSME_OWNER'], '/umkm/pesanan');
  const [orders, t] = await Promise.all([listIncomingShopOrders(actor), getPhrases()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('Pesanan masuk dari pembeli')}</h1>
      {orders.length === 0 && <p className="card">{t('Belum ada pesanan.')}</p>}
      <ul className="space-y-3" data-testid="incoming-orders">
        {orders.map((o) => (
          <li key={o.id} className="card space-y-2">
            <p className="flex flex-wrap justify-between gap-2">
              <span className="font-medium">{o.number}</span>
              <span data-testid="order-status">{t(shopOrderStatusLabel[o.status])}</span>
            </p>
            <p className="text-sm text-slate-700">
              {formatWib(o.createdAt, true, t.locale)} · {t(paymentMethodLabel[o.checkout.paymentMethod])} ·{' '}
              {t(o.paidAt ? 'lunas' : 'belum dibayar')} · {formatRupiah(o.totalIdr)}
            </p>
            <p className="text-sm">{o.items.map((i) => `${i.quantity}× ${i.name}`).join(', ')}</p>
            <p className="text-sm" data-testid="fulfilment">
              {o.fulfilment === 'PICKUP'
                ? t('Diambil pembeli {date}: {name} · WA {phone}', {
                    date: o.wantedOn ? formatDateOnly(o.wantedOn, t.locale) : '—',
                    name: o.deliveryName,
                    phone: o.deliveryPhone,
                  })
                : t('Diantar {date} ke: {name}, {address} · WA {phone}', {
                    date: o.wantedOn ? formatDateOnly(o.wantedOn, t.locale) : '—',
                    name: o.deliveryName,
                    address: o.deliveryAddress,
                    phone: o.deliveryPhone,
                  })}
              {o.notes ? ` · ${t('Catatan: {notes}', { notes: o.notes })}` : ''}
            </p>
            {o.checkout.paymentMethod === 'BANK_TRANSFER' && !o.paidAt && o.status !== 'CANCELLED' && (
              <p className="text-sm" data-testid="transfer-status">
                {t('Transfer {amount} dengan berita {reference}, batas {deadline}.', {
                  amount: formatRupiah(o.totalIdr),
                  reference: o.paymentReference ?? '—',
                  deadline: o.paymentDeadline ? formatWib(o.paymentDeadline, true, t.locale) : '—',
                })}{' '}
                {o.receiptUploadedAt ? (
                  <a className="text-brand-700 underline" href={`/api/toko/bukti/${o.id}`} target="_blank">
                    {t('Lihat bukti transfer dari pembeli ({date})', {
                      date: formatWib(o.receiptUploadedAt, true, t.locale),
                    })}
                  </a>
                ) : (
                  t('Pembeli belum mengunggah bukti transfer.')
                )}
              </p>
            )}
            {o.cancelReason && (
              <p className="text-sm text-red-800">
                {t('Dibatalkan: {reason}', { reason: t(o.cancelReason) })}
              </p>
            )}
            <OrderActions
              orderId={o.id}
              status={o.status}
              method={o.checkout.paymentMethod}
              paid={!!o.paidAt}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
