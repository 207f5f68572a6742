/* eslint-disable @next/next/no-html-link-for-pages -- rendered inside the root layout: next/link here would put 6 kB on every page's first load (docs/decisions/007) */
import { getLocale } from '@/lib/i18n/server';
import { phrases } from '@/lib/i18n/phrases';

export default async function NotFound() {
  const locale = await getLocale();
  const t = phrases(locale);
  return (
    <div className="card mx-auto max-w-lg text-center">
      <h1 className="text-xl font-semibold">404 · {t('Halaman tidak ditemukan')}</h1>
      <p className="mt-2 text-slate-700">
        {t('Alamat ini tidak ada atau sudah dipindahkan.')}
        {locale === 'id' && (
          <>
            {' '}
            <span lang="en">(Page not found.)</span>
          </>
        )}
      </p>
      <a href="/" className="btn mt-4">
        {t('Ke beranda')}
      </a>
    </div>
  );
}
