import Link from 'next/link';
import type { listPrograms } from '@/lib/programs/programs';
import { programKindLabel, budgetSourceLabel } from '@/lib/programs/labels';
import { formatDateOnly } from '@/lib/format/date-only';
import { formatRupiah } from '@/lib/format/money';
import type { Translate } from '@/lib/i18n/translate';

export function ProgramList({
  programs,
  base,
  t,
}: {
  programs: Awaited<ReturnType<typeof listPrograms>>;
  base: string;
  t: Translate;
}) {
  if (programs.length === 0) return <p className="card text-slate-700">{t('Belum ada program.')}</p>;
  return (
    <ul className="space-y-2" data-testid="programs">
      {programs.map((p) => (
        <li key={p.id} className="card space-y-1">
          <Link href={`${base}/${p.id}`} className="font-medium text-brand-700 underline" translate="no">
            {p.name}
          </Link>
          <p className="text-sm text-slate-700">
            {t(programKindLabel[p.kind])} · {p.opd.name} · {formatDateOnly(p.startsOn, t.locale)} –{' '}
            {formatDateOnly(p.endsOn, t.locale)}
          </p>
          <p className="text-sm text-slate-700">
            {t('Kuota {used} dari {quota}', { used: p.accepted, quota: p.quota })}
            {p.applied > 0 && ` · ${t('{count} pengajuan menunggu', { count: p.applied })}`} ·{' '}
            {formatRupiah(p.budgetIdr)} ({t(budgetSourceLabel[p.budgetSource])}, {p.activityCode})
            {!p.running && ` · ${t('selesai')}`}
          </p>
          <div className="h-2 w-full max-w-sm rounded bg-slate-200" aria-hidden>
            <div
              className="h-2 rounded bg-brand-600"
              style={{ width: `${Math.min(100, (100 * p.accepted) / p.quota)}%` }}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
