'use client';
import { useEffect, useRef } from 'react';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { signUpAction } from './actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useT } from '@/app/components/locale-provider';
import { useFormAction } from '@/app/components/use-form-action';

export function SignUpForm() {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, onSubmit, pending] = useFormAction(signUpAction);
  const t = useT();

  useEffect(() => {
    if (!state?.ok || !formRef.current) return;
    const form = new FormData(formRef.current);
    // A new account signs in at once. If the address already had an account, this sign-in fails
    // (unless it was its owner with the right password) and the neutral message stays on screen.
    signIn('credentials', { email: form.get('email'), password: form.get('password'), redirect: false }).then(
      (result) => {
        if (!result?.ok || result.error) return;
        router.replace('/dasbor');
        router.refresh();
      },
    );
  }, [state, router]);

  return (
    <form ref={formRef} onSubmit={onSubmit} className="card space-y-4" noValidate>
      <FormMessage state={state} />
      <fieldset>
        <legend className="label">{t('Saya mendaftar sebagai')}</legend>
        <div className="flex gap-4">
          <label className="flex items-center gap-2">
            <input type="radio" name="role" value="MSME_OWNER" defaultChecked /> {t('Pemilik UMKM')}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="role" value="SHOPPER" /> {t('Pembeli')}
          </label>
        </div>
        <FieldError state={state} name="role" />
      </fieldset>
      <div>
        <label htmlFor="name" className="label">
          {t('Nama lengkap')}
        </label>
        <input id="name" name="name" autoComplete="name" className="input" aria-describedby="name-error" />
        <FieldError state={state} name="name" />
      </div>
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
      <div>
        <label htmlFor="password" className="label">
          {t('Kata sandi (min. 10 karakter, huruf dan angka)')}
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
      <button type="submit" className="btn w-full" disabled={pending || state?.ok}>
        {t('Daftar')}
      </button>
    </form>
  );
}
