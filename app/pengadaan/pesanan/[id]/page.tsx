import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getOrder } from '@/lib/procurement/orders';
import { orNotFound } from '@/lib/server/not-found';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import { auditActionLabel, documentLabel, procurementStatusLabel } from '@/app/components/procurement-labels';
import { getPhrases } from '@/lib/i18n/server';
import { OrderSteps } from './order-steps';

export const metadata: Metadata = { title: 'Pesanan pengadaan' };

export default async function ProcurementOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(
    ['OPD_STAFF', 'MSME_OWNER', 'DINAS_ADMIN'],
    `/pengadaan/pesanan/${id}`,
  );
  const [order, t] = await Promise.all([orNotFound(getOrder(actor, id)), getPhrases()]);
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">
          {t('Surat Pesanan {number}', { number: order.number ?? '' })}
        </h1>
        <p>
          {t('{opd} → {msme} (NIB {nib}) · kegiatan {event}', {
            opd: order.opd.name,
            msme: order.msme.name,
            nib: order.msme.nib ?? '—',
            event: order.event.name,
          })}
        </p>
        <p className="card">
          {t('Status:')} <strong data-testid="order-status">{t(procurementStatusLabel[order.status])}</strong>
          {order.reason ? ` · ${t('alasan: {reason}', { reason: order.reason })}` : ''}
        </p>
        <table className="w-full bg-white text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="p-2">{t('Uraian')}</th>
              <th className="p-2">{t('Jumlah')}</th>
              <th className="p-2">{t('Harga')}</th>
              <th className="p-2">{t('Total')}</th>
            </tr>
          </thead>
          <tbody>
            {order.items.map((i) => (
              <tr key={i.id} className="border-t">
                <td className="p-2">{i.description}</td>
                <td className="p-2">
                  {i.quantity} {i.unit}
                </td>
                <td className="p-2">{formatRupiah(i.unitPriceIdr)}</td>
                <td className="p-2">{formatRupiah(i.totalIdr)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {order.payment && (
          <p className="card">
            {t('Dibayar {date} via {method}: {amount} (PPN {ppn}, PPh 22 {pph22} dipungut)', {
              date: formatWib(order.payment.paidAt, false, t.locale),
              method: order.payment.method === 'KKPD' ? 'KKPD' : t('transfer'),
              amount: formatRupiah(order.payment.amountIdr),
              ppn: formatRupiah(order.payment.ppnIdr),
              pph22: formatRupiah(order.payment.pph22Idr),
            })}
          </p>
        )}
        <section className="card">
          <h2 className="mb-2 font-semibold">{t('Dokumen')}</h2>
          <ul data-testid="documents">
            {order.documents.map((d) => (
              <li key={d.id}>
                <a className="text-brand-700 underline" href={`/api/pengadaan/dokumen/${d.id}`}>
                  {t(documentLabel[d.kind])} {d.number} (PDF)
                </a>
              </li>
            ))}
          </ul>
        </section>
        <section className="card">
          <h2 className="mb-2 font-semibold">{t('Riwayat')}</h2>
          <ol className="space-y-1 text-sm" data-testid="timeline">
            {order.timeline.map((entry) => (
              <li key={entry.id}>
                {formatWib(entry.at, true, t.locale)} · {t(auditActionLabel[entry.action] ?? entry.action)} ·{' '}
                {entry.actor?.name ?? t('sistem')}
              </li>
            ))}
          </ol>
        </section>
      </div>
      <OrderSteps
        orderId={order.id}
        status={order.status}
        role={actor.role}
        staffSigned={!!order.bastStaffSignedAt}
        msmeSigned={!!order.bastMsmeSignedAt}
        total={Number(order.totalIdr)}
      />
    </div>
  );
}
