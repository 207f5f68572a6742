import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { verificationQueue } from '@/lib/msme/review';
import { getPhrases } from '@/lib/i18n/server';
import { describeDuplicateIn } from '../duplicate-text';
import { formatWib } from '@/lib/format/time';

export const metadata: Metadata = { title: 'Antrean verifikasi' };

export default async function VerificationQueuePage() {
  const actor = await requirePageActor(['DINAS_ADMIN'], '/dinas/verifikasi');
  const [queue, t] = await Promise.all([verificationQueue(actor), getPhrases()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        {t('Antrean verifikasi UMKM ({count})', { count: queue.length })}
      </h1>
      {queue.length === 0 && <p className="card">{t('Tidak ada pengajuan yang menunggu.')}</p>}
      <ul className="space-y-3" data-testid="verification-queue">
        {queue.map((m) => (
          <li key={m.id} className="card flex flex-wrap items-start justify-between gap-3">
            <div>
              <Link href={`/dinas/umkm/${m.id}`} className="text-lg font-medium text-brand-700 underline">
                {m.name}
              </Link>
              <p className="text-sm text-slate-700">
                {m.ownerName} · NIB {m.nib ?? '—'} · {m.category?.name ?? '—'} · {m.kecamatan?.name ?? '—'}
              </p>
              <p className="text-sm text-slate-600">
                {t('Diajukan {date}', {
                  date: m.submittedAt ? formatWib(m.submittedAt, true, t.locale) : '—',
                })}
              </p>
              {m.duplicates.length > 0 && (
                <p
                  className="mt-1 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900"
                  data-testid="duplicate-flag"
                >
                  {t('Kemungkinan duplikat: {list}', {
                    list: m.duplicates.map((d) => describeDuplicateIn(t, d)).join('; '),
                  })}
                </p>
              )}
            </div>
            <Link href={`/dinas/umkm/${m.id}`} className="btn-secondary">
              {t('Periksa')}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
