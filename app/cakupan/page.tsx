import type { Metadata } from 'next';
import { publicCoverage } from '@/lib/programs/coverage';
import { programKindLabel, programKinds } from '@/lib/programs/labels';
import { formatRupiah } from '@/lib/format/money';
import { getPhrases } from '@/lib/i18n/server';
import { TileMap } from '@/app/components/coverage/tile-map';
import { ChartFigure } from '@/app/components/chart-figure';
import { barChartSvg } from '@/lib/charts/svg-chart';

export const metadata: Metadata = { title: 'Cakupan bantuan UMKM' };
// Figures change with every nomination: rendered per request (the API is cached 5 minutes).
export const dynamic = 'force-dynamic';

export default async function PublicCoveragePage() {
  const [data, t] = await Promise.all([publicCoverage(), getPhrases()]);
  const show = (n: number | null) =>
    n === null ? '<5' : n.toLocaleString(t.locale === 'en' ? 'en-GB' : 'id-ID');
  const maxNever = Math.max(1, ...data.kecamatan.map((k) => k.neverHelped ?? 0));
  // Counts under 5 are withheld (null): the chart leaves their bar out, the table says "<5".
  const byOpd = barChartSvg({
    key: 'penerima-opd',
    title: t('Penerima bantuan dan pelatihan per OPD'),
    description: t(
      'Jumlah UMKM penerima program setiap OPD. OPD dengan kurang dari 5 penerima tidak digambar.',
    ),
    categories: data.opd.map((o) => o.name),
    xName: t('OPD'),
    yName: t('UMKM'),
    format: 'count',
    series: [{ name: t('Penerima'), values: data.opd.map((o) => o.beneficiaries) }],
  });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('Cakupan bantuan dan pelatihan UMKM Kota Medan')}</h1>
      <p className="max-w-3xl text-slate-700">
        {t(
          'Berapa UMKM yang terdaftar, yang sudah menjadi binaan, dan yang sudah atau belum pernah menerima bantuan dan pelatihan dari OPD mana pun, per kecamatan. Tanpa data pribadi: jumlah di bawah 5 ditulis "<5", begitu pula angka yang dapat dipakai untuk menghitungnya.',
        )}
      </p>
      <p className="flex flex-wrap gap-3 text-sm">
        <a className="text-brand-700 underline" href="/api/v1/programs/coverage">
          JSON
        </a>
        <a className="text-brand-700 underline" href="/api/v1/programs/coverage?format=csv">
          CSV
        </a>
        <a className="text-brand-700 underline" href="/api/v1/openapi.json">
          OpenAPI
        </a>
      </p>
      <TileMap
        title={t('UMKM belum pernah dibantu per kecamatan')}
        t={t}
        tiles={data.kecamatan.map((k) => ({
          code: k.code,
          name: k.name,
          value: k.neverHelped === null ? null : k.neverHelped / maxNever,
          label: show(k.neverHelped),
        }))}
      />
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('Per kecamatan')}</h2>
        <div className="overflow-x-auto">
          <table className="w-full bg-white text-sm" data-testid="public-coverage">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th className="p-2">{t('Kecamatan')}</th>
                <th className="p-2">{t('Terdaftar')}</th>
                <th className="p-2">{t('Binaan')}</th>
                <th className="p-2">{t('Pernah dibantu')}</th>
                <th className="p-2">{t('Belum pernah')}</th>
                {programKinds.map((k) => (
                  <th key={k} className="p-2">
                    {t(programKindLabel[k])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.kecamatan.map((k) => (
                <tr key={k.code} className="border-t">
                  <td className="p-2">{k.name}</td>
                  <td className="p-2">{show(k.registered)}</td>
                  <td className="p-2">{show(k.verified)}</td>
                  <td className="p-2">{show(k.everHelped)}</td>
                  <td className="p-2">{show(k.neverHelped)}</td>
                  {programKinds.map((kind) => (
                    <td key={kind} className="p-2">
                      {show(k.helpByKind[kind])}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="border-t font-semibold">
                <td className="p-2">{t('Kota Medan')}</td>
                <td className="p-2">{show(data.totals.registered)}</td>
                <td className="p-2">{show(data.totals.verified)}</td>
                <td className="p-2">{show(data.totals.everHelped)}</td>
                <td className="p-2">{show(data.totals.neverHelped)}</td>
                {programKinds.map((kind) => (
                  <td key={kind} className="p-2">
                    {show(data.totals.helpByKind[kind])}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('Per OPD')}</h2>
        <ChartFigure
          svg={byOpd}
          names
          caption={t('Penerima bantuan dan pelatihan per OPD')}
          head={[t('OPD'), t('Penerima')]}
          rows={data.opd.map((o) => [o.name, show(o.beneficiaries)])}
          testId="chart-opd-beneficiaries"
        />
        <div className="overflow-x-auto">
          <table className="w-full bg-white text-sm" data-testid="public-coverage-opd">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th className="p-2">{t('OPD')}</th>
                <th className="p-2">{t('Program')}</th>
                <th className="p-2">{t('Penerima')}</th>
                <th className="p-2">{t('Anggaran')}</th>
              </tr>
            </thead>
            <tbody>
              {data.opd.map((o) => (
                <tr key={o.code} className="border-t">
                  <td className="p-2">{o.name}</td>
                  <td className="p-2">{o.programs}</td>
                  <td className="p-2">{show(o.beneficiaries)}</td>
                  <td className="p-2">{formatRupiah(o.budgetIdr)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
