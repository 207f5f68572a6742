import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentActor } from '@/lib/auth/actor';
import { roleHome } from '@/lib/auth/roles';
import { getPhrases, getT } from '@/lib/i18n/server';
import { SignInForm } from './sign-in-form';
import { sameSitePath } from '@/lib/security/safe-path';
import { publicOrigin } from '@/lib/server/env';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPhrases();
  return { title: t('Masuk') };
}

const safeNext = (next: string | undefined) => sameSitePath(next, publicOrigin());

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; email?: string }>;
}) {
  const [{ next, email }, actor, t] = await Promise.all([searchParams, currentActor(), getT()]);
  if (actor) redirect(safeNext(next) ?? roleHome[actor.role]);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-semibold">{t('signin.title')}</h1>
      <SignInForm
        next={safeNext(next)}
        defaultEmail={email ?? ''}
        labels={{
          email: t('signin.email'),
          password: t('signin.password'),
          submit: t('signin.submit'),
          credentials: t('signin.error.credentials'),
          rateLimited: t('signin.error.rateLimited'),
          disabled: t('signin.error.disabled'),
        }}
      />
      <p className="mt-4 text-sm">
        <Link href="/lupa-sandi" className="font-medium text-brand-700 underline">
          {t('signin.forgot')}
        </Link>
      </p>
      <p className="mt-2 text-sm">
        {t('signin.noAccount')}{' '}
        <Link href="/daftar" className="font-medium text-brand-700 underline">
          {t('nav.signUp')}
        </Link>
      </p>
    </div>
  );
}
