/* eslint-disable @next/next/no-img-element -- images are pre-sized WebP variants (lib/uploads), not next/image */
import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getEvent } from '@/lib/procurement/events';
import { registrationChoices } from '@/lib/msme/reference';
import { orNotFound } from '@/lib/server/not-found';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import { procurementStatusLabel } from '@/app/components/procurement-labels';
import { getPhrases } from '@/lib/i18n/server';
import { NeedForm } from './need-form';
import { AwardButton } from './award-button';
import { CancelRfqForm } from './cancel-rfq-form';
import { whatsappLink } from '@/lib/notify/whatsapp';
import { rfqPhase, rfqPhaseLabel } from '@/lib/procurement/rfq-phase';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPhrases();
  return { title: t('Kegiatan') };
}

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(['OPD_STAFF'], `/opd/kegiatan/${id}`);
  const event = await orNotFound(getEvent(actor, id));
  const [{ categories }, t] = await Promise.all([registrationChoices(), getPhrases()]);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{event.name}</h1>
        <p className="text-slate-700">
          {formatWib(event.startsAt, true, t.locale)} · {event.venue}
          {event.kecamatan ? `, ${event.kecamatan.name}` : ''} ·{' '}
          {t('{count} peserta', { count: event.participants })} · {event.budgetSource.replace('_', '-')}{' '}
          {event.activityCode ?? ''}
        </p>
        <p data-testid="pagu">
          {t('Pagu {amount} · terpakai {used} · sisa {left}', {
            amount: formatRupiah(event.paguIdr),
            used: formatRupiah(event.committedIdr),
            left: formatRupiah(event.paguIdr - event.committedIdr),
          })}
        </p>
      </header>
      <section className="card space-y-3">
        <h2 className="text-lg font-semibold">{t('Kebutuhan')}</h2>
        <ul className="divide-y" data-testid="needs">
          {event.needs.map((n) => (
            <li key={n.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {t(n.kind === 'CATERING' ? 'Konsumsi' : 'Barang')}: {n.description} · {n.quantity} {n.unit} ·{' '}
                {t('antar {time}', { time: formatWib(n.deliveryFrom, true, t.locale) })}
              </span>
              <Link href={`/opd/kebutuhan/${n.id}`} className="btn-secondary">
                {t('Cari UMKM')}
              </Link>
            </li>
          ))}
        </ul>
        <NeedForm eventId={event.id} categories={categories} />
      </section>
      {event.rfqs.map((rfq) => (
        <section key={rfq.id} className="card space-y-2" data-testid="rfq">
          <h2 className="text-lg font-semibold">
            {t('Penawaran: {need} ({quantity} {unit})', {
              need: rfq.need.description,
              quantity: rfq.need.quantity,
              unit: rfq.need.unit,
            })}
          </h2>
          <p className="text-sm text-slate-700">
            {t('Batas {deadline} · diundang: {invited} · status {status}', {
              deadline: formatWib(rfq.deadline, true, t.locale),
              invited: rfq.invitations.map((i) => i.msme.name).join(', '),
              status: t(rfqPhaseLabel[rfqPhase(rfq)]),
            })}
            {rfq.cancelReason ? ` · ${t('alasan: {reason}', { reason: rfq.cancelReason })}` : ''}
          </p>
          {rfqPhase(rfq) === 'OPEN' && (
            <ul className="flex flex-wrap gap-3 text-sm" data-testid="rfq-waiting">
              {rfq.invitations
                .filter((i) => !rfq.quotes.some((q) => q.msme.id === i.msme.id))
                .map((i) => {
                  const link = whatsappLink(
                    i.msme.whatsapp,
                    `Halo ${i.msme.name}, kami dari ${event.opd.name}. Mohon kirim penawaran untuk ${rfq.need.description} (${rfq.need.quantity} ${rfq.need.unit}) sebelum ${formatWib(rfq.deadline)} di Etalase UMKM Medan.`,
                  );
                  return (
                    <li key={i.msme.id}>
                      {t('Belum menjawab: {msme}', { msme: i.msme.name })}
                      {link && (
                        <>
                          {' · '}
                          <a href={link} className="underline" target="_blank" rel="noopener noreferrer">
                            WhatsApp
                          </a>
                        </>
                      )}
                    </li>
                  );
                })}
            </ul>
          )}
          {rfq.status === 'OPEN' && <CancelRfqForm rfqId={rfq.id} />}
          {rfq.quotes.length === 0 ? (
            <p>{t('Belum ada penawaran.')}</p>
          ) : (
            <table className="w-full text-sm" data-testid="quotes">
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th className="p-2">{t('UMKM')}</th>
                  <th className="p-2">{t('Harga satuan')}</th>
                  <th className="p-2">{t('Total')}</th>
                  <th className="p-2">{t('Catatan')}</th>
                  <th className="p-2">{t('Contoh')}</th>
                  <th className="p-2"></th>
                </tr>
              </thead>
              <tbody>
                {rfq.quotes.map((q) => (
                  <tr key={q.id} className="border-t">
                    <td className="p-2">{q.msme.name}</td>
                    <td className="p-2">{formatRupiah(q.unitPriceIdr)}</td>
                    <td className="p-2">{formatRupiah(q.totalIdr)}</td>
                    <td className="p-2">{q.notes}</td>
                    <td className="p-2">
                      {q.sampleAsset ? (
                        <a href={`/api/uploads/${q.sampleAsset.key}-800.webp`}>
                          <img
                            src={`/api/uploads/${q.sampleAsset.key}-400.webp`}
                            alt={t('Contoh dari {msme}', { msme: q.msme.name })}
                            width={80}
                            height={60}
                            className="h-12 w-16 rounded object-cover"
                          />
                        </a>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td className="p-2">
                      {rfq.status === 'OPEN' ? (
                        <AwardButton quoteId={q.id} msmeName={q.msme.name} total={formatRupiah(q.totalIdr)} />
                      ) : q.order ? (
                        <Link className="underline" href={`/pengadaan/pesanan/${q.order.id}`}>
                          {t('Pemenang')}
                        </Link>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <section className="card">
        <h2 className="mb-2 text-lg font-semibold">{t('Pesanan')}</h2>
        <ul className="divide-y" data-testid="event-orders">
          {event.orders.map((o) => (
            <li key={o.id} className="flex justify-between gap-2 py-2">
              <Link href={`/pengadaan/pesanan/${o.id}`} className="text-brand-700 underline">
                {o.number ?? t('Draf')} · {o.msme.name}
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
