'use client';
import { requestPasswordResetAction } from './actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useT } from '@/app/components/locale-provider';
import { useFormAction } from '@/app/components/use-form-action';

export function ForgotPasswordForm() {
  const [state, onSubmit, pending] = useFormAction(requestPasswordResetAction);
  const t = useT();
  return (
    <form onSubmit={onSubmit} className="card space-y-4" noValidate>
      <FormMessage state={state} />
      <div>
        <label htmlFor="email" className="label">
          {t('Email')}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          className="input"
          aria-describedby="email-error"
        />
        <FieldError state={state} name="email" />
      </div>
      <button type="submit" className="btn w-full" disabled={pending}>
        {t('Kirim tautan')}
      </button>
    </form>
  );
}
