'use client';
import { useSyncExternalStore } from 'react';
import type { Locale } from '@/lib/i18n/messages';
import { phrases } from '@/lib/i18n/phrases';

// The language cookie (LOCALE_COOKIE, 'lang') is readable by scripts; the server render (and
// hydration) stays Indonesian. Not imported from lib/i18n/messages: that would bring both message
// JSON files into the client bundle.
const subscribe = () => () => {};
const cookieLocale = (): Locale => (document.cookie.split('; ').includes('lang=en') ? 'en' : 'id');
const serverLocale = (): Locale => 'id';

// Shown when the root layout itself fails (app/error.tsx covers everything below it). Plain markup:
// the layout's styles may be what failed. The layout's LocaleProvider is gone too, so the language
// comes from the cookie.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  const locale = useSyncExternalStore(subscribe, cookieLocale, serverLocale);
  const t = phrases(locale);
  return (
    <html lang={locale}>
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          maxWidth: '32rem',
          margin: '4rem auto',
          padding: '0 1rem',
          textAlign: 'center',
        }}
      >
        <h1>{t('Terjadi kesalahan')}</h1>
        <p>{t('Maaf, Etalase UMKM Medan tidak dapat dimuat saat ini. Silakan coba lagi sebentar lagi.')}</p>
        <button type="button" onClick={reset}>
          {t('Coba lagi')}
        </button>
      </body>
    </html>
  );
}
