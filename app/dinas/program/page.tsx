import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { ProgramsPage } from '@/app/components/program/program-pages';
import { ActionForm } from '@/app/components/action-form';
import { dismissOverlapAction, overrideOverlapAction, setOverlapWindowAction } from '@/app/program-actions';
import { overlapChecks } from '@/lib/programs/enrolment';
import { listKindSettings } from '@/lib/programs/programs';
import { overrideReasonLabel, overrideReasons, programKindLabel } from '@/lib/programs/labels';
import { formatWib } from '@/lib/format/time';
import { getPhrases } from '@/lib/i18n/server';

export const metadata: Metadata = { title: 'Program bantuan' };

export default async function DinasProgramsPage() {
  const actor = await requirePageActor(['DINAS_ADMIN'], '/dinas/program');
  const [checks, settings, t] = await Promise.all([overlapChecks(actor), listKindSettings(), getPhrases()]);
  const waiting = checks.filter((c) => c.outcome === 'BLOCKED' && !c.resolvedAt);
  const decided = checks.filter((c) => c.outcome === 'OVERRIDDEN' || c.resolvedAt).slice(0, 5);
  return (
    <ProgramsPage actor={actor} base="/dinas/program">
      <section className="space-y-2" data-testid="overlaps">
        <h2 className="text-lg font-semibold">{t('Tumpang tindih yang dihentikan')}</h2>
        {waiting.length === 0 && (
          <p className="text-sm text-slate-700">{t('Tidak ada yang menunggu keputusan.')}</p>
        )}
        {waiting.map((c) => (
          <div key={c.id} className="card space-y-2 border-amber-300" data-testid="overlap-waiting">
            <p>
              <strong translate="no">{c.msme.name}</strong> →{' '}
              <span translate="no">
                {c.program.name} ({c.program.opd.name})
              </span>
            </p>
            <p className="text-sm">
              {t('Dihentikan {date}. Bantuan sejenis sebelumnya, {helped}:', {
                date: formatWib(c.at, true, t.locale),
                helped: formatWib(c.earlierHelpedAt, false, t.locale),
              })}{' '}
              <span translate="no">
                {c.earlierProgram.name} ({c.earlierProgram.opd.name})
              </span>
            </p>
            <ActionForm
              action={overrideOverlapAction}
              hidden={{ checkId: c.id }}
              submit={t('Beri pengecualian')}
              className="grid gap-2 sm:grid-cols-[16rem_1fr_auto] sm:items-end"
            >
              <div>
                <label className="label" htmlFor={`code-${c.id}`}>
                  {t('Alasan')}
                </label>
                <select id={`code-${c.id}`} name="reasonCode" className="input" defaultValue="">
                  <option value="">—</option>
                  {overrideReasons.map((r) => (
                    <option key={r} value={r}>
                      {t(overrideReasonLabel[r])}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label className="label" htmlFor={`why-${c.id}`}>
                  {t('Penjelasan (tercatat di log audit)')}
                </label>
                <input id={`why-${c.id}`} name="reason" className="input" />
              </div>
            </ActionForm>
            <ActionForm
              action={dismissOverlapAction}
              hidden={{ checkId: c.id }}
              submit={t('Tutup tanpa bantuan')}
              submitClass="btn-secondary text-sm"
            />
          </div>
        ))}
        {decided.length > 0 && (
          <div className="card text-sm">
            <p className="font-medium">{t('Keputusan terakhir')}</p>
            <ul className="mt-2 space-y-1" data-testid="overlap-decided">
              {decided.map((c) => (
                <li key={c.id}>
                  {formatWib(c.at, false, t.locale)} ·{' '}
                  <span translate="no">
                    {c.msme.name} · {c.program.name}
                  </span>
                  :{' '}
                  {c.outcome === 'OVERRIDDEN' ? (
                    <>
                      {t('dikecualikan')} — {t(overrideReasonLabel[c.reasonCode!])}:{' '}
                      <span translate="no">{c.reason}</span>
                    </>
                  ) : (
                    t('dihentikan')
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
        <details className="card text-sm">
          <summary className="cursor-pointer font-medium">
            {t('Jendela tumpang tindih per jenis bantuan')}
          </summary>
          <div className="mt-2 space-y-2">
            {settings.map((s) => (
              <ActionForm
                key={s.kind}
                action={setOverlapWindowAction}
                hidden={{ kind: s.kind }}
                submit={t('Simpan')}
                submitClass="btn-secondary"
                className="flex flex-wrap items-end gap-2"
              >
                <div>
                  <label className="label" htmlFor={`win-${s.kind}`}>
                    {t('{kind} (bulan)', { kind: t(programKindLabel[s.kind]) })}
                  </label>
                  <input
                    id={`win-${s.kind}`}
                    name="overlapWindowMonths"
                    className="input w-24"
                    inputMode="numeric"
                    defaultValue={s.overlapWindowMonths}
                  />
                </div>
              </ActionForm>
            ))}
          </div>
        </details>
        <p>
          <Link href="/dinas/program/duplikat" className="text-brand-700 underline">
            {t('Periksa kemungkinan data UMKM ganda')}
          </Link>
        </p>
      </section>
    </ProgramsPage>
  );
}
