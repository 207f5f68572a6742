import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getOrder } from '@/lib/procurement/orders';
import { orNotFound } from '@/lib/server/not-found';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import { auditActionLabel, documentLabel, procurementStatusLabel } from '@/app/components/procurement-labels';
import { OrderSteps } from './order-steps';

export const metadata: Metadata = { title: 'Pesanan pengadaan' };

export default async function ProcurementOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(
    ['OPD_STAFF', 'MSME_OWNER', 'DINAS_ADMIN'],
    `/pengadaan/pesanan/${id}`,
  );
  const order = await orNotFound(getOrder(actor, id));
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Surat Pesanan {order.number}</h1>
        <p>
          {order.opd.name} → {order.msme.name} (NIB {order.msme.nib ?? '—'}) · kegiatan {order.event.name}
        </p>
        <p className="card">
          Status: <strong data-testid="order-status">{procurementStatusLabel[order.status]}</strong>
          {order.reason ? ` · alasan: ${order.reason}` : ''}
        </p>
        <table className="w-full bg-white text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="p-2">Uraian</th>
              <th className="p-2">Jumlah</th>
              <th className="p-2">Harga</th>
              <th className="p-2">Total</th>
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
            Dibayar {formatWib(order.payment.paidAt, false)} via{' '}
            {order.payment.method === 'KKPD' ? 'KKPD' : 'transfer'}: {formatRupiah(order.payment.amountIdr)}{' '}
            (PPN {formatRupiah(order.payment.ppnIdr)}, PPh 22 {formatRupiah(order.payment.pph22Idr)} dipungut)
          </p>
        )}
        <section className="card">
          <h2 className="mb-2 font-semibold">Dokumen</h2>
          <ul data-testid="documents">
            {order.documents.map((d) => (
              <li key={d.id}>
                <a className="text-brand-700 underline" href={`/api/pengadaan/dokumen/${d.id}`}>
                  {documentLabel[d.kind]} {d.number} (PDF)
                </a>
              </li>
            ))}
          </ul>
        </section>
        <section className="card">
          <h2 className="mb-2 font-semibold">Riwayat</h2>
          <ol className="space-y-1 text-sm" data-testid="timeline">
            {order.timeline.map((t) => (
              <li key={t.id}>
                {formatWib(t.at)} · {auditActionLabel[t.action] ?? t.action} · {t.actor?.name ?? 'sistem'}
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
