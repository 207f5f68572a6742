'use client';
import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';

type Labels = {
  email: string;
  password: string;
  submit: string;
  credentials: string;
  rateLimited: string;
  disabled: string;
};

export function SignInForm({
  next,
  defaultEmail,
  labels,
}: {
  next: string | null;
  defaultEmail: string;
  labels: Labels;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await signIn('credentials', {
      email: form.get('email'),
      password: form.get('password'),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.replace(next ?? '/dasbor');
      router.refresh();
      return;
    }
    setPending(false);
    const reason = result?.error;
    setError(
      reason === 'rateLimited'
        ? labels.rateLimited
        : reason === 'disabled'
          ? labels.disabled
          : labels.credentials,
    );
  }

  return (
    // method="post": without JavaScript the browser must never put the password into the URL.
    <form method="post" onSubmit={onSubmit} className="card space-y-4" noValidate>
      {error && (
        <p
          data-testid="form-error"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800"
          role="status"
        >
          {error}
        </p>
      )}
      <div>
        <label htmlFor="email" className="label">
          {labels.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={defaultEmail}
          className="input"
        />
      </div>
      <div>
        <label htmlFor="password" className="label">
          {labels.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="input"
        />
      </div>
      <button type="submit" className="btn w-full" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
