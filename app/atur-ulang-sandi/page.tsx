import type { Metadata } from 'next';
import { ResetPasswordForm } from './reset-password-form';

export const metadata: Metadata = { title: 'Atur ulang kata sandi', referrer: 'no-referrer' };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">Atur ulang kata sandi</h1>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="card" role="alert">
          Tautan tidak lengkap. Buka tautan dari email Anda, atau{' '}
          <a href="/lupa-sandi" className="text-brand-700 underline">
            minta tautan baru
          </a>
          .
        </p>
      )}
    </div>
  );
}
