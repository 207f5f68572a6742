import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { publicOrigin } from '@/lib/server/env';
import localFont from 'next/font/local';
import { getLocale, getPhrases } from '@/lib/i18n/server';
import { LocaleProvider } from './components/locale-provider';
import { english } from '@/lib/i18n/phrases';
import { SiteFooter, SiteHeader } from './site-header';
import './globals.css';

const inter = localFont({
  src: './fonts/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  display: 'swap',
});

export const metadata: Metadata = {
  // Open Graph images and canonical links need absolute URLs.
  metadataBase: new URL(publicOrigin()),
  title: { default: 'Etalase UMKM Medan', template: '%s · Etalase UMKM Medan' },
  description: 'Katalog dan pengadaan produk UMKM binaan Pemerintah Kota Medan.',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getPhrases();
  // Set by the front door for every request (server/front-door.cjs); error pages show it.
  const requestId = (await headers()).get('x-request-id') ?? '';
  return (
    <html lang={locale} className={inter.variable}>
      <head>
        <meta name="request-id" content={requestId} />
      </head>
      <body className="flex min-h-screen flex-col bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#isi"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
        >
          {t('Langsung ke isi')}
        </a>
        <LocaleProvider locale={locale} dictionary={locale === 'en' ? english : undefined}>
          <SiteHeader />
          <main id="isi" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
            {children}
          </main>
          <SiteFooter />
        </LocaleProvider>
      </body>
    </html>
  );
}
