import type { Metadata } from 'next';
import Link from 'next/link';
import { getPhrases, getT } from '@/lib/i18n/server';
import { SignUpForm } from './sign-up-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPhrases();
  return { title: t('Daftar') };
}

export default async function SignUpPage() {
  const t = await getT();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-semibold">{t('signup.title')}</h1>
      <SignUpForm />
      <p className="mt-4 text-sm">
        {t('signup.haveAccount')}{' '}
        <Link href="/masuk" className="font-medium text-brand-700 underline">
          {t('nav.signIn')}
        </Link>
      </p>
    </div>
  );
}
