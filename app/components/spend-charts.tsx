import type { OpdMonth } from '@/lib/procurement/transparency';
import { barChartSvg, formatValue } from '@/lib/charts/svg-chart';
import { shortMonth } from '@/lib/format/labels';
import type { Translate } from '@/lib/i18n/translate';
import { ChartFigure } from './chart-figure';

/**
 * Spend with UMKM per month (all the OPDs in `rows`), and its share of the pagu of events already
 * held against the 40% line: /transparansi, the OPD's own page and the Dinas report.
 */
export function SpendCharts({
  rows,
  t,
  ownOpd = false,
}: {
  rows: OpdMonth[];
  t: Translate;
  ownOpd?: boolean;
}) {
  const byMonth = [...new Set(rows.map((r) => r.month))].sort().map((month) => {
    const of = rows.filter((r) => r.month === month);
    const spend = of.reduce((n, r) => n + r.umkmSpendIdr, 0);
    const pagu = of.reduce((n, r) => n + r.paguIdr, 0);
    return {
      label: shortMonth(month, t.locale),
      spend,
      pagu,
      share: pagu ? Math.round((1000 * spend) / pagu) / 10 : 0,
    };
  });
  if (byMonth.length === 0) return null;
  const spendChart = barChartSvg({
    key: 'belanja-bulanan',
    title: ownOpd ? t('Belanja OPD ini kepada UMKM per bulan') : t('Belanja OPD kepada UMKM per bulan'),
    description: ownOpd
      ? t('Jumlah belanja OPD ini kepada UMKM setiap bulan kegiatan, dalam Rupiah.')
      : t('Jumlah belanja semua OPD kepada UMKM setiap bulan kegiatan, dalam Rupiah.'),
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
    <>
      <ChartFigure
        svg={spendChart}
        caption={ownOpd ? t('Belanja per bulan') : t('Belanja per bulan, semua OPD')}
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
    </>
  );
}
