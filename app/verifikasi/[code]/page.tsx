import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { verifiedDocument } from '@/lib/documents/verification';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import { getLocale, getPhrases } from '@/lib/i18n/server';
import { CheckForm } from './check-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPhrases();
  return { title: t('Verifikasi dokumen'), robots: { index: false } };
}

const kindNames = {
  SURAT_PESANAN: 'Surat Pesanan',
  DELIVERY_CHECK: 'Berita Acara Pemeriksaan Barang',
  BAST: 'Berita Acara Serah Terima (BAST)',
  PAYMENT_RECORD: 'Bukti pembayaran',
  AID_RECEIPT: 'Tanda terima penyerahan bantuan',
  ATTENDANCE_LIST: 'Daftar hadir',
} as const;
const subjectLabel = { AID_RECEIPT: 'Penerima bantuan', ATTENDANCE_LIST: 'Kehadiran' } as const;
const contextLabel = { AID_RECEIPT: 'Program', ATTENDANCE_LIST: 'Program' } as const;

// Public, no sign-in: what a document with this code is, with no personal data (no owner, NIK,
// account or official's NIP), and a form to check a copy byte for byte.
export default async function VerifyPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const [doc, t, locale] = await Promise.all([verifiedDocument(code), getPhrases(), getLocale()]);
  if (!doc) notFound();
  const rows: [string, string][] = [
    [t('Jenis dokumen'), t(kindNames[doc.kind])],
    [t('Nomor'), doc.number],
    [t('Tanggal'), formatWib(doc.issuedAt, true, locale)],
    [t('OPD'), doc.opdName],
    [
      t(doc.kind in subjectLabel ? subjectLabel[doc.kind as keyof typeof subjectLabel] : 'UMKM penyedia'),
      doc.msmeName,
    ],
    [
      t(doc.kind in contextLabel ? contextLabel[doc.kind as keyof typeof contextLabel] : 'Nama kegiatan'),
      doc.eventName,
    ],
    ...(doc.totalIdr !== null ? ([[t('Nilai'), formatRupiah(doc.totalIdr)]] as [string, string][]) : []),
    ...(doc.paidToMsmeIdr !== null
      ? ([[t('Dibayarkan ke UMKM'), formatRupiah(doc.paidToMsmeIdr)]] as [string, string][])
      : []),
  ];
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{t('Verifikasi dokumen')}</h1>
      {doc.supersededAt ? (
        <div
          data-testid="verify-status"
          className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900"
        >
          <p className="font-semibold">
            {t('Dokumen ini tercatat, tetapi telah diganti pada {date}.', {
              date: formatWib(doc.supersededAt, false, locale),
            })}
          </p>
          {doc.replacedBy && (
            <p className="mt-1 text-sm">
              <a className="underline" href={`/verifikasi/${doc.replacedBy.code}`}>
                {t('Lihat dokumen yang berlaku')}
              </a>
            </p>
          )}
        </div>
      ) : (
        <p
          data-testid="verify-status"
          className="rounded border border-green-300 bg-green-50 p-3 text-green-900"
        >
          {t('Dokumen ini asli dan berlaku: tercatat di Etalase UMKM Medan, Pemerintah Kota Medan.')}
        </p>
      )}
      <dl className="card grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]" data-testid="verify-facts">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
        <dt className="text-sm text-slate-600">SHA-256</dt>
        <dd className="break-all font-mono text-xs" data-testid="verify-sha256">
          {doc.sha256}
        </dd>
      </dl>
      <CheckForm code={doc.code} />
      <p className="text-sm text-slate-600">
        {t('Data mesin:')}{' '}
        <a className="underline" href={`/api/v1/verification/${doc.code}`}>
          JSON
        </a>
      </p>
    </div>
  );
}
