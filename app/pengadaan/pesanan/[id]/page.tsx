import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getOrder } from '@/lib/procurement/orders';
import { orNotFound } from '@/lib/server/not-found';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import { auditActionLabel, documentLabel, procurementStatusLabel } from '@/app/components/procurement-labels';
import { getPhrases } from '@/lib/i18n/server';
import { OrderSteps } from './order-steps';
import { whatsappLink } from '@/lib/notify/whatsapp';

const conditionLabel = {
  GOOD: 'Baik',
  PARTLY_DAMAGED: 'Sebagian rusak',
  NOT_AS_ORDERED: 'Tidak sesuai pesanan',
};

export const metadata: Metadata = { title: 'Pesanan pengadaan' };

async function TaxNote({ line }: { line?: { text: string; regulation: string } }) {
  const t = await getPhrases();
  if (!line) return null;
  return (
    <small className="block text-slate-600">
      {t(line.text)}
      {line.regulation && (
        <>
          {' — '}
          <span translate="no">{line.regulation}</span>
        </>
      )}
    </small>
  );
}

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
        {actor.role === 'OPD_STAFF' && whatsappLink(order.msme.whatsapp, '') && (
          <p>
            <a
              className="text-brand-700 underline"
              target="_blank"
              rel="noopener noreferrer"
              data-testid="whatsapp-msme"
              href={whatsappLink(
                order.msme.whatsapp,
                `Halo ${order.msme.ownerName}, kami dari ${order.opd.name} tentang Surat Pesanan ${order.number ?? ''} (${order.event.name}).`,
              )!}
            >
              {t('Kirim pesan WhatsApp ke UMKM')}
            </a>
          </p>
        )}
        <p className="card">
          {t('Status:')} <strong data-testid="order-status">{t(procurementStatusLabel[order.status])}</strong>
          {order.reason ? ` · ${t('alasan: {reason}', { reason: order.reason })}` : ''}
        </p>
        <div className="overflow-x-auto">
          <table className="w-full bg-white text-sm">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th className="p-2">{t('Uraian')}</th>
                <th className="p-2">{t('Jumlah')}</th>
                <th className="p-2">{t('Harga')}</th>
                <th className="p-2">{t('Total')}</th>
                {order.inspectedAt && <th className="p-2">{t('Hasil pemeriksaan')}</th>}
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
                  {order.inspectedAt && (
                    <td className="p-2" data-testid="inspection-result">
                      {t('diterima {received}, baik {accepted} · {condition}', {
                        received: i.receivedQuantity ?? 0,
                        accepted: i.acceptedQuantity ?? 0,
                        condition: t(conditionLabel[i.condition ?? 'GOOD']),
                      })}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {order.inspectedAt && (
          <p className="card" data-testid="inspection">
            {t('Diperiksa {date} oleh {inspector}. Nilai yang diterima: {value}.', {
              date: formatWib(order.inspectedAt, true, t.locale),
              inspector: `${order.inspectorName}${order.inspectorNip ? ` (NIP ${order.inspectorNip})` : ''}`,
              value: formatRupiah(order.acceptedTotalIdr ?? order.totalIdr),
            })}
            {order.inspectionNote ? ` ${t('Catatan: {note}', { note: order.inspectionNote })}` : ''}
          </p>
        )}
        {(order.bastStaffSignerName || order.bastMsmeSignerName) && (
          <p className="card" data-testid="bast-signatures">
            {t('BAST ditandatangani: penyedia {msme}, penerima {staff}.', {
              msme: order.bastMsmeSignerName ?? t('belum'),
              staff: order.bastStaffSignerName ?? t('belum'),
            })}
          </p>
        )}
        {order.payment && (
          <dl className="card grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" data-testid="payment">
            <dt className="font-medium text-slate-700 sm:font-normal">{t('Dibayar')}</dt>
            <dd>
              {formatWib(order.payment.paidAt, false, t.locale)} ·{' '}
              {order.payment.method === 'KKPD' ? 'KKPD' : t('transfer')}
            </dd>
            <dt className="font-medium text-slate-700 sm:font-normal">{t('NPWP bendahara OPD')}</dt>
            <dd>{order.payment.opdNpwp ?? '—'}</dd>
            <dt className="font-medium text-slate-700 sm:font-normal">{t('NPWP penyedia')}</dt>
            <dd>{order.payment.msmeNpwp ?? t('tidak ada')}</dd>
            <dt className="font-medium text-slate-700 sm:font-normal">{t('Nilai diterima (bruto)')}</dt>
            <dd>{formatRupiah(order.payment.grossIdr)}</dd>
            <dt className="font-medium text-slate-700 sm:font-normal">{t('Dasar pengenaan pajak')}</dt>
            <dd>{formatRupiah(order.payment.dppIdr)}</dd>
            <dt className="font-medium text-slate-700 sm:font-normal">{t('PPN dipungut')}</dt>
            <dd>
              {formatRupiah(order.payment.ppnIdr)} <TaxNote line={order.taxText?.ppn} />
            </dd>
            <dt className="font-medium text-slate-700 sm:font-normal">{t('PPh dipotong')}</dt>
            <dd>
              {formatRupiah(order.payment.pphIdr)} <TaxNote line={order.taxText?.pph} />
            </dd>
            <dt className="font-semibold">{t('Dibayarkan ke UMKM')}</dt>
            <dd className="font-semibold" data-testid="paid-to-msme">
              {formatRupiah(order.payment.amountIdr)}
            </dd>
          </dl>
        )}
        <section className="card">
          <h2 className="mb-2 font-semibold">{t('Dokumen')}</h2>
          <ul data-testid="documents">
            {order.documents.map((d) => (
              <li key={d.id}>
                <a className="text-brand-700 underline" href={`/api/pengadaan/dokumen/${d.id}`}>
                  {t(documentLabel[d.kind])} {d.number} (PDF)
                </a>
                {d.issuedAt && (
                  <span className="text-sm text-slate-600"> · {formatWib(d.issuedAt, true, t.locale)}</span>
                )}
                {d.verificationCode && (
                  <>
                    {' · '}
                    <a className="text-sm underline" href={`/verifikasi/${d.verificationCode}`}>
                      {t('halaman verifikasi')}
                    </a>
                  </>
                )}
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
        items={order.items.map((i) => ({
          id: i.id,
          description: i.description,
          quantity: i.quantity,
          unit: i.unit,
        }))}
        taxes={
          order.taxes && order.status === 'HANDED_OVER'
            ? {
                grossIdr: Number(order.taxes.grossIdr),
                expected: order.taxes.expected,
                opdNpwp: order.taxes.opdNpwp ?? '',
                hasMsmeNpwp: !!order.taxes.msmeNpwp,
                pp55Number: order.taxes.pp55Number,
                rules: Object.fromEntries(
                  (['PPH22', 'PPH23'] as const).map((code) => {
                    const rule = order.taxes!.rules[code];
                    return [
                      code,
                      {
                        rateBp: rule?.rateBp ?? null,
                        rateWithoutNpwpBp: rule?.rateWithoutNpwpBp ?? null,
                        exemptUpToIdr:
                          rule?.exemptUpToIdr === null || !rule ? null : Number(rule.exemptUpToIdr),
                      },
                    ];
                  }),
                ),
              }
            : null
        }
      />
    </div>
  );
}
