import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { listOutbox } from '@/lib/mail/outbox';
import { formatWib } from '@/lib/format/time';
import { getPhrases } from '@/lib/i18n/server';

export const metadata: Metadata = { title: 'Kotak keluar email' };

export default async function OutboxPage() {
  const actor = await requirePageActor(['DINAS_ADMIN'], '/dinas/email');
  const [emails, t] = await Promise.all([listOutbox(actor), getPhrases()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('Kotak keluar email')}</h1>
      <p className="max-w-3xl text-slate-700">
        {t(
          'Pengiriman email belum disambungkan ke server surat, jadi email dari aplikasi (misalnya tautan lupa kata sandi) menunggu di sini. Teruskan hanya kepada pemilik email yang memintanya, misalnya lewat WhatsApp setelah memastikan identitasnya. Setiap kali halaman ini dibuka, tercatat di log audit.',
        )}
      </p>
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
              </p>
              <p className="font-medium">{e.subject}</p>
              {e.body === null ? (
                <p className="text-sm text-slate-700">
                  {t('Isi disembunyikan: lebih dari 1 jam, tautan di dalamnya sudah kedaluwarsa.')}
                </p>
              ) : (
                <pre className="whitespace-pre-wrap break-all font-sans text-sm">{e.body}</pre>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
