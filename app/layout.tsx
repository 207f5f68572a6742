import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { publicOrigin } from '@/lib/server/env';
import localFont from 'next/font/local';
import { getLocale, getPhrases } from '@/lib/i18n/server';
import { LocaleProvider } from './components/locale-provider';
import { english } from '@/lib/i18n/phrases';
import { SiteFooter, SiteHeader } from './site-header';
import { BODY_CLASS, MainFrame, SITE_DESCRIPTION, SITE_NAME, SkipLink, TITLE_TEMPLATE } from './site-frame';
import './globals.css';

// Its class is found in the stylesheet by the front door's pages (app/front-door/page-answer.tsx).
const inter = localFont({
  src: './fonts/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  display: 'swap',
});

export const metadata: Metadata = {
  // Open Graph images and canonical links need absolute URLs.
  metadataBase: new URL(publicOrigin()),
  title: { default: SITE_NAME, template: TITLE_TEMPLATE },
  description: SITE_DESCRIPTION,
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
      <body className={BODY_CLASS}>
        <SkipLink label={t('Langsung ke isi')} />
        <LocaleProvider locale={locale} dictionary={locale === 'en' ? english : undefined}>
          <SiteHeader />
          <MainFrame>{children}</MainFrame>
          <SiteFooter />
        </LocaleProvider>
      </body>
    </html>
  );
}
