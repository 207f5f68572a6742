import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { listMsmeRfqs } from '@/lib/procurement/ordering';
import { listMsmeProcurementOrders } from '@/lib/procurement/orders';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import { procurementStatusLabel } from '@/app/components/procurement-labels';
import { getPhrases } from '@/lib/i18n/server';
import { QuoteForm } from './quote-form';

export const metadata: Metadata = { title: 'Pengadaan OPD' };

export default async function MsmeProcurementPage() {
  const [actor, t] = await Promise.all([requirePageActor(['MSME_OWNER'], '/umkm/pengadaan'), getPhrases()]);
  if (!actor.msmeId) return <p className="card">{t('Daftarkan usaha Anda terlebih dahulu.')}</p>;
  const [invitations, orders] = await Promise.all([listMsmeRfqs(actor), listMsmeProcurementOrders(actor)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('Pengadaan dari OPD Pemko Medan')}</h1>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{t('Permintaan penawaran')}</h2>
        {invitations.length === 0 && <p className="card">{t('Belum ada permintaan.')}</p>}
        {invitations.map(({ rfq, phase, outcome }) => {
          const mine = rfq.quotes[0];
          return (
            <article
              key={rfq.id}
              id={`rfq-${rfq.id}`}
              className="card space-y-2"
              data-testid="rfq-invitation"
            >
              <p className="font-medium">
                {rfq.event.opd.name}: {rfq.event.name}
              </p>
              <p className="text-sm">
                {rfq.need.description} · {rfq.need.quantity} {rfq.need.unit} ·{' '}
                {t('antar {date}', { date: formatWib(rfq.need.deliveryFrom, true, t.locale) })} ·{' '}
                {rfq.event.venue}
              </p>
              <p className="text-sm">
                {t('Batas penawaran {date}', { date: formatWib(rfq.deadline, true, t.locale) })}
                {mine
                  ? ` · ${t('penawaran Anda {price}/{unit} (total {total})', {
                      price: formatRupiah(mine.unitPriceIdr),
                      unit: rfq.need.unit,
                      total: formatRupiah(mine.totalIdr),
                    })}`
                  : ''}
              </p>
              {mine?.order && (
                <Link href={`/pengadaan/pesanan/${mine.order.id}`} className="text-brand-700 underline">
                  {t('Anda menang — lihat Surat Pesanan')}
                </Link>
              )}
              {phase === 'OPEN' && <QuoteForm rfqId={rfq.id} />}
              {phase === 'CLOSED' && (
                <p className="text-sm text-slate-600">{t('Penawaran ditutup; OPD sedang memutuskan.')}</p>
              )}
              {outcome && !outcome.won && (
                <p className="text-sm" data-testid="rfq-outcome">
                  {t('Dimenangkan penawaran lain: {price}/{unit} (total {total}).', {
                    price: formatRupiah(outcome.winningUnitPriceIdr),
                    unit: rfq.need.unit,
                    total: formatRupiah(outcome.winningTotalIdr),
                  })}{' '}
                  {outcome.rank
                    ? t('Penawaran Anda peringkat {rank} dari {count}.', {
                        rank: outcome.rank,
                        count: outcome.bidders,
                      })
                    : t('Anda tidak mengirim penawaran.')}
                </p>
              )}
              {phase === 'CANCELLED' && (
                <p className="text-sm text-slate-600" data-testid="rfq-cancelled">
                  {t('Permintaan dibatalkan OPD: {reason}', { reason: rfq.cancelReason ?? '—' })}
                </p>
              )}
            </article>
          );
        })}
      </section>
      <section className="card">
        <h2 className="mb-2 text-lg font-semibold">{t('Pesanan OPD')}</h2>
        <ul className="divide-y" data-testid="msme-procurement-orders">
          {orders.map((o) => (
            <li key={o.id} className="flex flex-wrap justify-between gap-2 py-2">
              <Link href={`/pengadaan/pesanan/${o.id}`} className="text-brand-700 underline">
                {o.number} · {o.opd.name} · {o.event.name}
              </Link>
              <span>
                {formatRupiah(o.totalIdr)} · {t(procurementStatusLabel[o.status])}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
