import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { coverageForDinas, neverHelpedList } from '@/lib/programs/coverage';
import { programKindLabel, programKinds } from '@/lib/programs/labels';
import { formatPercent, sizeLabel } from '@/lib/format/labels';
import { formatRupiah } from '@/lib/format/money';
import { getPhrases } from '@/lib/i18n/server';
import { Stat } from '@/app/components/stat';
import { ActionForm } from '@/app/components/action-form';
import { nominateAction } from '@/app/program-actions';
import { listPrograms } from '@/lib/programs/programs';
import { TileMap } from '@/app/components/coverage/tile-map';
import { ChartFigure } from '@/app/components/chart-figure';
import { barChartSvg, formatValue } from '@/lib/charts/svg-chart';

export const metadata: Metadata = { title: 'Cakupan program' };

const share = (part: number, whole: number) => (whole ? (100 * part) / whole : 0);

export default async function DinasCoveragePage({
  searchParams,
}: {
  searchParams: Promise<{ kecamatan?: string }>;
}) {
  const actor = await requirePageActor(['DINAS_ADMIN'], '/dinas/cakupan');
  const { kecamatan: filter } = await searchParams;
  const data = await coverageForDinas(actor);
  const chosen = data.kecamatan.find((k) => k.code === filter);
  const [never, programs, t] = await Promise.all([
    neverHelpedList(actor, chosen?.code),
    listPrograms(actor),
    getPhrases(),
  ]);
  const open = programs.filter((p) => p.running && p.kind !== 'COOPERATIVE_AID' && p.accepted < p.quota);
  const maxNever = Math.max(1, ...data.kecamatan.map((k) => k.neverHelped));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('Cakupan bantuan dan pelatihan')}</h1>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-3">
        <Stat label={t('UMKM terdaftar')} value={data.totals.registered} />
        <Stat
          label={t('Terverifikasi sebagai binaan')}
          value={formatPercent(share(data.totals.verified, data.totals.registered))}
        />
        <Stat
          label={t('Pernah dibantu')}
          value={formatPercent(share(data.totals.everHelped, data.totals.registered))}
        />
        <Stat label={t('Belum pernah dibantu')} value={data.totals.neverHelped} testId="stat-never-helped" />
        <Stat label={t('Tumpang tindih dicegah')} value={data.overlapsPrevented} testId="stat-overlaps" />
        <Stat label={t('Pengecualian oleh admin Dinas')} value={data.overrides} testId="stat-overrides" />
      </div>
      <p className="flex flex-wrap gap-3">
        <a className="btn-secondary" href="/dinas/cakupan/ekspor?format=csv">
          {t('Unduh CSV')}
        </a>
        <a className="btn-secondary" href="/dinas/cakupan/ekspor?format=xlsx">
          {t('Unduh XLSX')}
        </a>
      </p>
      <div className="space-y-4">
        <TileMap
          title={t('UMKM belum pernah dibantu per kecamatan')}
          t={t}
          tiles={data.kecamatan.map((k) => ({
            code: k.code,
            name: k.name,
            value: k.neverHelped / maxNever,
            label: String(k.neverHelped),
          }))}
        />
        <ChartFigure
          svg={barChartSvg({
            key: 'pernah-dibantu',
            title: t('Bagian UMKM yang pernah dibantu per kecamatan'),
            description: t(
              'Persentase UMKM terdaftar di setiap kecamatan yang pernah menerima bantuan atau pelatihan.',
            ),
            categories: data.kecamatan.map((k) => k.name.replace(/^Medan /, '')),
            xName: t('Kecamatan'),
            yName: '%',
            format: 'percent',
            series: [
              {
                name: t('Pernah dibantu'),
                values: data.kecamatan.map((k) => Math.round(10 * share(k.everHelped, k.registered)) / 10),
              },
            ],
            height: 340,
          })}
          caption={t('Bagian UMKM yang pernah dibantu')}
          head={[t('Kecamatan'), t('Pernah dibantu')]}
          rows={data.kecamatan.map((k) => [
            k.name,
            formatValue(Math.round(10 * share(k.everHelped, k.registered)) / 10, 'percent'),
          ])}
          testId="chart-ever-helped"
        />
      </div>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('Per kecamatan')}</h2>
        <div className="overflow-x-auto">
          <table className="w-full bg-white text-sm" data-testid="coverage-kecamatan">
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
                  <td className="p-2">
                    <Link
                      href={`/dinas/cakupan?kecamatan=${k.code}#belum-dibantu`}
                      className="text-brand-700 underline"
                    >
                      {k.name}
                    </Link>
                  </td>
                  <td className="p-2">{k.registered}</td>
                  <td className="p-2">{formatPercent(share(k.verified, k.registered), 0)}</td>
                  <td className="p-2">{formatPercent(share(k.everHelped, k.registered), 0)}</td>
                  <td className="p-2">{k.neverHelped}</td>
                  {programKinds.map((kind) => (
                    <td key={kind} className="p-2">
                      {k.byKind[kind]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('Per OPD dan jenis bantuan')}</h2>
        <div className="overflow-x-auto">
          <table className="w-full bg-white text-sm" data-testid="coverage-opd">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th className="p-2">{t('OPD')}</th>
                <th className="p-2">{t('Program')}</th>
                <th className="p-2">{t('Penerima')}</th>
                <th className="p-2">{t('Anggaran')}</th>
                {programKinds.map((k) => (
                  <th key={k} className="p-2">
                    {t(programKindLabel[k])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.opd.map((o) => (
                <tr key={o.code} className="border-t">
                  <td className="p-2">{o.name}</td>
                  <td className="p-2">{o.programs}</td>
                  <td className="p-2">{o.beneficiaries}</td>
                  <td className="p-2">{formatRupiah(o.budgetIdr)}</td>
                  {programKinds.map((k) => (
                    <td key={k} className="p-2">
                      {o.byKind[k]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('Pemakaian kuota')}</h2>
        <ChartFigure
          svg={barChartSvg({
            key: 'kuota',
            title: t('Penerima dibanding kuota, program terbaru'),
            description: t('Penerima dibanding kuota, program terbaru'),
            categories: data.quotas.map((q) => q.name),
            xName: t('Program'),
            yName: t('Penerima'),
            format: 'count',
            series: [
              { name: t('Penerima'), values: data.quotas.map((q) => q.used) },
              { name: t('Kuota'), values: data.quotas.map((q) => q.quota) },
            ],
          })}
          caption={t('Penerima dibanding kuota, program terbaru')}
          head={[t('Program'), t('Penerima'), t('Kuota')]}
          rows={data.quotas.map((q) => [q.name, q.used, q.quota])}
          testId="chart-quota"
          names
        />
      </section>
      <section className="space-y-2" id="belum-dibantu">
        <h2 className="text-lg font-semibold">
          {chosen
            ? t('UMKM binaan yang belum pernah dibantu di Kecamatan {name}: {count}', {
                name: chosen.name,
                count: never.count,
              })
            : t('UMKM binaan yang belum pernah dibantu: {count}', { count: never.count })}
        </h2>
        <p className="text-sm text-slate-700">
          {t(
            'Usulkan mereka dari halaman program: calon yang belum pernah dibantu selalu berada di urutan teratas.',
          )}{' '}
          <Link href="/dinas/program" className="text-brand-700 underline">
            {t('Buka program')}
          </Link>
        </p>
        <ActionForm
          action={nominateAction}
          hidden={{ base: '/dinas/program' }}
          submit={t('Tetapkan sebagai penerima program ini')}
          className="card space-y-3"
          testId="never-helped-form"
        >
          <ul className="grid gap-1 text-sm sm:grid-cols-2" data-testid="never-helped">
            {never.rows.map((m) => (
              <li key={m.id} className="flex items-start gap-2">
                <input type="checkbox" name="msmeIds" value={m.id} aria-label={m.name} className="mt-1" />
                <span>
                  <Link href={`/dinas/umkm/${m.id}`} className="text-brand-700 underline" translate="no">
                    {m.name}
                  </Link>{' '}
                  · {m.kecamatan?.name} · {t(sizeLabel[m.size])} · NIB {m.nib ?? '—'}
                </span>
              </li>
            ))}
          </ul>
          <div>
            <label htmlFor="never-program" className="label">
              {t('Program yang masih punya kuota')}
            </label>
            <select id="never-program" name="programId" className="input" defaultValue="">
              <option value="">—</option>
              {open.map((p) => (
                <option key={p.id} value={p.id} translate="no">
                  {p.name} ({p.quota - p.accepted})
                </option>
              ))}
            </select>
          </div>
        </ActionForm>
      </section>
    </div>
  );
}
