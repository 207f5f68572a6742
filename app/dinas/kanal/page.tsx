import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { channelFunnel } from '@/lib/channels/funnel';
import { listListings } from '@/lib/channels/listings';
import { stageLabel, stages } from '@/lib/channels/schema';
import { db } from '@/lib/server/db';
import { formatWib } from '@/lib/format/time';
import { BulkMoveForm } from './bulk-move-form';
import { formatPercent } from '@/lib/format/labels';
import { getPhrases } from '@/lib/i18n/server';
import { barChartSvg, formatValue } from '@/lib/charts/svg-chart';
import { ChartFigure } from '@/app/components/chart-figure';

export const metadata: Metadata = { title: 'Onboarding kanal' };

export default async function ChannelsAdminPage({
  searchParams,
}: {
  searchParams: Promise<{ partner?: string; stage?: string; stuck?: string }>;
}) {
  const actor = await requirePageActor(['DINAS_ADMIN'], '/dinas/kanal');
  const params = await searchParams;
  const [funnel, listings, partners, t] = await Promise.all([
    channelFunnel(actor, { partner: params.partner, stuckDays: Number(params.stuck) || 30 }),
    listListings(actor, params),
    db.channelPartner.findMany({ orderBy: { name: 'asc' }, select: { slug: true, name: true } }),
    getPhrases(),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('Onboarding e-commerce & ritel modern')}</h1>
      <p className="flex flex-wrap gap-3">
        <Link href="/dinas/kanal/mitra" className="btn-secondary">
          {t('Mitra & persyaratan')}
        </Link>
        <a
          href={`/api/laporan/kanal?format=csv${params.partner ? `&partner=${params.partner}` : ''}`}
          className="btn-secondary"
        >
          {t('Ekspor CSV')}
        </a>
        <a
          href={`/api/laporan/kanal?format=xlsx${params.partner ? `&partner=${params.partner}` : ''}`}
          className="btn-secondary"
        >
          {t('Ekspor XLSX')}
        </a>
      </p>
      <form className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="partner" className="label">
            {t('Mitra')}
          </label>
          <select id="partner" name="partner" defaultValue={params.partner ?? ''} className="input">
            <option value="">{t('Semua mitra')}</option>
            {partners.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="stage" className="label">
            {t('Tahap')}
          </label>
          <select id="stage" name="stage" defaultValue={params.stage ?? ''} className="input">
            <option value="">{t('Semua tahap')}</option>
            {stages.map((s) => (
              <option key={s} value={s}>
                {t(stageLabel[s])}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="stuck" className="label">
            {t('Macet lebih dari (hari)')}
          </label>
          <input
            id="stuck"
            name="stuck"
            defaultValue={funnel.stuckDays}
            inputMode="numeric"
            className="input w-24"
          />
        </div>
        <button type="submit" className="btn-secondary">
          {t('Terapkan')}
        </button>
      </form>
      <ChartFigure
        svg={barChartSvg({
          key: 'funnel',
          title: t('Listing per tahap dan median hari di tiap tahap'),
          description: t(
            'Jumlah listing di setiap tahap onboarding kanal, dan median lama (hari) listing berada di tahap itu.',
          ),
          categories: stages.map((s) => t(stageLabel[s])),
          xName: t('Tahap'),
          yName: t('Listing'),
          format: 'count',
          series: [
            { name: t('Listing'), values: stages.map((s) => funnel.perStage[s] ?? 0) },
            { name: t('Median hari'), values: stages.map((s) => funnel.medianDays[s] ?? null), kind: 'line' },
          ],
        })}
        caption={t('Listing per tahap')}
        head={[t('Tahap'), t('Listing'), t('Median hari')]}
        rows={stages.map((s) => [
          t(stageLabel[s]),
          formatValue(funnel.perStage[s] ?? 0, 'count'),
          funnel.medianDays[s] === undefined ? '–' : formatValue(funnel.medianDays[s], 'count'),
        ])}
        testId="chart-funnel"
      />
      <section className="grid gap-4 md:grid-cols-2">
        <div className="card">
          <h2 className="mb-2 font-semibold">{t('Listing per tahap')}</h2>
          <ul className="space-y-1 text-sm" data-testid="funnel-stages">
            {stages.map((s) => {
              const n = funnel.perStage[s] ?? 0;
              const max = Math.max(1, ...Object.values(funnel.perStage));
              return (
                <li key={s} className="flex items-center gap-2">
                  <span className="w-40">{t(stageLabel[s])}</span>
                  <span
                    className="inline-block h-3 rounded bg-brand-600"
                    style={{ width: `${(n / max) * 10}rem` }}
                    aria-hidden="true"
                  />
                  <span data-testid={`stage-${s}`}>{n}</span>
                  {funnel.medianDays[s] !== undefined && (
                    <span className="text-slate-600">
                      · {t('median {days} hari', { days: funnel.medianDays[s] })}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
          <p className="mt-2 text-sm" data-testid="conversion">
            {t('Konversi diajukan → tayang: {percent} ({live} dari {submitted})', {
              percent: formatPercent(funnel.conversionPct),
              live: funnel.live,
              submitted: funnel.submitted,
            })}
          </p>
        </div>
        <div className="card space-y-2 text-sm">
          <h2 className="font-semibold">
            {t('Macet > {days} hari ({count})', { days: funnel.stuckDays, count: funnel.stuck.length })}
          </h2>
          <ul className="max-h-40 overflow-y-auto">
            {funnel.stuck.map((s) => (
              <li key={s.id}>
                <Link className="underline" href={`/dinas/kanal/${s.id}`}>
                  {s.product}
                </Link>{' '}
                · {s.partner} · {t(stageLabel[s.stage as keyof typeof stageLabel])}{' '}
                {t('{days} hari', { days: s.days })}
              </li>
            ))}
          </ul>
          <h2 className="font-semibold">{t('Alasan penolakan')}</h2>
          <ul>
            {funnel.rejections.map((r) => (
              <li key={r.reason}>
                {r.n}× {r.reason}
              </li>
            ))}
          </ul>
        </div>
      </section>
      <details className="card">
        <summary className="cursor-pointer font-semibold">
          {t('Per kecamatan dan kategori ({count} baris)', { count: funnel.byArea.length })}
        </summary>
        <table className="mt-2 w-full text-sm" data-testid="funnel-area">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="p-2">{t('Kecamatan')}</th>
              <th className="p-2">{t('Kategori')}</th>
              <th className="p-2">{t('Tahap')}</th>
              <th className="p-2">{t('Listing')}</th>
            </tr>
          </thead>
          <tbody>
            {funnel.byArea.map((r) => (
              <tr key={`${r.kecamatan}-${r.category}-${r.stage}`} className="border-t">
                <td className="p-2">{r.kecamatan}</td>
                <td className="p-2">{r.category}</td>
                <td className="p-2">{t(stageLabel[r.stage as keyof typeof stageLabel])}</td>
                <td className="p-2">{r.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <BulkMoveForm
        listings={listings.map((l) => ({
          id: l.id,
          label: `${l.product.name} (${l.product.msme.name}) → ${l.partner.name}`,
          stage: t(stageLabel[l.stage]),
          when: formatWib(l.stageChangedAt, false, t.locale),
          requested: l.requestedByOwner,
        }))}
      />
    </div>
  );
}
