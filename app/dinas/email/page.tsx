import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { listOutbox } from '@/lib/mail/outbox';
import { formatWib } from '@/lib/format/time';

export const metadata: Metadata = { title: 'Kotak keluar email' };

export default async function OutboxPage() {
  const actor = await requirePageActor(['DINAS_ADMIN'], '/dinas/email');
  const emails = await listOutbox(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Kotak keluar email</h1>
      <p className="max-w-3xl text-slate-700">
        Pengiriman email belum disambungkan ke server surat, jadi email dari aplikasi (misalnya tautan lupa
        kata sandi) menunggu di sini. Teruskan hanya kepada pemilik email yang memintanya, misalnya lewat
        WhatsApp setelah memastikan identitasnya. Setiap kali halaman ini dibuka, tercatat di log audit.
      </p>
      {emails.length === 0 ? (
        <p className="card">Belum ada email.</p>
      ) : (
        <ul className="space-y-3" data-testid="outbox">
          {emails.map((e) => (
            <li key={e.id} className="card space-y-1">
              <p className="text-sm text-slate-700">
                {formatWib(e.createdAt)} · kepada <strong>{e.to}</strong>
                {e.sentAt ? ' · terkirim' : ' · belum terkirim'}
              </p>
              <p className="font-medium">{e.subject}</p>
              {e.body === null ? (
                <p className="text-sm text-slate-700">
                  Isi disembunyikan: lebih dari 1 jam, tautan di dalamnya sudah kedaluwarsa.
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
