import type { ownerProgramHistory } from '@/lib/programs/delivery';
import { beneficiaryStatusLabel, deliveryKindLabel, programKindLabel } from '@/lib/programs/labels';
import { certificationLabel, labelOf } from '@/lib/format/labels';
import { formatDateOnly } from '@/lib/format/date-only';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import type { Translate } from '@/lib/i18n/translate';

/** An owner's own applications and help: outcome, what was delivered, which sessions it attended. */
export function OwnerHistory({
  entries,
  t,
}: {
  entries: Awaited<ReturnType<typeof ownerProgramHistory>>;
  t: Translate;
}) {
  if (entries.length === 0) return <p className="text-slate-700">{t('Belum ada riwayat program.')}</p>;
  return (
    <ul className="space-y-2" data-testid="program-history">
      {entries.map((e) => (
        <li key={e.id} className="card space-y-1">
          <p className="font-medium">
            <span translate="no">{e.program.name}</span>{' '}
            <span
              className={`rounded px-2 text-sm ${e.status === 'ACCEPTED' ? 'bg-green-100 text-green-900' : e.status === 'DECLINED' ? 'bg-red-100 text-red-800' : 'bg-amber-100 text-amber-900'}`}
            >
              {t(beneficiaryStatusLabel[e.status])}
            </span>
          </p>
          <p className="text-sm text-slate-700">
            {t(programKindLabel[e.program.kind])} · {e.program.opd.name} ·{' '}
            {formatDateOnly(e.program.startsOn, t.locale)} – {formatDateOnly(e.program.endsOn, t.locale)}
            {e.acceptedAt && ` · ${t('diterima {date}', { date: formatWib(e.acceptedAt, false, t.locale) })}`}
          </p>
          {e.status === 'DECLINED' && e.declineReason && (
            <p className="text-sm text-red-800">{t('Alasan: {reason}', { reason: e.declineReason })}</p>
          )}
          {e.deliveries.map((d) => (
            <p key={d.id} className="text-sm">
              {formatDateOnly(d.deliveredOn, t.locale)} · {t(deliveryKindLabel[d.kind])}:{' '}
              {d.certification
                ? `${t(labelOf(certificationLabel, d.certification.type))} ${d.certification.number}`
                : d.description}
              {d.valueIdr > 0n && ` · ${formatRupiah(d.valueIdr)}`}
              {d.receipt && (
                <>
                  {' · '}
                  <a className="underline" href={`/api/program/dokumen/${d.receipt.id}`}>
                    {t('Tanda terima (PDF)')}
                  </a>
                </>
              )}
            </p>
          ))}
          {e.attendance.length > 0 && (
            <ul className="text-sm" data-testid="attendance">
              {e.attendance
                .sort((a, b) => a.session.heldOn.getTime() - b.session.heldOn.getTime())
                .map((a) => (
                  <li key={a.sessionId}>
                    {formatDateOnly(a.session.heldOn, t.locale)} · {a.session.title}:{' '}
                    {a.present ? t('hadir') : t('tidak hadir')}
                  </li>
                ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
