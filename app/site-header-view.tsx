/* eslint-disable @next/next/no-html-link-for-pages -- public pages use plain links: each is one full load from the page cache, and next/link would add 6 kB of first-load JS (docs/decisions/007) */
import { translator, type Locale } from '@/lib/i18n/messages';
import type { Role } from '@/lib/auth/roles';
import { roleNav } from './site-nav';

export type HeaderUser = { name: string; role: Role } | null;

// The site header as plain HTML: links and two form posts (language, sign out), so it works the
// same on App Router pages and on the JavaScript-free catalog list (pages/products.tsx, decision 008).
export function SiteHeaderView({ user, locale }: { user: HeaderUser; locale: Locale }) {
  const t = translator(locale);
  const button = 'rounded border border-white/60 px-2 py-1 hover:bg-white/10';
  return (
    <header className="border-b border-brand-800 bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <a href="/" className="text-lg font-bold tracking-tight">
          {t('app.name')}
        </a>
        <nav aria-label="Utama" className="flex flex-wrap gap-4 text-sm">
          <a href="/products" className="hover:underline">
            {t('nav.catalog')}
          </a>
          <a href="/transparansi" className="hover:underline">
            {t('nav.transparency')}
          </a>
          {!user && (
            <a href="/keranjang" className="hover:underline">
              {t('nav.cart')}
            </a>
          )}
          {user &&
            roleNav[user.role].map((item) => (
              <a key={item.href} href={item.href} className="hover:underline">
                {t(item.label)}
              </a>
            ))}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <form action="/bahasa" method="post">
            <input type="hidden" name="locale" value={locale === 'id' ? 'en' : 'id'} />
            <button type="submit" className={button} lang={locale === 'id' ? 'en' : 'id'}>
              {t('lang.switch')}
            </button>
          </form>
          {user ? (
            <>
              <span data-testid="current-user" className="hidden sm:inline">
                {user.name} · {t(`role.${user.role}`)}
              </span>
              <form action="/keluar" method="post">
                <button type="submit" className={button}>
                  {t('nav.signOut')}
                </button>
              </form>
            </>
          ) : (
            <>
              <a href="/masuk" className="hover:underline">
                {t('nav.signIn')}
              </a>
              <a
                href="/daftar"
                className="rounded bg-white px-3 py-1 font-medium text-brand-800 hover:bg-brand-50"
              >
                {t('nav.signUp')}
              </a>
            </>
          )}
        </div>
      </div>
    </header>
  );
}

export function SiteFooterView({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap gap-4 px-4 py-6 text-sm text-slate-700">
        <p className="flex-1">{t('footer.about')}</p>
        <a href="/bazar" className="underline">
          Bazar UMKM
        </a>
        <a href="/transparansi" className="underline">
          Transparansi belanja OPD
        </a>
        <a href="/api/v1/openapi.json" className="underline">
          API publik
        </a>
        <a href="/api/health" className="underline">
          Status layanan
        </a>
      </div>
    </footer>
  );
}
