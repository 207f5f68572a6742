import type { Locale } from '@/lib/i18n/messages';
import { phrases } from '@/lib/i18n/phrases';
import { BODY_CLASS, MainFrame, SkipLink } from '../site-frame';
import { SiteFooterView, SiteHeaderView } from '../site-header-view';

/** What the build named a page's stylesheets and font (read from its output at start-up). */
export type PageAssets = { stylesheets: string[]; fonts: string[]; fontClass: string };

/**
 * A page's head as Next.js's metadata would write it (title already with the site's name; canonical
 * and image URLs absolute, as metadataBase makes them).
 */
export type PageHead = {
  title: string;
  description: string;
  canonical?: string;
  ogTitle?: string;
  ogType?: 'website';
  image?: { url: string; alt: string };
};

/**
 * A whole public page for a signed-out visitor, as the front door renders it without Next.js
 * (decision 024): the root layout's frame and head, a page's view inside, and no scripts — the
 * public pages are links and GET forms, and the header's menu is a <details>.
 */
export function PublicDocument({
  locale,
  requestId,
  assets,
  head,
  children,
}: {
  locale: Locale;
  requestId: string;
  assets: PageAssets;
  head: PageHead;
  children: React.ReactNode;
}) {
  const t = phrases(locale);
  return (
    <html lang={locale} className={assets.fontClass}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {assets.stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        {assets.fonts.map((href) => (
          <link key={href} rel="preload" href={href} as="font" type="font/woff2" crossOrigin="" />
        ))}
        <title>{head.title}</title>
        <meta name="description" content={head.description} />
        {head.canonical && <link rel="canonical" href={head.canonical} />}
        {head.ogTitle && (
          <>
            <meta property="og:title" content={head.ogTitle} />
            <meta property="og:description" content={head.description} />
            {head.image && (
              <>
                <meta property="og:image" content={head.image.url} />
                <meta property="og:image:alt" content={head.image.alt} />
              </>
            )}
            {head.ogType && <meta property="og:type" content={head.ogType} />}
            <meta name="twitter:card" content={head.image ? 'summary_large_image' : 'summary'} />
            <meta name="twitter:title" content={head.ogTitle} />
            <meta name="twitter:description" content={head.description} />
            {head.image && (
              <>
                <meta name="twitter:image" content={head.image.url} />
                <meta name="twitter:image:alt" content={head.image.alt} />
              </>
            )}
          </>
        )}
        <link rel="icon" href="/favicon.ico" sizes="32x32" type="image/x-icon" />
        <link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />
        <meta name="request-id" content={requestId} />
      </head>
      <body className={BODY_CLASS}>
        <SkipLink label={t('Langsung ke isi')} />
        <SiteHeaderView user={null} locale={locale} />
        <MainFrame>{children}</MainFrame>
        <SiteFooterView locale={locale} />
      </body>
    </html>
  );
}
