import { getLocale } from '@/lib/i18n/server';
import { phrases } from '@/lib/i18n/phrases';

export default async function Forbidden() {
  const locale = await getLocale();
  const t = phrases(locale);
  return (
    <div className="card mx-auto max-w-lg text-center">
      <h1 className="text-xl font-semibold">403 · {t('Akses ditolak')}</h1>
      <p className="mt-2 text-slate-700">
        {t('Halaman ini bukan untuk peran akun Anda.')}
        {locale === 'id' && (
          <>
            {' '}
            <span lang="en">(You may not open this page.)</span>
          </>
        )}
      </p>
      <a href="/dasbor" className="btn mt-4">
        {t('Ke dasbor saya')}
      </a>
    </div>
  );
}
