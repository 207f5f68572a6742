'use client';
import { useSyncExternalStore } from 'react';
import type { Locale } from '@/lib/i18n/messages';
import { ErrorReference } from './components/request-id';

// The language cookie (LOCALE_COOKIE, 'lang') is readable by scripts; the server render (and
// hydration) stays Indonesian. Not imported from lib/i18n/messages: that would bring both message
// JSON files into the client bundle.
const subscribe = () => () => {};
const cookieLocale = (): Locale => (document.cookie.split('; ').includes('lang=en') ? 'en' : 'id');
const serverLocale = (): Locale => 'id';

// Its three texts are kept here: the English dictionary must not ride in every page's scripts.
const texts = {
  id: {
    title: 'Terjadi kesalahan',
    body: 'Maaf, Etalase UMKM Medan tidak dapat dimuat saat ini. Silakan coba lagi sebentar lagi.',
    retry: 'Coba lagi',
    reference: 'Jika masalah berlanjut, sebutkan kode laporan ini kepada Dinas',
  },
  en: {
    title: 'Something went wrong',
    body: 'Sorry, Etalase UMKM Medan cannot be loaded right now. Please try again in a moment.',
    retry: 'Try again',
    reference: 'If it keeps happening, quote this report code to the Dinas',
  },
};

// Shown when the root layout itself fails (app/error.tsx covers everything below it). Plain markup:
// the layout's styles may be what failed. The layout's LocaleProvider is gone too, so the language
// comes from the cookie.
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const locale = useSyncExternalStore(subscribe, cookieLocale, serverLocale);
  const t = texts[locale];
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
        <h1>{t.title}</h1>
        <p>{t.body}</p>
        <ErrorReference digest={error.digest} label={t.reference} />
        <button type="button" onClick={reset}>
          {t.retry}
        </button>
      </body>
    </html>
  );
}
