import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { healthRules, listCooperatives } from '@/lib/cooperatives/registry';
import { registrationChoices } from '@/lib/msme/reference';
import { predicateLabel } from '@/lib/programs/labels';
import { formatDateOnly, todayInMedan } from '@/lib/format/date-only';
import { getPhrases } from '@/lib/i18n/server';
import { ActionForm } from '@/app/components/action-form';
import { ImportForm } from '@/app/dinas/impor/import-form';
import { createCooperativeAction, importCooperativesAction } from './actions';
import { PredicateBadge } from './predicate-badge';

export const metadata: Metadata = { title: 'Koperasi' };

export default async function CooperativesPage() {
  const actor = await requirePageActor(['DINAS_ADMIN'], '/dinas/koperasi');
  const [coops, rules, choices, t] = await Promise.all([
    listCooperatives(actor),
    healthRules(),
    registrationChoices(),
    getPhrases(),
  ]);
  const year = Number(todayInMedan().slice(0, 4));
  const field = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div>
      <label htmlFor={`coop-${name}`} className="label">
        {label}
      </label>
      <input id={`coop-${name}`} name={name} className="input" {...props} />
    </div>
  );
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
      <section className="min-w-0 space-y-4">
        <h1 className="text-2xl font-semibold">{t('Registri koperasi')}</h1>
        <div className="card text-sm" data-testid="health-bands">
          <p className="font-medium">
            {t('Predikat kesehatan menurut {regulation}', { regulation: rules.regulation })}
          </p>
          <ul>
            {[...rules.rules.bands]
              .sort((a, b) => b.minScore - a.minScore)
              .map((b) => (
                <li key={b.predicate}>
                  {t(predicateLabel[b.predicate])}: {t('nilai ≥ {min}', { min: b.minScore })}
                </li>
              ))}
          </ul>
          <p className="text-slate-700">
            {t(
              'Bobot aspek: tata kelola {g}%, profil risiko {r}%, kinerja keuangan {f}%, permodalan {c}%. Bantuan koperasi hanya untuk koperasi sehat tahun {year} yang menggelar RAT dalam setahun terakhir.',
              {
                g: rules.rules.weights.governance,
                r: rules.rules.weights.risk,
                f: rules.rules.weights.finance,
                c: rules.rules.weights.capital,
                year,
              },
            )}
          </p>
        </div>
        <div className="overflow-x-auto">
          <table className="w-full bg-white text-sm" data-testid="cooperatives">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th className="p-2">{t('Koperasi')}</th>
                <th className="p-2">{t('Kecamatan')}</th>
                <th className="p-2">{t('Anggota')}</th>
                <th className="p-2">{t('RAT terakhir')}</th>
                <th className="p-2">{t('Penilaian terakhir')}</th>
              </tr>
            </thead>
            <tbody>
              {coops.map((c) => {
                const a = c.assessments[0];
                return (
                  <tr key={c.id} className="border-t">
                    <td className="p-2">
                      <Link href={`/dinas/koperasi/${c.id}`} className="text-brand-700 underline">
                        {c.name}
                      </Link>
                    </td>
                    <td className="p-2">{c.kecamatan?.name ?? '—'}</td>
                    <td className="p-2">{c.memberCount}</td>
                    <td className="p-2">{c.lastRatOn ? formatDateOnly(c.lastRatOn, t.locale) : '—'}</td>
                    <td className="p-2">
                      {a ? (
                        <PredicateBadge predicate={a.predicate} year={a.year} t={t} />
                      ) : (
                        t('belum dinilai')
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <h2 className="text-lg font-semibold">{t('Impor koperasi dari CSV/XLSX')}</h2>
        <p className="flex flex-wrap gap-3">
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a file download (route handler), not the [id] page */}
          <a className="btn-secondary" href="/dinas/koperasi/templat?format=csv">
            {t('Unduh templat CSV')}
          </a>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a file download (route handler), not the [id] page */}
          <a className="btn-secondary" href="/dinas/koperasi/templat?format=xlsx">
            {t('Unduh templat XLSX')}
          </a>
        </p>
        <ImportForm action={importCooperativesAction} label="Berkas koperasi (CSV atau XLSX, maks. 5 MB)" />
      </section>
      <ActionForm
        action={createCooperativeAction}
        submit={t('Daftarkan koperasi')}
        className="card space-y-3 self-start"
        testId="cooperative-form"
      >
        <h2 className="text-lg font-semibold">{t('Koperasi baru')}</h2>
        {field('name', t('Nama koperasi'))}
        {field('legalNumber', t('Nomor badan hukum'))}
        {field('nik', t('NIK koperasi (16 digit)'), { inputMode: 'numeric' })}
        <div>
          <label htmlFor="coop-kecamatanCode" className="label">
            {t('Kecamatan')}
          </label>
          <select id="coop-kecamatanCode" name="kecamatanCode" className="input" defaultValue="">
            <option value="">—</option>
            {choices.kecamatan.map((k) => (
              <option key={k.code} value={k.code}>
                {k.name}
              </option>
            ))}
          </select>
        </div>
        {field('memberCount', t('Jumlah anggota'), { inputMode: 'numeric' })}
        {field('chairName', t('Ketua'))}
        {field('businessLines', t('Bidang usaha (pisahkan dengan koma)'))}
        {field('lastRatOn', t('Tanggal RAT terakhir'), { placeholder: t('hh/bb/tttt') })}
      </ActionForm>
    </div>
  );
}
