import type { Metadata } from 'next';
import { getPhrases } from '@/lib/i18n/server';
import { ResetPasswordForm } from './reset-password-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPhrases();
  return { title: t('Atur ulang kata sandi'), referrer: 'no-referrer' };
}

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const [{ token }, t] = await Promise.all([searchParams, getPhrases()]);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">{t('Atur ulang kata sandi')}</h1>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="card" role="alert">
          {t('Tautan tidak lengkap. Buka tautan dari email Anda, atau')}{' '}
          <a href="/lupa-sandi" className="text-brand-700 underline">
            {t('minta tautan baru')}
          </a>
          .
        </p>
      )}
    </div>
  );
}
