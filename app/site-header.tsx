/* eslint-disable @next/next/no-html-link-for-pages -- public pages use plain links: each is one full load from the page cache, and next/link would add 6 kB of first-load JS (docs/decisions/007) */
import { currentActor } from '@/lib/auth/actor';
import { getLocale, getT } from '@/lib/i18n/server';
import { roleNav } from './site-nav';
import { switchLocale } from './locale-actions';
import { SignOutButton } from './sign-out-button';

export async function SiteHeader() {
  const [actor, t, locale] = await Promise.all([currentActor(), getT(), getLocale()]);
  return (
    <header className="border-b border-brand-800 bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <a href="/" className="text-lg font-bold tracking-tight">
          {t('app.name')}
        </a>
        <nav aria-label="Utama" className="flex flex-wrap gap-4 text-sm">
          <a href="/products" className="hover:underline">{t('nav.catalog')}</a>
          <a href="/transparansi" className="hover:underline">{t('nav.transparency')}</a>
          {!actor && <a href="/keranjang" className="hover:underline">{t('nav.cart')}</a>}
          {actor &&
            roleNav[actor.role].map((item) => (
              <a key={item.href} href={item.href} className="hover:underline">
                {t(item.label)}
              </a>
            ))}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <form action={switchLocale}>
            <input type="hidden" name="locale" value={locale === 'id' ? 'en' : 'id'} />
            <button type="submit" className="rounded border border-white/60 px-2 py-1 hover:bg-white/10" lang={locale === 'id' ? 'en' : 'id'}>
              {t('lang.switch')}
            </button>
          </form>
          {actor ? (
            <>
              <span data-testid="current-user" className="hidden sm:inline">
                {actor.name} · {t(`role.${actor.role}`)}
              </span>
              <SignOutButton label={t('nav.signOut')} />
            </>
          ) : (
            <>
              <a href="/masuk" className="hover:underline">{t('nav.signIn')}</a>
              <a href="/daftar" className="rounded bg-white px-3 py-1 font-medium text-brand-800 hover:bg-brand-50">
                {t('nav.signUp')}
              </a>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
