import type { Metadata } from 'next';
import { barChartSvg, formatValue } from '@/lib/charts/svg-chart';
import { ChartFigure } from '@/app/components/chart-figure';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getBazaar } from '@/lib/channels/bazaars';
import { db } from '@/lib/server/db';
import { orNotFound } from '@/lib/server/not-found';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import { getPhrases } from '@/lib/i18n/server';
import { AssignBoothForm, InviteForm } from './bazaar-forms';

export const metadata: Metadata = { title: 'Bazar' };
const status = {
  APPLIED: 'Mendaftar',
  INVITED: 'Diundang',
  ACCEPTED: 'Dapat stan',
  DECLINED: 'Batal',
} as const;

export default async function BazaarPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(['DINAS_ADMIN'], `/dinas/bazar/${id}`);
  const bazaar = await orNotFound(getBazaar(actor, id));
  const [msmes, t] = await Promise.all([
    db.msme.findMany({
      where: { status: 'VERIFIED', bazaarEntries: { none: { bazaarId: id } } },
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    }),
    getPhrases(),
  ]);
  const freeBooths = bazaar.booths.filter((b) => !b.participant).map((b) => ({ id: b.id, code: b.code }));
  const total = bazaar.participants.reduce((sum, p) => sum + (p.salesIdr ?? 0n), 0n);
  const sold = bazaar.participants.filter((p) => p.salesIdr !== null);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{bazaar.name}</h1>
      <p>
        {formatWib(bazaar.startsAt, true, t.locale)} – {formatWib(bazaar.endsAt, true, t.locale)} ·{' '}
        {bazaar.venue} · {t('omzet tercatat')} <strong>{formatRupiah(total)}</strong>
      </p>
      {sold.length > 0 && (
        <ChartFigure
          svg={barChartSvg({
            key: 'omzet-bazar',
            title: t('Omzet bazar per peserta'),
            description: t('Omzet yang tercatat untuk setiap UMKM peserta bazar, dalam Rupiah.'),
            categories: sold.map((p) => p.msme.name),
            xName: t('Peserta'),
            yName: t('Rupiah'),
            format: 'rupiah',
            series: [{ name: t('Omzet'), values: sold.map((p) => Number(p.salesIdr)) }],
          })}
          caption={t('Omzet bazar per peserta')}
          head={[t('Peserta'), t('Omzet')]}
          rows={sold.map((p) => [p.msme.name, formatValue(Number(p.salesIdr), 'rupiah')])}
          testId="chart-bazaar"
          names
        />
      )}
      <InviteForm bazaarId={bazaar.id} msmes={msmes} />
      <table className="w-full bg-white text-sm" data-testid="participants">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="p-2">{t('UMKM')}</th>
            <th className="p-2">{t('Status')}</th>
            <th className="p-2">{t('Stan')}</th>
            <th className="p-2">{t('Omzet')}</th>
            <th className="p-2">{t('Tetapkan stan')}</th>
          </tr>
        </thead>
        <tbody>
          {bazaar.participants.map((p) => (
            <tr key={p.id} className="border-t">
              <td className="p-2">{p.msme.name}</td>
              <td className="p-2">{t(status[p.status])}</td>
              <td className="p-2" data-testid="booth">
                {p.booth?.code ?? '—'}
              </td>
              <td className="p-2">{p.salesIdr === null ? '—' : formatRupiah(p.salesIdr)}</td>
              <td className="p-2">
                <AssignBoothForm
                  bazaarId={bazaar.id}
                  participantId={p.id}
                  msmeName={p.msme.name}
                  booths={freeBooths}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
