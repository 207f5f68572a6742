import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { listOutbox } from '@/lib/mail/outbox';
import { formatWib } from '@/lib/format/time';
import { getPhrases } from '@/lib/i18n/server';
import { troubledJobs } from '@/lib/jobs/admin';
import { mailTransportConfigured } from '@/lib/mail/transport';
import { ActionForm } from '@/app/components/action-form';
import { retryJobAction } from './actions';

export const metadata: Metadata = { title: 'Kotak keluar email' };

export default async function OutboxPage() {
  const actor = await requirePageActor(['DINAS_ADMIN'], '/dinas/email');
  const [emails, jobs, t] = await Promise.all([listOutbox(actor), troubledJobs(actor), getPhrases()]);
  const smtp = mailTransportConfigured();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('Kotak keluar email')}</h1>
      <p className="max-w-3xl text-slate-700">
        {smtp
          ? t(
              'Email dikirim lewat server surat (SMTP_URL). Tautan atur ulang kata sandi tidak ditampilkan di sini. Setiap kali halaman ini dibuka, tercatat di log audit.',
            )
          : t(
              'Pengiriman email belum disambungkan ke server surat, jadi email dari aplikasi (misalnya tautan lupa kata sandi) menunggu di sini. Teruskan hanya kepada pemilik email yang memintanya, misalnya lewat WhatsApp setelah memastikan identitasnya. Setiap kali halaman ini dibuka, tercatat di log audit.',
            )}
      </p>
      {jobs.length > 0 && (
        <section className="card space-y-2" data-testid="failed-jobs">
          <h2 className="text-lg font-semibold">{t('Pekerjaan latar yang gagal')}</h2>
          <ul className="divide-y text-sm">
            {jobs.map((job) => (
              <li key={job.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <code translate="no">{job.name}</code> ·{' '}
                  {t('dicoba {count} kali', { count: job.retryCount })} ·{' '}
                  {formatWib(job.createdOn, true, t.locale)}
                  {job.error ? (
                    <span className="block text-red-800" translate="no">
                      {job.error}
                    </span>
                  ) : null}
                </span>
                {job.state === 'failed' && (
                  <ActionForm
                    action={retryJobAction}
                    hidden={{ jobId: job.id, queue: job.name }}
                    submit={t('Coba lagi')}
                    submitClass="btn-secondary text-sm"
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {emails.length === 0 ? (
        <p className="card">{t('Belum ada email.')}</p>
      ) : (
        <ul className="space-y-3" data-testid="outbox">
          {emails.map((e) => (
            <li key={e.id} className="card space-y-1">
              <p className="text-sm text-slate-700">
                {formatWib(e.createdAt, true, t.locale)} · {t('kepada')} <strong>{e.to}</strong>
                {' · '}
                {e.sentAt ? t('terkirim') : t('belum terkirim')}
                {e.lastError ? ` · ${t('gagal {count} kali', { count: e.attempts })}` : ''}
              </p>
              <p className="font-medium" translate="no">
                {e.subject}
              </p>
              {e.body === null ? (
                <p className="text-sm text-slate-700">
                  {t('Isi disembunyikan: lebih dari 1 jam, tautan di dalamnya sudah kedaluwarsa.')}
                </p>
              ) : (
                <pre className="whitespace-pre-wrap break-all font-sans text-sm" translate="no">
                  {e.body}
                </pre>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
