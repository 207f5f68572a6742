import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { openProgramsForOwner } from '@/lib/programs/owner';
import { ownerProgramHistory } from '@/lib/programs/delivery';
import { programKindLabel } from '@/lib/programs/labels';
import { formatDateOnly } from '@/lib/format/date-only';
import { getPhrases } from '@/lib/i18n/server';
import { ActionForm } from '@/app/components/action-form';
import { applyToProgramAction } from '@/app/program-actions';
import { CriteriaList } from '@/app/components/program/criteria';
import { OwnerHistory } from '@/app/components/program/owner-history';

export const metadata: Metadata = { title: 'Program bantuan dan pelatihan' };

export default async function OwnerProgramsPage() {
  const actor = await requirePageActor(['MSME_OWNER'], '/umkm/program');
  const [open, history, t] = await Promise.all([
    openProgramsForOwner(actor),
    ownerProgramHistory(actor),
    getPhrases(),
  ]);
  const eligible = open.programs.filter((p) => p.eligible);
  const others = open.programs.filter((p) => !p.eligible);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('Program bantuan dan pelatihan')}</h1>
      {!open.registered && (
        <p className="card">
          {t('Daftarkan usaha Anda terlebih dahulu.')}{' '}
          <Link href="/umkm/profil" className="text-brand-700 underline">
            {t('Daftarkan usaha')}
          </Link>
        </p>
      )}
      {open.registered && !open.verified && (
        <p className="card border-amber-300">
          {t(
            'Program hanya untuk UMKM binaan terverifikasi. Lengkapi dan ajukan profil usaha Anda untuk diverifikasi Dinas.',
          )}
        </p>
      )}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('Program terbuka yang dapat Anda ikuti')}</h2>
        {eligible.length === 0 && (
          <p className="text-slate-700">{t('Belum ada program terbuka yang sesuai untuk usaha Anda.')}</p>
        )}
        <ul className="space-y-2" data-testid="open-programs">
          {eligible.map(({ program, criteria }) => (
            <li key={program.id} className="card space-y-2">
              <p className="font-medium" translate="no">
                {program.name}
              </p>
              <p className="text-sm text-slate-700">
                {t(programKindLabel[program.kind])} · {program.opd.name} ·{' '}
                {t('sampai {day}', { day: formatDateOnly(program.endsOn, t.locale) })}
              </p>
              {program.description && (
                <p className="text-sm" translate="no">
                  {program.description}
                </p>
              )}
              <p className="text-sm font-medium">{t('Mengapa Anda memenuhi syarat:')}</p>
              <CriteriaList criteria={criteria} t={t} />
              <ActionForm
                action={applyToProgramAction}
                hidden={{ programId: program.id }}
                submit={t('Ajukan diri')}
              >
                <label className="label" htmlFor={`note-${program.id}`}>
                  {t('Catatan untuk pengelola program (opsional)')}
                </label>
                <input id={`note-${program.id}`} name="note" className="input" />
              </ActionForm>
            </li>
          ))}
        </ul>
        {others.length > 0 && (
          <details className="card">
            <summary className="cursor-pointer font-medium">
              {t('{count} program lain belum sesuai — lihat alasannya', { count: others.length })}
            </summary>
            <ul className="mt-2 space-y-2">
              {others.map(({ program, criteria }) => (
                <li key={program.id} className="border-t pt-2">
                  <p className="font-medium" translate="no">
                    {program.name}
                  </p>
                  <CriteriaList criteria={criteria} t={t} />
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('Pengajuan dan riwayat bantuan Anda')}</h2>
        <OwnerHistory entries={history} t={t} />
      </section>
    </div>
  );
}
