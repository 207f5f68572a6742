/* eslint-disable @next/next/no-html-link-for-pages -- public pages use plain links: each is one full load from the page cache, and next/link would add 6 kB of first-load JS (docs/decisions/007) */
import { translator, type Locale } from '@/lib/i18n/messages';
import { phrases } from '@/lib/i18n/phrases';
import type { Role } from '@/lib/auth/roles';
import { roleNav } from './site-nav';

export type HeaderUser = { name: string; role: Role; unread?: number } | null;

// The site header as plain HTML: links and two form posts (language, sign out), so it works
// without JavaScript (the product list needs none).
export function SiteHeaderView({ user, locale }: { user: HeaderUser; locale: Locale }) {
  const t = translator(locale);
  const button = 'rounded border border-white/60 px-2 py-1 hover:bg-white/10';
  const links = [
    { href: '/products', label: t('nav.catalog') },
    { href: '/transparansi', label: t('nav.transparency') },
    { href: '/cakupan', label: t('nav.coverage') },
    ...(user ? roleNav[user.role].map((item) => ({ href: item.href, label: t(item.label) })) : []),
    ...(!user ? [{ href: '/keranjang', label: t('nav.cart') }] : []),
  ];
  const languageForm = (
    <form action="/bahasa" method="post">
      <input type="hidden" name="locale" value={locale === 'id' ? 'en' : 'id'} />
      <button type="submit" className={button} lang={locale === 'id' ? 'en' : 'id'}>
        {t('lang.switch')}
      </button>
    </form>
  );
  const account = user ? (
    <form action="/keluar" method="post">
      <button type="submit" className={button}>
        {t('nav.signOut')}
      </button>
    </form>
  ) : (
    <>
      <a href="/masuk" className="hover:underline">
        {t('nav.signIn')}
      </a>
      <a href="/daftar" className="rounded bg-white px-3 py-1 font-medium text-brand-800 hover:bg-brand-50">
        {t('nav.signUp')}
      </a>
    </>
  );
  // The bell stays outside the phone menu, so the unread count shows on every signed-in page.
  const bell = user ? (
    <a
      href="/notifikasi"
      className="relative rounded border border-white/60 px-2 py-1 text-sm hover:bg-white/10"
      data-testid="notifications-link"
      aria-label={`${t('nav.notifications')}${user.unread ? ` (${user.unread})` : ''}`}
    >
      <span aria-hidden="true">🔔</span>
      {user.unread ? (
        <span
          className="ml-1 rounded-full bg-amber-400 px-1.5 text-xs font-bold text-slate-900"
          data-testid="unread-count"
          aria-hidden="true"
        >
          {user.unread > 99 ? '99+' : user.unread}
        </span>
      ) : null}
    </a>
  ) : null;
  return (
    <header className="relative border-b border-brand-800 bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl items-center gap-x-3 gap-y-2 px-4 py-3 lg:gap-x-6">
        <a href="/" className="text-lg font-bold tracking-tight">
          {t('app.name')}
        </a>
        <nav aria-label={t('nav.main')} className="hidden flex-wrap gap-4 text-sm lg:flex">
          {links.map((link) => (
            <a key={link.href} href={link.href} className="hover:underline">
              {link.label}
            </a>
          ))}
        </nav>
        <div className="ml-auto hidden items-center gap-3 text-sm lg:flex">
          {bell}
          {languageForm}
          {user && (
            <span data-testid="current-user">
              {user.name} · {t(`role.${user.role}`)}
            </span>
          )}
          {account}
        </div>
        {/* On phones and tablets the navigation folds into a menu: <details> opens without JavaScript. */}
        <div className="ml-auto lg:hidden">{bell}</div>
        <details className="group lg:hidden" data-testid="mobile-menu">
          <summary className="flex cursor-pointer list-none items-center gap-2 rounded border border-white/60 px-3 py-1.5 text-sm [&::-webkit-details-marker]:hidden">
            <span aria-hidden="true" className="text-base leading-none">
              ☰
            </span>
            {t('nav.menu')}
          </summary>
          <div className="absolute inset-x-0 top-full z-50 border-t border-brand-800 bg-brand-700 px-4 pb-4 pt-2 shadow-lg">
            {user && (
              <p
                className="border-b border-white/20 py-2 text-sm text-white/90"
                data-testid="current-user-mobile"
              >
                {user.name} · {t(`role.${user.role}`)}
              </p>
            )}
            <nav aria-label={t('nav.main')} className="flex flex-col text-base">
              {links.map((link) => (
                <a
                  key={link.href}
                  href={link.href}
                  className="border-b border-white/10 py-2.5 hover:underline"
                >
                  {link.label}
                </a>
              ))}
            </nav>
            <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
              {languageForm}
              {account}
            </div>
          </div>
        </details>
      </div>
    </header>
  );
}

export function SiteFooterView({ locale }: { locale: Locale }) {
  const t = translator(locale);
  const p = phrases(locale);
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap gap-4 px-4 py-6 text-sm text-slate-700">
        <p className="flex-1">{t('footer.about')}</p>
        <a href="/bazar" className="underline">
          {p('Bazar UMKM')}
        </a>
        <a href="/transparansi" className="underline">
          {p('Transparansi belanja OPD')}
        </a>
        <a href="/api/v1/openapi.json" className="underline">
          {p('API publik')}
        </a>
        <a href="/api/health" className="underline">
          {p('Status layanan')}
        </a>
      </div>
    </footer>
  );
}
