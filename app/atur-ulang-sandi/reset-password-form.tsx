'use client';
import { resetPasswordAction } from './actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useT } from '@/app/components/locale-provider';
import { useFormAction } from '@/app/components/use-form-action';

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, onSubmit, pending] = useFormAction(resetPasswordAction);
  const t = useT();
  if (state?.ok) {
    return (
      <div className="card space-y-3">
        <FormMessage state={state} />
        <a href="/masuk" className="btn inline-block">
          {t('Masuk')}
        </a>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} className="card space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <FieldError state={state} name="token" />
      <div>
        <label htmlFor="password" className="label">
          {t('Kata sandi baru (min. 10 karakter, huruf dan angka)')}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          className="input"
          aria-describedby="password-error"
        />
        <FieldError state={state} name="password" />
      </div>
      <button type="submit" className="btn w-full" disabled={pending}>
        {t('Simpan kata sandi baru')}
      </button>
    </form>
  );
}
