import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { dinasOverview, dinasTrends } from '@/lib/dashboard/dashboards';
import { barChartSvg, compactValue, formatValue } from '@/lib/charts/svg-chart';
import { coverageForDinas } from '@/lib/programs/coverage';
import { msmeStatusLabel, shortMonth } from '@/lib/format/labels';
import { ChartFigure } from '@/app/components/chart-figure';
import { TileMap } from '@/app/components/coverage/tile-map';
import { formatRupiah } from '@/lib/format/money';
import { Stat } from '@/app/components/stat';
import { getPhrases } from '@/lib/i18n/server';

export const metadata: Metadata = { title: 'Dasbor Dinas' };

// The figure the kecamatan map is shaded by (?peta=…), chosen with plain links (no JavaScript).
const mapFigures = {
  terdaftar: 'UMKM terdaftar per kecamatan',
  terverifikasi: 'Porsi terverifikasi (%)',
  'belum-dibantu': 'Belum pernah dibantu',
  belanja: 'Belanja OPD ke UMKM di kecamatan ini',
} as const;
type MapFigure = keyof typeof mapFigures;

export default async function DinasDashboard({ searchParams }: { searchParams: Promise<{ peta?: string }> }) {
  const actor = await requirePageActor(['DINAS_ADMIN'], '/dinas');
  const { peta } = await searchParams;
  const figure: MapFigure = peta && peta in mapFigures ? (peta as MapFigure) : 'terdaftar';
  const [stats, trends, coverage, t] = await Promise.all([
    dinasOverview(actor),
    dinasTrends(actor),
    coverageForDinas(actor),
    getPhrases(),
  ]);
  const places = trends.byKecamatan.map((k) => {
    const neverHelped = coverage.kecamatan.find((c) => c.code === k.code)?.neverHelped ?? 0;
    const verifiedShare = k.registered ? Math.round((1000 * k.verified) / k.registered) / 10 : 0;
    const value = {
      terdaftar: k.registered,
      terverifikasi: verifiedShare,
      'belum-dibantu': neverHelped,
      belanja: k.spendIdr,
    }[figure];
    const label =
      figure === 'belanja'
        ? compactValue(value, 'rupiah')
        : formatValue(value, figure === 'terverifikasi' ? 'percent' : 'count');
    return { ...k, neverHelped, verifiedShare, value, label };
  });
  const maxValue = Math.max(1, ...places.map((p) => p.value));
  const months = trends.months.map((m) => shortMonth(m.month, t.locale));
  const registrations = barChartSvg({
    key: 'pendaftaran',
    title: t('Pendaftaran dan verifikasi UMKM per bulan'),
    description: t(
      'Jumlah UMKM yang mengajukan pendataan dan yang diverifikasi setiap bulan, 12 bulan terakhir.',
    ),
    categories: months,
    xName: t('Bulan'),
    yName: t('UMKM'),
    format: 'count',
    series: [
      { name: t('Mengajukan'), values: trends.months.map((m) => m.registered) },
      { name: t('Diverifikasi'), values: trends.months.map((m) => m.verified) },
    ],
  });
  const statusNames = stats.byStatus.map((s) => t(msmeStatusLabel[s.status]));
  const byStatus = barChartSvg({
    key: 'status-umkm',
    title: t('UMKM menurut status pendataan'),
    description: t('Jumlah UMKM di setiap status pendataan saat ini, dari draf sampai terverifikasi.'),
    categories: statusNames,
    xName: t('Status'),
    yName: t('UMKM'),
    format: 'count',
    series: [{ name: t('UMKM'), values: stats.byStatus.map((s) => s.count) }],
    height: 280,
  });

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold" data-testid="dashboard-title">
        {t('Dasbor Dinas Koperasi UKM')}
      </h1>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label={t('UMKM binaan (terverifikasi)')} value={stats.verified} testId="stat-verified" />
        <Stat label={t('Menunggu verifikasi')} value={stats.submitted} testId="stat-submitted" />
        <Stat label={t('Produk tayang di katalog')} value={stats.publishedProducts} />
        <Stat label={t('Belanja OPD ke UMKM')} value={formatRupiah(stats.spendIdr)} />
      </div>
      <ChartFigure
        svg={registrations}
        caption={t('Pendaftaran dan verifikasi UMKM per bulan')}
        head={[t('Bulan'), t('Mengajukan'), t('Diverifikasi')]}
        rows={trends.months.map((m, i) => [
          months[i],
          formatValue(m.registered, 'count'),
          formatValue(m.verified, 'count'),
        ])}
        testId="chart-registrations"
      />
      <ChartFigure
        svg={byStatus}
        caption={t('UMKM menurut status pendataan')}
        head={[t('Status'), t('UMKM')]}
        rows={stats.byStatus.map((s, i) => [statusNames[i], formatValue(s.count, 'count')])}
        testId="chart-status"
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-2">
          <nav
            aria-label={t('Peta menurut')}
            className="flex flex-wrap gap-2 text-sm"
            data-testid="map-figures"
          >
            <span>{t('Peta menurut')}:</span>
            {(Object.keys(mapFigures) as MapFigure[]).map((f) => (
              <Link
                key={f}
                href={`/dinas?peta=${f}`}
                aria-current={f === figure ? 'true' : undefined}
                className={f === figure ? 'font-semibold underline' : 'text-brand-700 underline'}
              >
                {t(mapFigures[f])}
              </Link>
            ))}
          </nav>
          <TileMap
            id="peta-dinas"
            title={t(mapFigures[figure])}
            t={t}
            tiles={places.map((p) => ({
              code: p.code,
              name: p.name,
              value: p.value / maxValue,
              label: p.label,
            }))}
          />
        </div>
        <div className="card overflow-x-auto">
          <table className="w-full text-sm" data-testid="kecamatan-table">
            <caption className="pb-1 text-left font-medium">
              {t('Terdaftar dan terverifikasi per kecamatan')}
            </caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th className="p-1">{t('Kecamatan')}</th>
                <th className="p-1 text-right">{t('Terdaftar')}</th>
                <th className="p-1 text-right">{t('Terverifikasi')}</th>
                <th className="p-1 text-right">{t('Porsi terverifikasi')}</th>
                <th className="p-1 text-right">{t('Belum pernah dibantu')}</th>
                <th className="p-1 text-right">{t('Belanja OPD ke UMKM')}</th>
              </tr>
            </thead>
            <tbody>
              {places.map((k) => (
                <tr key={k.code} className="border-t">
                  <td className="p-1">{k.name}</td>
                  <td className="p-1 text-right tabular-nums">{formatValue(k.registered, 'count')}</td>
                  <td className="p-1 text-right tabular-nums">{formatValue(k.verified, 'count')}</td>
                  <td className="p-1 text-right tabular-nums">
                    {k.registered
                      ? formatValue(Math.round((1000 * k.verified) / k.registered) / 10, 'percent')
                      : '–'}
                  </td>
                  <td className="p-1 text-right tabular-nums">{formatValue(k.neverHelped, 'count')}</td>
                  <td className="whitespace-nowrap p-1 text-right tabular-nums">
                    {formatRupiah(k.spendIdr)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div className="flex flex-wrap gap-3">
        <Link href="/dinas/verifikasi" className="btn">
          {t('Buka antrean verifikasi')}
        </Link>
        <Link href="/dinas/umkm" className="btn-secondary">
          {t('Registri UMKM')}
        </Link>
        <Link href="/dinas/pengguna" className="btn-secondary">
          {t('Kelola akun OPD & Dinas')}
        </Link>
      </div>
      <div className="flex flex-wrap gap-3">
        <Link href="/dinas/program" className="btn-secondary">
          {t('Program bantuan dan pelatihan')}
        </Link>
        <Link href="/dinas/cakupan" className="btn-secondary">
          {t('Cakupan bantuan dan pelatihan')}
        </Link>
        <Link href="/dinas/koperasi" className="btn-secondary">
          {t('Registri koperasi')}
        </Link>
      </div>
    </div>
  );
}
