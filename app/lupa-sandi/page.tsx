import type { Metadata } from 'next';
import { ForgotPasswordForm } from './forgot-password-form';

export const metadata: Metadata = { title: 'Lupa kata sandi' };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">Lupa kata sandi</h1>
      <p className="text-slate-700">
        Tulis email akun Anda. Kami kirim tautan untuk membuat kata sandi baru; tautan berlaku 1 jam dan hanya
        sekali pakai.
      </p>
      <ForgotPasswordForm />
      <p className="text-sm">
        Ingat kata sandi?{' '}
        <a href="/masuk" className="font-medium text-brand-700 underline">
          Masuk
        </a>
      </p>
    </div>
  );
}
