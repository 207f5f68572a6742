import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getPhrases } from '@/lib/i18n/server';
import { ImportForm } from './import-form';

export const metadata: Metadata = { title: 'Impor pendataan UMKM' };

export default async function ImportPage() {
  await requirePageActor(['DINAS_ADMIN'], '/dinas/impor');
  const t = await getPhrases();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('Impor data pendataan ulang UMKM')}</h1>
      <p className="max-w-3xl text-slate-700">
        {t(
          'Unduh templat, isi satu baris per usaha, lalu periksa berkas. Laporan menunjukkan baris, kolom, dan alasan setiap masalah sebelum apa pun disimpan. Baris yang valid diimpor dalam satu transaksi dan masuk antrean verifikasi; impor ulang berkas yang sama tidak membuat data ganda (dikenali dari NIB).',
        )}
      </p>
      <p className="flex gap-3">
        <a className="btn-secondary" href="/dinas/impor/templat?format=csv">
          {t('Unduh templat CSV')}
        </a>
        <a className="btn-secondary" href="/dinas/impor/templat?format=xlsx">
          {t('Unduh templat XLSX')}
        </a>
      </p>
      <ImportForm />
    </div>
  );
}
