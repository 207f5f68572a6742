import type { Metadata } from 'next';
import { getPhrases } from '@/lib/i18n/server';
import { ForgotPasswordForm } from './forgot-password-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPhrases();
  return { title: t('Lupa kata sandi') };
}

export default async function ForgotPasswordPage() {
  const t = await getPhrases();
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">{t('Lupa kata sandi')}</h1>
      <p className="text-slate-700">
        {t(
          'Tulis email akun Anda. Kami kirim tautan untuk membuat kata sandi baru; tautan berlaku 1 jam dan hanya sekali pakai.',
        )}
      </p>
      <ForgotPasswordForm />
      <p className="text-sm">
        {t('Ingat kata sandi?')}{' '}
        <a href="/masuk" className="font-medium text-brand-700 underline">
          {t('Masuk')}
        </a>
      </p>
    </div>
  );
}
