'use client';
import { useT } from './components/locale-provider';
import { ErrorReference } from './components/request-id';

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useT();
  return (
    <div className="card mx-auto max-w-lg text-center" role="alert" data-testid="error-page">
      <h1 className="text-xl font-semibold">{t('Terjadi kesalahan')}</h1>
      <p className="mt-2 text-slate-700">
        {t('Maaf, permintaan Anda tidak dapat diproses saat ini. Silakan coba lagi.')}
      </p>
      <ErrorReference
        digest={error.digest}
        label={t('Jika masalah berlanjut, sebutkan kode laporan ini kepada Dinas')}
      />
      <button type="button" onClick={reset} className="btn mt-4">
        {t('Coba lagi')}
      </button>
    </div>
  );
}
