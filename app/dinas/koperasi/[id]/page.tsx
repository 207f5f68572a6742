import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getCooperative } from '@/lib/cooperatives/registry';
import { orNotFound } from '@/lib/server/not-found';
import { formatDateOnly, todayInMedan } from '@/lib/format/date-only';
import { formatWib } from '@/lib/format/time';
import { getPhrases } from '@/lib/i18n/server';
import { ActionForm } from '@/app/components/action-form';
import { addMemberAction, assessCooperativeAction, recordRatAction } from '../actions';
import { PredicateBadge } from '../predicate-badge';

export const metadata: Metadata = { title: 'Koperasi' };

export default async function CooperativePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(['DINAS_ADMIN'], `/dinas/koperasi/${id}`);
  const [c, t] = await Promise.all([orNotFound(getCooperative(actor, id)), getPhrases()]);
  const year = todayInMedan().slice(0, 4);
  const score = (name: string, label: string) => (
    <div>
      <label htmlFor={`as-${name}`} className="label">
        {label}
      </label>
      <input id={`as-${name}`} name={name} className="input" inputMode="numeric" />
    </div>
  );
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{c.name}</h1>
        <p className="text-slate-700">
          {c.kecamatan?.name ?? '—'} · {t('{count} anggota', { count: c.memberCount })} ·{' '}
          {t('Ketua: {name}', { name: c.chairName })}
        </p>
        <p className="text-sm text-slate-700">
          {t('Badan hukum {number} · NIK koperasi {nik}', {
            number: c.legalNumber ?? '—',
            nik: c.nik ?? '—',
          })}{' '}
          · {c.businessLines.join(', ')}
        </p>
        <p className="text-sm">
          {t('RAT terakhir: {day}', { day: c.lastRatOn ? formatDateOnly(c.lastRatOn, t.locale) : '—' })}
        </p>
      </header>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('Penilaian kesehatan')}</h2>
        <table className="w-full bg-white text-sm" data-testid="assessments">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="p-2">{t('Tahun')}</th>
              <th className="p-2">{t('Tata kelola')}</th>
              <th className="p-2">{t('Profil risiko')}</th>
              <th className="p-2">{t('Kinerja keuangan')}</th>
              <th className="p-2">{t('Permodalan')}</th>
              <th className="p-2">{t('Nilai')}</th>
              <th className="p-2">{t('Predikat')}</th>
            </tr>
          </thead>
          <tbody>
            {c.assessments.map((a) => (
              <tr key={a.id} className="border-t">
                <td className="p-2">{a.year}</td>
                <td className="p-2">{a.governanceScore}</td>
                <td className="p-2">{a.riskScore}</td>
                <td className="p-2">{a.financeScore}</td>
                <td className="p-2">{a.capitalScore}</td>
                <td className="p-2">
                  {(a.totalScoreCenti / 100).toLocaleString(t.locale === 'en' ? 'en-GB' : 'id-ID')}
                </td>
                <td className="p-2">
                  <PredicateBadge predicate={a.predicate} year={a.year} t={t} />
                  <span className="block text-xs text-slate-600">{c.regulations.get(a.ruleSetId)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ActionForm
          action={assessCooperativeAction}
          hidden={{ cooperativeId: c.id }}
          submit={t('Simpan penilaian')}
          className="card grid gap-2 sm:grid-cols-3"
          testId="assess-form"
        >
          <div>
            <label htmlFor="as-year" className="label">
              {t('Tahun buku')}
            </label>
            <input id="as-year" name="year" className="input" inputMode="numeric" defaultValue={year} />
          </div>
          {score('governance', t('Tata kelola (0–100)'))}
          {score('risk', t('Profil risiko (0–100)'))}
          {score('finance', t('Kinerja keuangan (0–100)'))}
          {score('capital', t('Permodalan (0–100)'))}
          <div>
            <label htmlFor="as-note" className="label">
              {t('Catatan')}
            </label>
            <input id="as-note" name="note" className="input" />
          </div>
        </ActionForm>
      </section>
      <section className="grid gap-4 md:grid-cols-2">
        <ActionForm
          action={recordRatAction}
          hidden={{ cooperativeId: c.id }}
          submit={t('Simpan tanggal RAT')}
          className="card space-y-2"
        >
          <label htmlFor="rat" className="label">
            {t('Tanggal RAT terakhir')}
          </label>
          <input id="rat" name="lastRatOn" className="input" placeholder={t('hh/bb/tttt')} />
        </ActionForm>
        <ActionForm
          action={addMemberAction}
          hidden={{ cooperativeId: c.id }}
          submit={t('Tambah anggota')}
          className="card space-y-2"
        >
          <label htmlFor="member-nib" className="label">
            {t('NIB UMKM anggota')}
          </label>
          <input id="member-nib" name="nib" className="input" inputMode="numeric" />
        </ActionForm>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('UMKM anggota yang terdata')}</h2>
        {c.members.length === 0 ? (
          <p className="text-slate-700">{t('Belum ada.')}</p>
        ) : (
          <ul className="card text-sm">
            {c.members.map((m) => (
              <li key={m.msmeId}>
                {m.msme.name} · NIB {m.msme.nib ?? '—'}
              </li>
            ))}
          </ul>
        )}
        <h2 className="text-lg font-semibold">{t('Bantuan yang diterima')}</h2>
        {c.programEntries.length === 0 ? (
          <p className="text-slate-700">{t('Belum pernah dibantu program apa pun.')}</p>
        ) : (
          <ul className="card text-sm">
            {c.programEntries.map((e) => (
              <li key={e.id}>
                {formatWib(e.acceptedAt ?? e.addedAt, false, t.locale)} ·{' '}
                <span translate="no">
                  {e.program.name} ({e.program.opd.name})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
