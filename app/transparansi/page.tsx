import type { Metadata } from 'next';
import { publicOpdSpending } from '@/lib/procurement/transparency';
import { formatRupiah } from '@/lib/format/money';
import { getPhrases } from '@/lib/i18n/server';
import { SpendingTable } from '@/app/components/spending-table';
import { ChartFigure } from '@/app/components/chart-figure';
import { barChartSvg, formatValue } from '@/lib/charts/svg-chart';
import { shortMonth } from '@/lib/format/labels';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPhrases();
  return {
    title: t('Transparansi belanja OPD ke UMKM'),
    description: t('Berapa yang dibelanjakan setiap OPD Pemerintah Kota Medan kepada UMKM lokal, per bulan.'),
  };
}

export default async function TransparencyPage() {
  const [rows, t] = await Promise.all([publicOpdSpending(), getPhrases()]);
  const total = rows.reduce((sum, r) => sum + r.umkmSpendIdr, 0);
  // All OPDs per month: spend with UMKM, and its share of the pagu of events already held.
  const byMonth = [...new Set(rows.map((r) => r.month))].sort().map((month) => {
    const of = rows.filter((r) => r.month === month);
    const spend = of.reduce((n, r) => n + r.umkmSpendIdr, 0);
    const pagu = of.reduce((n, r) => n + r.paguIdr, 0);
    return {
      month,
      label: shortMonth(month, t.locale),
      spend,
      pagu,
      share: pagu ? Math.round((1000 * spend) / pagu) / 10 : 0,
    };
  });
  const spendChart = barChartSvg({
    key: 'belanja-bulanan',
    title: t('Belanja OPD kepada UMKM per bulan'),
    description: t('Jumlah belanja semua OPD kepada UMKM setiap bulan kegiatan, dalam Rupiah.'),
    categories: byMonth.map((m) => m.label),
    xName: t('Bulan'),
    yName: t('Rupiah'),
    format: 'rupiah',
    series: [{ name: t('Belanja ke UMKM'), values: byMonth.map((m) => m.spend) }],
  });
  const shareChart = barChartSvg({
    key: 'porsi-bulanan',
    title: t('Porsi belanja UMKM dari pagu kegiatan, dengan garis target 40%'),
    description: t(
      'Porsi pagu kegiatan yang sudah berlangsung yang dibelanjakan kepada UMKM, per bulan, dibandingkan target 40%.',
    ),
    categories: byMonth.map((m) => m.label),
    xName: t('Bulan'),
    yName: '%',
    format: 'percent',
    series: [{ name: t('Porsi UMKM'), values: byMonth.map((m) => m.share), kind: 'line' }],
    target: { value: 40, label: t('target 40%') },
  });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('Transparansi: belanja OPD kepada UMKM Medan')}</h1>
      <p className="max-w-3xl text-slate-700">
        {t(
          'Wali Kota menginstruksikan setiap OPD memakai produk UMKM di setiap kegiatan. Halaman ini menunjukkan, tanpa data pribadi, berapa belanja setiap OPD kepada UMKM dibandingkan pagu kegiatannya (garis merah: target 40% untuk usaha kecil dan koperasi).',
        )}
      </p>
      <p className="text-lg">
        {t('Total belanja ke UMKM tercatat:')}{' '}
        <strong data-testid="total-spend">{formatRupiah(total)}</strong>
      </p>
      <p className="flex flex-wrap gap-3 text-sm">
        <a className="underline" href="/api/v1/transparency/opd-spending">
          {t('Data JSON')}
        </a>
        <a className="underline" href="/api/v1/transparency/opd-spending?format=csv">
          {t('Unduh CSV')}
        </a>
        <a className="underline" href="/api/v1/ocds/release-package">
          Open Contracting (OCDS 1.1)
        </a>
      </p>
      <ChartFigure
        svg={spendChart}
        caption={t('Belanja per bulan, semua OPD')}
        head={[t('Bulan'), t('Belanja ke UMKM'), t('Pagu kegiatan berlangsung')]}
        rows={byMonth.map((m) => [m.label, formatValue(m.spend, 'rupiah'), formatValue(m.pagu, 'rupiah')])}
        testId="chart-spend"
      />
      <ChartFigure
        svg={shareChart}
        caption={t('Porsi UMKM per bulan')}
        head={[t('Bulan'), t('Porsi UMKM')]}
        rows={byMonth.map((m) => [m.label, formatValue(m.share, 'percent')])}
        testId="chart-share"
      />
      <div className="overflow-x-auto">
        <SpendingTable rows={rows} />
      </div>
    </div>
  );
}
